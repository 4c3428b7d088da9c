package io.docket.ingest;

/** Counts of one import or harvest run, as printed at its end. */
public record IngestSummary(long seen, long imported, long variants, long duplicates, long withWarnings,
                            long failures, long elapsedMillis) {
    public double messagesPerSecond() {
        return elapsedMillis <= 0 ? 0 : seen * 1000.0 / elapsedMillis;
    }
}
