package io.docket.harvest;

import io.docket.model.Place;
import io.docket.model.RawMessage;

/**
 * Where sources deliver original messages. {@link #flush()} is the durability point: once it returns,
 * every message accepted before it is in the store and the index, so a source may record its progress
 * (an IMAP folder's highest UID) only after a flush.
 */
public interface MessageSink {
    void accept(RawMessage raw) throws InterruptedException;

    void flush() throws InterruptedException;

    /**
     * Whether an original from this exact place is already archived. Sources whose places never change
     * content (a Maildir file name names one message for life) may skip reading it again.
     */
    default boolean alreadyHas(Place place) {
        return false;
    }
}
