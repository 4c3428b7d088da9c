package io.docket.cli;

import io.docket.access.AuditLog;
import io.docket.backend.EmbeddedArchive;
import io.docket.evidence.ArchiveVerifier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash every stored original and check the hash chains of the custody log and the audit log; names anything altered.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Override
    public Integer call() {
        ArchiveVerifier.Report report;
        AuditLog.Verification audit;
        try (EmbeddedArchive opened = archive.open()) {
            report = opened.verify();
            audit = new AuditLog(opened.dataDir()).verify();
        }
        System.out.printf("checked %,d originals, %,d custody entries and %,d audit entries%n", report.originalsChecked(),
                report.entriesChecked(), audit.entries());
        if (report.intact() && audit.intact()) {
            System.out.println("INTACT: every original matches its SHA-256 and the custody and audit chains are unbroken");
            return 0;
        }
        report.problems().forEach(p -> System.out.println("ALTERED: " + p));
        if (!audit.intact()) System.out.println("ALTERED: audit log: " + audit.problem());
        System.out.printf("%d problem(s) found%n", report.problems().size() + (audit.intact() ? 0 : 1));
        return 1;
    }
}
