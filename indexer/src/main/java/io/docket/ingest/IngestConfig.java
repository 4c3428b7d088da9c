package io.docket.ingest;

/**
 * How the ingest pipeline uses the machine.
 *
 * @param threads parse-and-index workers; default: every core
 * @param queuePerThread originals buffered per worker before sources wait (bounds memory)
 * @param commitEvery messages between index commits; a crash loses no message, only re-index work
 */
public record IngestConfig(int threads, int queuePerThread, int commitEvery) {
    public static final int DEFAULT_QUEUE_PER_THREAD = 16;
    public static final int DEFAULT_COMMIT_EVERY = 20_000;

    public IngestConfig {
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("ingest threads must be 1..256, got " + threads);
        if (queuePerThread < 1) throw new IllegalArgumentException("ingest queuePerThread must be >= 1, got " + queuePerThread);
        if (commitEvery < 1) throw new IllegalArgumentException("ingest commitEvery must be >= 1, got " + commitEvery);
    }

    public static IngestConfig defaults() {
        return new IngestConfig(Runtime.getRuntime().availableProcessors(), DEFAULT_QUEUE_PER_THREAD, DEFAULT_COMMIT_EVERY);
    }
}
