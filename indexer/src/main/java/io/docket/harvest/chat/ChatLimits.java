package io.docket.harvest.chat;

/**
 * What Docket reads of one chat export, so that an upload can never exhaust memory or disk: a zip is a
 * compression bomb as easily as an attachment is.
 *
 * @param maxExportBytes the export file itself (.txt or .zip), as uploaded or read from disk
 * @param maxTextBytes   the chat text inside a zip, uncompressed
 * @param maxMediaBytes  one media file inside a zip, uncompressed (larger files are listed, not read)
 * @param maxEntries     entries of a zip
 */
public record ChatLimits(long maxExportBytes, long maxTextBytes, long maxMediaBytes, int maxEntries) {
    public static final long DEFAULT_MAX_EXPORT_BYTES = 256L * 1024 * 1024;
    public static final long DEFAULT_MAX_TEXT_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_MAX_MEDIA_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_ENTRIES = 20_000;
    public static final ChatLimits DEFAULTS = new ChatLimits(DEFAULT_MAX_EXPORT_BYTES, DEFAULT_MAX_TEXT_BYTES,
            DEFAULT_MAX_MEDIA_BYTES, DEFAULT_MAX_ENTRIES);

    public ChatLimits {
        if (maxExportBytes < 1) throw new IllegalArgumentException("maxExportBytes must be >= 1, got " + maxExportBytes);
        if (maxTextBytes < 1) throw new IllegalArgumentException("maxTextBytes must be >= 1, got " + maxTextBytes);
        if (maxMediaBytes < 1) throw new IllegalArgumentException("maxMediaBytes must be >= 1, got " + maxMediaBytes);
        if (maxEntries < 1) throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
    }
}
