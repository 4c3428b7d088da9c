package io.docket.api;

import io.docket.backend.ArchiveReader;
import io.javalin.http.Context;

/** The archive as the principal of one request may see it. */
@FunctionalInterface
interface ReaderFor {
    ArchiveReader of(Context ctx);
}
