package io.docket.ingest;

import io.docket.store.ArchiveStore;

/**
 * Archive-wide counts kept exact without scanning: loaded once, changed only under the pipeline's
 * decision lock, and written in the same batch as the records they count.
 */
public final class ArchiveCounters {
    long messages;
    long originals;
    long attachments;
    long threads;
    long warnings;

    ArchiveCounters(ArchiveStore store) {
        messages = store.counter("messages");
        originals = store.counter("originals");
        attachments = store.counter("attachments");
        threads = store.counter("threads");
        warnings = store.counter("warnings");
    }

    void writeTo(ArchiveStore.Batch batch) {
        batch.putCounter("messages", messages)
                .putCounter("originals", originals)
                .putCounter("attachments", attachments)
                .putCounter("threads", threads)
                .putCounter("warnings", warnings);
    }
}
