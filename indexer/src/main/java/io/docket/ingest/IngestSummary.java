package io.docket.ingest;

import java.util.Map;

/**
 * Counts of one import or harvest run, as printed at its end.
 *
 * @param warningsByCode how many messages carried each kind of parse warning, most frequent first
 */
public record IngestSummary(long seen, long imported, long variants, long duplicates, long withWarnings,
                            long failures, long elapsedMillis, Map<String, Long> warningsByCode) {
    public IngestSummary {
        warningsByCode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(warningsByCode));
    }

    public double messagesPerSecond() {
        return elapsedMillis <= 0 ? 0 : seen * 1000.0 / elapsedMillis;
    }
}
