package io.docket.cli;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditEvent;
import io.docket.access.Role;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the people who sign in to the web UI.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class, UserCommand.Password.class})
final class UserCommand {
    /** Where a new password comes from: a file, the first line of stdin, or typed twice at the terminal. */
    static final class PasswordSource {
        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE.")
        Path file;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean stdin;

        String read() throws IOException {
            if (file != null) return firstLine(Files.readString(file, StandardCharsets.UTF_8));
            if (stdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) throw new IllegalArgumentException("no password on standard input");
                return line;
            }
            Console console = System.console();
            if (console == null) throw new IllegalArgumentException("no terminal to type a password: use --password-file or --password-stdin");
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) throw new IllegalArgumentException("the two passwords differ");
            return new String(first);
        }

        private static String firstLine(String text) {
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. Roles: admin (everything), legal (search, view and export everything), "
                    + "rep (search and view the given customers only).")
    static final class Add implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, description = "admin, legal or rep.")
        String role;

        @Option(names = "--customer", paramLabel = "ID", split = ",",
                description = "A customer id (as /api/v1/customers lists them) a rep may see; repeat or separate with commas.")
        List<String> customers = List.of();

        @ArgGroup(exclusive = true)
        PasswordSource password = new PasswordSource();

        @Override
        public Integer call() throws IOException {
            Role r = Role.parse(role);
            AccessDirectory directory = access.directory();
            directory.addUser(name, r, new LinkedHashSet<>(customers), password.read());
            access.audit().recordDurably(AuditEvent.cli("user-add", name + " role=" + r.id()
                    + (customers.isEmpty() ? "" : " customers=" + String.join(",", customers))));
            System.out.println("added " + name + " (" + r.id() + (customers.isEmpty() ? "" : ": " + String.join(", ", customers)) + ")");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Override
        public Integer call() {
            List<AccessDirectory.User> users = access.directory().users();
            if (users.isEmpty()) System.out.println("no users; add one with: docket user add NAME --role admin");
            users.forEach(u -> AccessOptions.printRow(u.name(), u.role(), u.customers(), u.created()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user; their sessions end at once.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return access.removed(access.directory().removeUser(name), "user", name, "user-remove", "removed");
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Password implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @ArgGroup(exclusive = true)
        PasswordSource password = new PasswordSource();

        @Override
        public Integer call() throws IOException {
            AccessDirectory directory = access.directory();
            if (directory.user(name).isEmpty()) {
                System.err.println("no user named " + name);
                return 1;
            }
            directory.setPassword(name, password.read());
            access.audit().recordDurably(AuditEvent.cli("user-password", name));
            System.out.println("password changed for " + name);
            return 0;
        }
    }
}
