package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Re-parse every archived original and re-run extraction (orders, clauses, customers) with the current docket.yml, then rebuild the index; nothing is harvested again.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Override
    public Integer call() {
        AtomicLong done = new AtomicLong();
        long total;
        try (EmbeddedArchive opened = archive.open();
             Progress progress = Progress.start("Re-indexing", opened.stats().messages(), done::get)) {
            total = opened.pipeline().reindexAll(id -> done.incrementAndGet());
        }
        System.out.printf("re-indexed %,d messages%n", total);
        return 0;
    }
}
