package io.docket.model;

/**
 * One attachment of a message, numbered in document order across the whole MIME tree (attachments
 * of a forwarded message/rfc822 part are numbered as the carrier's). {@code partPath} locates the
 * part again in the original ("1.2.1"), so bytes are always served from the original, never a copy.
 * {@code text} is what the extractor could read (possibly empty, possibly truncated at the limit).
 */
public record Attachment(int index, String filename, String contentType, long size, Sha256 sha256,
                         String partPath, String text) {
    public Attachment {
        if (index < 0) throw new IllegalArgumentException("attachment index must be >= 0");
        filename = filename == null ? "" : filename;
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        partPath = partPath == null ? "" : partPath;
        text = text == null ? "" : text;
    }
}
