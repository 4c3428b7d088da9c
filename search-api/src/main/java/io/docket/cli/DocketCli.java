package io.docket.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `docket` command line. Each subcommand is a small class; all of them open the archive the same way. */
@Command(name = "docket", mixinStandardHelpOptions = true, versionProvider = DocketCli.Version.class,
        description = "Email archive indexing and search for foreign-trade companies.",
        subcommands = {ImportCommand.class, ImportChatCommand.class, SearchCommand.class, StatsCommand.class, ServeCommand.class, HarvestCommand.class, DemoCommand.class, ReindexCommand.class, VerifyCommand.class,
                ExportCommand.class, VerifyBundleCommand.class, KeyCommand.class, UserCommand.class, TokenCommand.class, AuditCommand.class,
                CommandLine.HelpCommand.class})
public final class DocketCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        // Lucene reports through java.util.logging; route it into the one logging setup (logback.xml).
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DocketCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("docket: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (Boolean.getBoolean("docket.debug")) e.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DocketCli.class.getPackage().getImplementationVersion();
            return new String[] {"docket " + (v == null ? "dev" : v)};
        }
    }
}
