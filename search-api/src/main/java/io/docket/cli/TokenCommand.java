package io.docket.cli;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditEvent;
import io.docket.access.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens for machine clients.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand {
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a token and print it (only the token, on stdout, once; Docket keeps only its hash). "
                    + "Send it as \"Authorization: Bearer TOKEN\".")
    static final class Create implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Option(names = "--name", required = true, description = "A name to revoke it by.")
        String name;

        @Option(names = "--role", required = true, description = "admin, legal or rep.")
        String role;

        @Option(names = "--customer", paramLabel = "ID", split = ",", description = "For a rep token: a customer id it may see.")
        List<String> customers = List.of();

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            String token = access.directory().createToken(name, r, new LinkedHashSet<>(customers));
            access.audit().recordDurably(AuditEvent.cli("token-create", name + " role=" + r.id()
                    + (customers.isEmpty() ? "" : " customers=" + String.join(",", customers))));
            System.out.println(token);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (names and roles; the secrets are not kept).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Override
        public Integer call() {
            List<AccessDirectory.Token> tokens = access.directory().tokens();
            if (tokens.isEmpty()) System.out.println("no tokens");
            tokens.forEach(t -> AccessOptions.printRow(t.name(), t.role(), t.customers(), t.created()));
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token; it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        AccessOptions access;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return access.removed(access.directory().revokeToken(name), "token", name, "token-revoke", "revoked");
        }
    }
}
