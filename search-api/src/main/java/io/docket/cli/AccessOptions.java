package io.docket.cli;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditEvent;
import io.docket.access.AuditLog;
import io.docket.access.Role;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Mixin;

/**
 * The users, tokens and audit log of the archive `--config`/`--data` name. They live in files beside
 * the store, so these commands work while a server runs on the same archive.
 */
final class AccessOptions {
    @Mixin
    ConfigOptions archive;

    Path dataDir() {
        return archive.dataDir(archive.load());
    }

    AccessDirectory directory() {
        return new AccessDirectory(dataDir());
    }

    AuditLog audit() {
        return new AuditLog(dataDir());
    }

    /** One line of `user list` or `token list`. */
    static void printRow(String name, Role role, Set<String> customers, String created) {
        System.out.printf("%-24s %-6s %-30s since %s%n", name, role.id(), String.join(",", customers), created);
    }

    /** The end of `user remove` and `token revoke`: audited when something was removed, exit 1 when nothing was. */
    int removed(boolean found, String kind, String name, String action, String done) {
        if (!found) {
            System.err.println("no " + kind + " named " + name);
            return 1;
        }
        audit().recordDurably(AuditEvent.cli(action, name));
        System.out.println(done + " " + name);
        return 0;
    }
}
