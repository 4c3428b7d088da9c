package io.docket.cli;

import io.docket.access.AuditEntry;
import io.docket.access.AuditLog;
import io.docket.access.AuditQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the audit log (newest first) and check its hash chain; exit 1 when the chain is broken.")
final class AuditCommand implements Callable<Integer> {
    @Mixin
    AccessOptions access;

    @Option(names = "--actor", description = "Only this user (tokens: token:NAME).")
    String actor;

    @Option(names = "--action", description = "Only this action (search, message-view, raw-download, export, login-failed...).")
    String action;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        AuditLog.Page page = access.audit().read(new AuditQuery(actor, action, null, null, null, limit));
        for (AuditEntry e : page.entries()) {
            System.out.printf("%6d %s %-20s %-15s %-20s %s %s%n", e.sequence(), e.time(), e.actor(), e.client(), e.action(), e.outcome(), e.target());
        }
        AuditLog.Verification v = page.chain();
        if (v.intact()) {
            System.out.println("chain intact: " + v.entries() + " entries");
            return 0;
        }
        System.out.println("CHAIN BROKEN at entry " + v.firstBadSequence() + ": " + v.problem());
        return 1;
    }
}
