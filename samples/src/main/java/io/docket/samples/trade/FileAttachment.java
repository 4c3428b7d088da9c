package io.docket.samples.trade;

import java.util.Objects;

/** A file attached to a letter; the bytes are real documents built by the generator. */
record FileAttachment(String fileName, String mimeType, byte[] bytes) {
    FileAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
    }

    static FileAttachment pdf(String name, byte[] bytes) {
        return new FileAttachment(name, "application/pdf", bytes);
    }

    static FileAttachment xlsx(String name, byte[] bytes) {
        return new FileAttachment(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    static FileAttachment docx(String name, byte[] bytes) {
        return new FileAttachment(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes);
    }

    static FileAttachment jpeg(String name, byte[] bytes) {
        return new FileAttachment(name, "image/jpeg", bytes);
    }
}
