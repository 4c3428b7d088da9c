package io.docket.harvest;

import java.io.IOException;

/** A source of original messages: .eml files, mbox files, Maildirs, an IMAP account. */
public interface MessageSource {
    /** A short human name for progress and summaries. */
    String name();

    /** How many messages the source expects to emit, or -1 when unknown (progress bars only). */
    long estimatedCount();

    /** Delivers every message to the sink; unreadable items are reported, never thrown, unless I/O fails entirely. */
    void emitTo(MessageSink sink) throws IOException, InterruptedException;
}
