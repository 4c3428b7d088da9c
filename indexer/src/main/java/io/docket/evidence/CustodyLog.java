package io.docket.evidence;

import io.docket.store.ArchiveStore;
import io.docket.store.StoreCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The append-only, hash-chained custody log, kept in the store's CUSTODY family so an entry lands in
 * the same atomic batch as the archive change it records. Appends are serialised by the caller's lock
 * (the ingest pipeline's decision lock) or by this object's monitor.
 *
 * <p>Each entry about a message is also indexed by the message's id (CUSTODY_BY_MESSAGE, same batch),
 * so a bundle's entries are read in time proportional to the bundle: reading the whole log took half
 * of an export at 1M. The META counter {@link #INDEXED_THROUGH} says up to which sequence the index is
 * known complete; it moves only when it can (every entry before it indexed), so a log written before
 * the index existed, or by a build without it, is indexed from there on the first read.
 */
public final class CustodyLog {
    static final String INDEXED_THROUGH = "custody-indexed-through";
    private static final byte[] NOTHING = new byte[0];
    /** Entries indexed per batch when catching up with an older log. */
    private static final int CATCH_UP_BATCH = 10_000;

    private final ArchiveStore store;
    private long nextSequence;
    private String head;
    /** Every entry up to this sequence is in the index (entries appended since, committed or not, are too). */
    private long indexedThrough;
    /** Held while the index catches up with the log. */
    private final Object catchingUp = new Object();

    public CustodyLog(ArchiveStore store) {
        this.store = store;
        CustodyEntry last = last();
        this.nextSequence = last == null ? 1 : last.sequence() + 1;
        this.head = last == null ? CustodyEntry.GENESIS : last.hash();
        this.indexedThrough = Math.min(store.counter(INDEXED_THROUGH), nextSequence - 1);
    }

    /** Adds an entry to the batch; it becomes part of the log when the batch commits. */
    public synchronized CustodyEntry append(ArchiveStore.Batch batch, String actor, String event, String messageId,
                                            String sha256, String detail) {
        CustodyEntry entry = CustodyEntry.next(nextSequence, Instant.now().toString(), actor, event, messageId, sha256,
                detail, head);
        batch.put(ArchiveStore.Family.CUSTODY, key(entry.sequence()), StoreCodec.encode(entry));
        index(batch, entry);
        if (indexedThrough == entry.sequence() - 1) {
            batch.putCounter(INDEXED_THROUGH, entry.sequence());
            indexedThrough = entry.sequence();
        }
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
        long indexedBefore = indexedThrough;
        try (ArchiveStore.Batch batch = store.batch()) {
            for (Subject s : subjects) entries.add(append(batch, actor, event, s.messageId(), s.sha256(), s.detail()));
            batch.commit();
        } catch (RuntimeException e) {
            // Nothing was written: the chain must go on from where it was, or the next entry would break it.
            nextSequence = sequenceBefore;
            head = headBefore;
            indexedThrough = indexedBefore;
            throw e;
        }
        return entries;
    }

    public void forEach(Consumer<CustodyEntry> visitor) {
        store.scan(ArchiveStore.Family.CUSTODY, new byte[0], (k, v) -> visitor.accept(StoreCodec.decode(v, CustodyEntry.class)));
    }

    /** Every entry about the given messages (by Docket id), in log order. */
    public List<CustodyEntry> entriesFor(Set<String> messageIds) {
        catchUp();
        List<Long> sequences = new ArrayList<>();
        for (String id : messageIds) {
            if (id.isEmpty()) continue;
            store.scan(ArchiveStore.Family.CUSTODY_BY_MESSAGE, indexPrefix(id), (k, v) -> sequences.add(sequenceOf(k)));
        }
        Collections.sort(sequences);
        List<CustodyEntry> out = new ArrayList<>(sequences.size());
        for (long sequence : sequences) {
            byte[] value = store.get(ArchiveStore.Family.CUSTODY, key(sequence));
            if (value != null) out.add(StoreCodec.decode(value, CustodyEntry.class));
        }
        return out;
    }

    /**
     * Indexes the committed entries the index lacks (an archive from before it, or entries a build
     * without it appended), then marks the log indexed through the last entry handed out. The scan
     * runs without the log's monitor, so archiving goes on meanwhile (at 1M it takes about 9 s): an
     * entry appended before it started and committed since, or appended after, carries its index key
     * in its own batch, so once the scan is done every entry before the next sequence is indexed.
     */
    private void catchUp() {
        synchronized (catchingUp) {   // one at a time; readers wait for it
            long from;
            synchronized (this) {
                if (indexedThrough >= nextSequence - 1) return;
                from = indexedThrough + 1;
            }
            ArchiveStore.Batch[] batch = {store.batch()};
            int[] pending = {0};
            try {
                store.scanFrom(ArchiveStore.Family.CUSTODY, key(from), (k, v) -> {
                    index(batch[0], StoreCodec.decode(v, CustodyEntry.class));
                    if (++pending[0] == CATCH_UP_BATCH) {
                        batch[0].commit();
                        batch[0].close();
                        batch[0] = store.batch();
                        pending[0] = 0;
                    }
                });
                batch[0].commit();
            } finally {
                batch[0].close();
            }
            synchronized (this) {
                long through = nextSequence - 1;
                if (through > indexedThrough) {
                    try (ArchiveStore.Batch mark = store.batch()) {
                        mark.putCounter(INDEXED_THROUGH, through).commit();
                    }
                    indexedThrough = through;
                }
            }
        }
    }

    /**
     * Whether the index can be trusted with this entry: true when it holds the entry, or when the entry
     * lies past the mark (not indexed yet: the next read indexes it before it answers).
     */
    public synchronized boolean indexes(CustodyEntry entry) {
        if (entry.messageId().isEmpty() || entry.sequence() > indexedThrough) return true;
        return store.get(ArchiveStore.Family.CUSTODY_BY_MESSAGE, indexKey(entry.messageId(), entry.sequence())) != null;
    }

    /** Index keys that name no entry, or an entry about another message: a bundle would list entries that are not its messages'. */
    public void checkIndexKeys(Consumer<String> problem) {
        store.scan(ArchiveStore.Family.CUSTODY_BY_MESSAGE, new byte[0], (k, v) -> {
            int zero = k.length - Long.BYTES - 1;
            if (zero < 0 || k[zero] != 0) {
                problem.accept("custody index: a key that is not an id and a sequence");
                return;
            }
            String id = new String(k, 0, zero, StandardCharsets.UTF_8);
            long sequence = sequenceOf(k);
            byte[] value = store.get(ArchiveStore.Family.CUSTODY, key(sequence));
            String about = value == null ? null : StoreCodec.decode(value, CustodyEntry.class).messageId();
            if (!id.equals(about)) {
                problem.accept("custody index: entry " + sequence + " is listed for message " + id + " but "
                        + (about == null ? "is not in the log" : "is about " + (about.isEmpty() ? "no message" : about)));
            }
        });
    }

    private static void index(ArchiveStore.Batch batch, CustodyEntry entry) {
        if (entry.messageId().isEmpty()) return;
        batch.put(ArchiveStore.Family.CUSTODY_BY_MESSAGE, indexKey(entry.messageId(), entry.sequence()), NOTHING);
    }

    private static byte[] indexKey(String messageId, long sequence) {
        byte[] prefix = indexPrefix(messageId);
        return ByteBuffer.allocate(prefix.length + Long.BYTES).put(prefix).putLong(sequence).array();
    }

    /** The entry's sequence, the last eight bytes of an index key. */
    private static long sequenceOf(byte[] indexKey) {
        return ByteBuffer.wrap(indexKey, indexKey.length - Long.BYTES, Long.BYTES).getLong();
    }

    /** The id and a zero byte: no id is the start of another's key. */
    private static byte[] indexPrefix(String messageId) {
        byte[] id = messageId.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(id, id.length + 1);
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
