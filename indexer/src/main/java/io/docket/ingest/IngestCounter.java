package io.docket.ingest;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/** Tallies outcomes as they arrive (from several worker threads) into an {@link IngestSummary}. */
public final class IngestCounter implements Consumer<IngestOutcome> {
    private final long started = System.nanoTime();
    private final LongAdder seen = new LongAdder();
    private final LongAdder imported = new LongAdder();
    private final LongAdder variants = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder withWarnings = new LongAdder();
    private final LongAdder failures = new LongAdder();

    @Override
    public void accept(IngestOutcome outcome) {
        seen.increment();
        switch (outcome) {
            case IngestOutcome.Archived a -> {
                imported.increment();
                if (!a.warnings().isEmpty()) withWarnings.increment();
            }
            case IngestOutcome.NewVariant v -> {
                variants.increment();
                if (!v.warnings().isEmpty()) withWarnings.increment();
            }
            case IngestOutcome.SeenAgain s -> duplicates.increment();
            case IngestOutcome.AlreadyArchived a -> duplicates.increment();
            case IngestOutcome.Failed f -> failures.increment();
        }
    }

    public long seen() {
        return seen.sum();
    }

    public IngestSummary summary() {
        return new IngestSummary(seen.sum(), imported.sum(), variants.sum(), duplicates.sum(), withWarnings.sum(),
                failures.sum(), (System.nanoTime() - started) / 1_000_000);
    }
}
