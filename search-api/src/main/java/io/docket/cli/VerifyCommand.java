package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.evidence.ArchiveVerifier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash every stored original and check the custody log's hash chain; names anything altered.")
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Override
    public Integer call() {
        ArchiveVerifier.Report report;
        try (EmbeddedArchive opened = archive.open()) {
            report = opened.verify();
        }
        System.out.printf("checked %,d originals and %,d custody entries%n", report.originalsChecked(), report.entriesChecked());
        if (report.intact()) {
            System.out.println("INTACT: every original matches its SHA-256 and the custody chain is unbroken");
            return 0;
        }
        report.problems().forEach(p -> System.out.println("ALTERED: " + p));
        System.out.printf("%d problem(s) found%n", report.problems().size());
        return 1;
    }
}
