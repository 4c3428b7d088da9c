package io.docket.evidence;

import io.docket.store.ArchiveStore;
import io.docket.store.StoreCodec;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained custody log, kept in the store's CUSTODY family so an entry lands in
 * the same atomic batch as the archive change it records. Appends are serialised by the caller's lock
 * (the ingest pipeline's decision lock) or by this object's monitor.
 */
public final class CustodyLog {
    private final ArchiveStore store;
    private long nextSequence;
    private String head;

    public CustodyLog(ArchiveStore store) {
        this.store = store;
        CustodyEntry last = last();
        this.nextSequence = last == null ? 1 : last.sequence() + 1;
        this.head = last == null ? CustodyEntry.GENESIS : last.hash();
    }

    /** Adds an entry to the batch; it becomes part of the log when the batch commits. */
    public synchronized CustodyEntry append(ArchiveStore.Batch batch, String actor, String event, String messageId,
                                            String sha256, String detail) {
        CustodyEntry entry = CustodyEntry.next(nextSequence, Instant.now().toString(), actor, event, messageId, sha256,
                detail, head);
        batch.put(ArchiveStore.Family.CUSTODY, key(entry.sequence()), StoreCodec.encode(entry));
        nextSequence++;
        head = entry.hash();
        return entry;
    }

    /** Appends one entry on its own. */
    public synchronized CustodyEntry record(String actor, String event, String messageId, String sha256, String detail) {
        try (ArchiveStore.Batch batch = store.batch()) {
            CustodyEntry entry = append(batch, actor, event, messageId, sha256, detail);
            batch.commit();
            return entry;
        }
    }

    /** What one entry of {@link #recordEach} is about. */
    public record Subject(String messageId, String sha256, String detail) {}

    /** Appends one entry per subject, all in one atomic batch: they land together or not at all. */
    public synchronized List<CustodyEntry> recordEach(String actor, String event, List<Subject> subjects) {
        List<CustodyEntry> entries = new ArrayList<>();
        long sequenceBefore = nextSequence;
        String headBefore = head;
        try (ArchiveStore.Batch batch = store.batch()) {
            for (Subject s : subjects) entries.add(append(batch, actor, event, s.messageId(), s.sha256(), s.detail()));
            batch.commit();
        } catch (RuntimeException e) {
            // Nothing was written: the chain must go on from where it was, or the next entry would break it.
            nextSequence = sequenceBefore;
            head = headBefore;
            throw e;
        }
        return entries;
    }

    public void forEach(Consumer<CustodyEntry> visitor) {
        store.scan(ArchiveStore.Family.CUSTODY, new byte[0], (k, v) -> visitor.accept(StoreCodec.decode(v, CustodyEntry.class)));
    }

    /** Every entry about the given messages (by Docket id), in log order. */
    public List<CustodyEntry> entriesFor(java.util.Set<String> messageIds) {
        List<CustodyEntry> out = new ArrayList<>();
        forEach(e -> {
            if (messageIds.contains(e.messageId())) out.add(e);
        });
        return out;
    }

    public synchronized String head() {
        return head;
    }

    /** The sequence number of the last entry (0 for an empty log). */
    public synchronized long headSequence() {
        return nextSequence - 1;
    }

    private CustodyEntry last() {
        byte[] value = store.lastValue(ArchiveStore.Family.CUSTODY);
        return value == null ? null : StoreCodec.decode(value, CustodyEntry.class);
    }

    static byte[] key(long sequence) {
        return ByteBuffer.allocate(8).putLong(sequence).array();
    }
}
