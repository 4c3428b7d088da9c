package io.docket.cli;

import io.docket.access.AccessDirectory;
import io.docket.api.ServerSettings;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.DocketConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and the JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--host", description = "Address to listen on (overrides docket.yml; default 127.0.0.1, loopback only).")
    String host;

    @Option(names = "--port", description = "Port (overrides docket.yml; default 7070; 0 picks a free one).")
    Integer port;

    @Option(names = "--watch", description = "Also archive new mail of docket.yml's accounts (IDLE or polling) and maildirs as it arrives.")
    boolean watch;

    @Option(names = "--watch-maildir", paramLabel = "DIR",
            description = "Archive what this Maildir (and its sub-folders) lacks, then every file delivered into it while serving; repeatable.")
    List<Path> watchMaildirs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        DocketConfig config = options.load();
        String listenHost = host != null ? host : config.server().host();
        int listenPort = port != null ? port : config.server().port();
        EmbeddedArchive archive = options.open(config);
        List<AutoCloseable> watchers = new ArrayList<>();
        List<Path> maildirs = new ArrayList<>(watchMaildirs);
        if (watch) maildirs.addAll(config.maildirs());
        int watching = watch ? config.accounts().size() : 0;
        try {
            if (!maildirs.isEmpty()) watchers.add(MaildirWatching.start(archive, maildirs));
            if (watch && !config.accounts().isEmpty()) {
                HarvestCommand.harvestOnce(archive, config.accounts());
                watchers.addAll(HarvestCommand.startWatching(archive, config.accounts()));
            }
        } catch (Exception e) {
            Serving.closeAll(watchers);
            archive.close();
            throw e;
        }
        ServerSettings settings;
        try {
            settings = ServerSettings.of(listenHost, listenPort).withTls(config.server().tlsCertificate(), config.server().tlsKey())
                    .withExportsKeep(config.server().exportsKeep()).withTrustedProxies(config.server().trustedProxies());
        } catch (IllegalArgumentException e) {
            Serving.closeAll(watchers);
            archive.close();
            throw e;
        }
        if (!settings.tls() && !Urls.isLoopback(listenHost)) {
            System.err.println("warning: serving " + listenHost + " without TLS; passwords and mail cross the network in clear text."
                    + " Set server.tlsCertificate and server.tlsKey in docket.yml, or put a TLS proxy in front.");
        }
        if (new AccessDirectory(archive.dataDir()).isEmpty()) {
            System.err.println("note: no users or API tokens yet; every API call but /api/v1/health will answer 401."
                    + " Create one with: docket user add NAME --role admin");
        }
        Serving.serveUntilStopped(archive, settings, watchers, chosen -> {
            System.out.println("Docket is serving " + archive.dataDir() + " at " + Urls.of(listenHost, chosen, settings.tls()));
            if (watching > 0) System.out.println("watching " + watching + " account(s) for new mail");
        });
        return 0;
    }
}
