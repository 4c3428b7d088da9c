package io.docket.model;

import java.util.Objects;

/** The original bytes of one message exactly as read from its source, with where they were read. */
public record RawMessage(byte[] bytes, Place place, Sha256 sha256) {
    public RawMessage {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(sha256, "sha256");
    }

    public RawMessage(byte[] bytes, Place place) {
        this(bytes, place, Sha256.of(bytes));
    }
}
