package io.docket.backend;

import io.docket.model.Sha256;

/** The exact bytes of one archived original, with the digest they must match. */
public record RawOriginal(Sha256 sha256, byte[] bytes) {}
