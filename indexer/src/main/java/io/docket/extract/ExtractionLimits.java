package io.docket.extract;

import java.time.Duration;

/**
 * How much work text extraction may do for one attachment. Every limit exists because a single hostile
 * or broken attachment must not stall or exhaust the archive run.
 *
 * @param maxAttachmentBytes attachments larger than this are archived but not read
 * @param maxCharacters extracted text is cut here, which bounds memory per attachment
 * @param timeout a parse still running after this is abandoned ({@code extract-timeout})
 * @param maxCompressionRatio an archive expanding past this ratio (once past {@code ratioFloorBytes}) is a zip bomb
 * @param ratioFloorBytes expansion below this is never called a bomb, however well it compressed
 * @param maxExpandedBytes an archive expanding past this in total is a zip bomb, whatever the ratio
 * @param maxArchiveDepth archives nested deeper than this are a zip bomb
 * @param maxArchiveEntries archives with more entries than this, counted over all levels, are a zip bomb
 * @param threads parses running at once; further work waits in the queue
 * @param queueLength extractions waiting beyond this are refused ({@code extract-failed}), not queued forever
 */
public record ExtractionLimits(long maxAttachmentBytes, int maxCharacters, Duration timeout, long maxCompressionRatio,
                               long ratioFloorBytes, long maxExpandedBytes, int maxArchiveDepth, int maxArchiveEntries,
                               int threads, int queueLength) {
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARACTERS = 2_000_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Tika's SecureContentHandler default; office files and text stay well under it. */
    public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;
    public static final long DEFAULT_RATIO_FLOOR_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_EXPANDED_BYTES = 1024L * 1024 * 1024;
    public static final int DEFAULT_MAX_ARCHIVE_DEPTH = 5;
    public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 10_000;
    public static final int DEFAULT_THREADS = 2;
    public static final int DEFAULT_QUEUE_LENGTH = 64;

    public ExtractionLimits {
        positive("maxAttachmentBytes", maxAttachmentBytes);
        positive("maxCharacters", maxCharacters);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        positive("maxCompressionRatio", maxCompressionRatio);
        positive("ratioFloorBytes", ratioFloorBytes);
        positive("maxExpandedBytes", maxExpandedBytes);
        positive("maxArchiveDepth", maxArchiveDepth);
        positive("maxArchiveEntries", maxArchiveEntries);
        positive("threads", threads);
        positive("queueLength", queueLength);
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_ATTACHMENT_BYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_TIMEOUT,
                DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_RATIO_FLOOR_BYTES, DEFAULT_MAX_EXPANDED_BYTES,
                DEFAULT_MAX_ARCHIVE_DEPTH, DEFAULT_MAX_ARCHIVE_ENTRIES, DEFAULT_THREADS, DEFAULT_QUEUE_LENGTH);
    }

    public ExtractionLimits withTimeout(Duration newTimeout) {
        return new ExtractionLimits(maxAttachmentBytes, maxCharacters, newTimeout, maxCompressionRatio, ratioFloorBytes,
                maxExpandedBytes, maxArchiveDepth, maxArchiveEntries, threads, queueLength);
    }

    public ExtractionLimits withMaxAttachmentBytes(long bytes) {
        return new ExtractionLimits(bytes, maxCharacters, timeout, maxCompressionRatio, ratioFloorBytes,
                maxExpandedBytes, maxArchiveDepth, maxArchiveEntries, threads, queueLength);
    }

    public ExtractionLimits withMaxCharacters(int characters) {
        return new ExtractionLimits(maxAttachmentBytes, characters, timeout, maxCompressionRatio, ratioFloorBytes,
                maxExpandedBytes, maxArchiveDepth, maxArchiveEntries, threads, queueLength);
    }

    private static void positive(String name, long value) {
        if (value <= 0) throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
}
