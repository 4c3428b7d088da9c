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
    private final java.util.concurrent.ConcurrentHashMap<String, LongAdder> warningCodes = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void accept(IngestOutcome outcome) {
        seen.increment();
        switch (outcome) {
            case IngestOutcome.Archived a -> {
                imported.increment();
                countWarnings(a.warnings());
            }
            case IngestOutcome.NewVariant v -> {
                variants.increment();
                countWarnings(v.warnings());
            }
            case IngestOutcome.SeenAgain s -> duplicates.increment();
            case IngestOutcome.AlreadyArchived a -> duplicates.increment();
            case IngestOutcome.Failed f -> failures.increment();
        }
    }

    private void countWarnings(java.util.List<io.docket.model.ParseWarning> warnings) {
        if (warnings.isEmpty()) return;
        withWarnings.increment();
        warnings.stream().map(io.docket.model.ParseWarning::code).distinct()
                .forEach(code -> warningCodes.computeIfAbsent(code, c -> new LongAdder()).increment());
    }

    public long seen() {
        return seen.sum();
    }

    public IngestSummary summary() {
        return new IngestSummary(seen.sum(), imported.sum(), variants.sum(), duplicates.sum(), withWarnings.sum(),
                failures.sum(), (System.nanoTime() - started) / 1_000_000, byCode());
    }

    private java.util.Map<String, Long> byCode() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        warningCodes.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, LongAdder>comparingByValue(java.util.Comparator.comparingLong(LongAdder::sum)).reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue().sum()));
        return out;
    }
}
