package io.docket.backend;

import io.docket.model.Sha256;

/**
 * The exact bytes of one archived original, with the digest they must match, its media type and, for a
 * chat export, its file name (mail is message/rfc822 and has none).
 */
public record RawOriginal(Sha256 sha256, byte[] bytes, String contentType, String fileName) {
    public static final String MAIL = "message/rfc822";

    public RawOriginal {
        contentType = contentType == null || contentType.isBlank() ? MAIL : contentType;
        fileName = fileName == null ? "" : fileName;
    }

    public RawOriginal(Sha256 sha256, byte[] bytes) {
        this(sha256, bytes, MAIL, "");
    }
}
