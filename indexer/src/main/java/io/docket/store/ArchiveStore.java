package io.docket.store;

import io.docket.model.MessageRecord;
import io.docket.model.Place;
import io.docket.model.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteBufferManager;
import org.rocksdb.WriteOptions;

/**
 * The archive's durable store: one RocksDB with a column family per kind of record. Originals are
 * kept byte for byte under their SHA-256 and compressed on disk by RocksDB (ZSTD), never rewritten.
 * Writes go through {@link Batch} so that each message's records land atomically.
 */
public final class ArchiveStore implements AutoCloseable {
    /** Column families; the name on disk is the lower-case enum name. */
    public enum Family {
        /** SHA-256 (32 bytes) → original message bytes, exactly as read. */
        ORIGINALS,
        /** Docket id → {@link MessageRecord} ({@link MessageRecordCodec}; JSON in archives written before it). */
        MESSAGES,
        /** Message-ID → Docket id. */
        MESSAGE_IDS,
        /** SHA-256 of an original → Docket id of the message it belongs to. */
        ORIGINAL_OWNERS,
        /** Place key → SHA-256 seen there, so a re-import of the same place is a no-op. */
        PLACES,
        /** Thread graph: node → thread, thread → members, thread → messages. */
        THREADS,
        /** Harvest progress and other small state (string keys). */
        STATE,
        /** Docket ids written to the store but not yet in a committed index: re-indexed on start. */
        PENDING_INDEX,
        /** Counters (string keys, 8-byte big-endian values). */
        META,
        /** The custody log: 8-byte big-endian sequence → hash-chained entry (append-only). */
        CUSTODY,
        /**
         * Which custody entries are about a message: Docket id, a zero byte, 8-byte big-endian sequence →
         * nothing. An index of {@link #CUSTODY}, kept in the same batches (new families go last: the
         * enum's order is the store's column family order).
         */
        CUSTODY_BY_MESSAGE
    }

    static {
        RocksDB.loadLibrary();
    }

    private static final WriteOptions WRITE = new WriteOptions();

    private final Path dir;
    private final RocksDB db;
    /** Memtables of all families together (see the constructor). */
    private static final long MEMTABLE_BUDGET = 64L * 1024 * 1024;

    private final DBOptions dbOptions;
    private final LRUCache memtableAccount;
    private final WriteBufferManager writeBuffers;
    private final List<ColumnFamilyOptions> cfOptions = new ArrayList<>();
    private final Map<Family, ColumnFamilyHandle> handles = new EnumMap<>(Family.class);
    private final List<ColumnFamilyHandle> allHandles = new ArrayList<>();

    private ArchiveStore(Path dir) throws IOException, RocksDBException {
        this.dir = dir;
        Files.createDirectories(dir);
        // One budget for the memtables of all column families: past it the largest is flushed. Without it each
        // family held up to its own write buffer (the originals' 64 MB twice while one flushed), native memory
        // outside the heap that peak RSS counts.
        memtableAccount = new LRUCache(MEMTABLE_BUDGET);
        writeBuffers = new WriteBufferManager(MEMTABLE_BUDGET, memtableAccount);
        dbOptions = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setMaxBackgroundJobs(2).setKeepLogFileNum(3)
                // Bounds the log: past this, the column families it pins are flushed to compressed tables.
                .setMaxTotalWalSize(128L * 1024 * 1024)
                .setWriteBufferManager(writeBuffers);
        List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
        descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, options(false)));
        for (Family family : Family.values()) {
            descriptors.add(new ColumnFamilyDescriptor(family.name().toLowerCase().getBytes(StandardCharsets.UTF_8),
                    options(family == Family.ORIGINALS)));
        }
        db = RocksDB.open(dbOptions, dir.toString(), descriptors, allHandles);
        for (Family family : Family.values()) {
            handles.put(family, allHandles.get(family.ordinal() + 1));
        }
    }

    private ColumnFamilyOptions options(boolean originals) {
        BlockBasedTableConfig table = new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false));
        // Originals are large and read rarely: big blocks compress mail much better (shared headers).
        if (originals) table.setBlockSize(64 * 1024);
        ColumnFamilyOptions options = new ColumnFamilyOptions()
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setBottommostCompressionType(CompressionType.ZSTD_COMPRESSION)
                .setTableFormatConfig(table);
        if (originals) {
            options.setCompressionType(CompressionType.ZSTD_COMPRESSION);
            options.setWriteBufferSize(64L * 1024 * 1024);
            // Keyed by hash, so every new table overlaps all older ones: with the bytes inline, a small import could
            // pay for rewriting every original (9 s after +1% at 100k). In blob files they are written once, and
            // compaction moves only keys and references (14-19% more bytes at 100k: blobs compress one by one).
            options.setEnableBlobFiles(true).setMinBlobSize(0).setBlobFileSize(256L * 1024 * 1024)
                    .setBlobCompressionType(CompressionType.ZSTD_COMPRESSION).setEnableBlobGarbageCollection(false);
        }
        cfOptions.add(options);
        return options;
    }

    public static ArchiveStore open(Path dir) {
        try {
            return new ArchiveStore(dir);
        } catch (RocksDBException e) {
            // RocksDB's own words ("While lock file: .../LOCK: Resource temporarily unavailable") do not say who holds it.
            if (String.valueOf(e.getMessage()).contains("LOCK")) {
                throw new StoreException("the archive store at " + dir + " is in use by another Docket process (a running `docket serve`"
                        + " or `docket import`): stop it first, or let the server archive new mail (`docket serve --watch-maildir DIR`)", e);
            }
            throw new StoreException("cannot open the archive store at " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot open the archive store at " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return dir;
    }

    // ---- reads -------------------------------------------------------------------------------

    public boolean hasOriginal(Sha256 sha256) {
        return get(Family.ORIGINAL_OWNERS, sha256.bytes()) != null;
    }

    public Optional<byte[]> original(Sha256 sha256) {
        return Optional.ofNullable(get(Family.ORIGINALS, sha256.bytes()));
    }

    public Optional<String> ownerOf(Sha256 sha256) {
        return Optional.ofNullable(get(Family.ORIGINAL_OWNERS, sha256.bytes())).map(ArchiveStore::text);
    }

    public Optional<MessageRecord> message(String id) {
        byte[] value = get(Family.MESSAGES, utf8(id));
        return value == null ? Optional.empty() : Optional.of(MessageRecordCodec.decode(value));
    }

    public Optional<String> idForMessageId(String messageId) {
        return Optional.ofNullable(get(Family.MESSAGE_IDS, utf8(messageId))).map(ArchiveStore::text);
    }

    public boolean placeSeen(Place place) {
        return get(Family.PLACES, utf8(place.key())) != null;
    }

    public Optional<byte[]> state(String key) {
        return Optional.ofNullable(get(Family.STATE, utf8(key)));
    }

    public long counter(String name) {
        byte[] value = get(Family.META, utf8(name));
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }

    /** The value under a key, or null. */
    public byte[] get(Family family, byte[] key) {
        try {
            return db.get(handles.get(family), key);
        } catch (RocksDBException e) {
            throw new StoreException("store read failed (" + family + "): " + e.getMessage(), e);
        }
    }

    /** Visits every entry of a family whose key starts with the prefix, in key order. */
    public void scan(Family family, byte[] prefix, BiConsumer<byte[], byte[]> visitor) {
        try (RocksIterator it = db.newIterator(handles.get(family))) {
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                visitor.accept(it.key(), it.value());
            }
        }
    }

    /** Visits every entry of a family from a key on (that key included, when present), in key order. */
    public void scanFrom(Family family, byte[] from, BiConsumer<byte[], byte[]> visitor) {
        try (RocksIterator it = db.newIterator(handles.get(family))) {
            for (it.seek(from); it.isValid(); it.next()) visitor.accept(it.key(), it.value());
        }
    }

    /** The value under the greatest key of a family, or null when it is empty. */
    public byte[] lastValue(Family family) {
        try (RocksIterator it = db.newIterator(handles.get(family))) {
            it.seekToLast();
            return it.isValid() ? it.value() : null;
        }
    }

    public void forEachMessage(java.util.function.Consumer<MessageRecord> visitor) {
        scan(Family.MESSAGES, new byte[0], (k, v) -> visitor.accept(MessageRecordCodec.decode(v)));
    }

    public List<String> pendingIndex() {
        List<String> ids = new ArrayList<>();
        scan(Family.PENDING_INDEX, new byte[0], (k, v) -> ids.add(text(k)));
        return ids;
    }

    // ---- writes ------------------------------------------------------------------------------

    public Batch batch() {
        return new Batch();
    }

    public void putState(String key, byte[] value) {
        try (Batch batch = batch()) {
            batch.put(Family.STATE, utf8(key), value);
            batch.commit();
        }
    }

    /** Makes every write so far survive a machine crash, not only a process crash (WAL fsync). */
    public void sync() {
        try {
            db.flushWal(true);
        } catch (RocksDBException e) {
            throw new StoreException("store sync failed: " + e.getMessage(), e);
        }
    }

    /** Approximate bytes on disk, for stats. */
    public long sizeOnDisk() {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Atomic group of writes; nothing is visible until {@link #commit()}. */
    public final class Batch implements AutoCloseable {
        private final WriteBatch batch = new WriteBatch();

        public Batch put(Family family, byte[] key, byte[] value) {
            try {
                batch.put(handles.get(family), key, value);
            } catch (RocksDBException e) {
                throw new StoreException("store batch failed: " + e.getMessage(), e);
            }
            return this;
        }

        public Batch delete(Family family, byte[] key) {
            try {
                batch.delete(handles.get(family), key);
            } catch (RocksDBException e) {
                throw new StoreException("store batch failed: " + e.getMessage(), e);
            }
            return this;
        }

        public Batch putMessage(MessageRecord record) {
            return put(Family.MESSAGES, utf8(record.id()), MessageRecordCodec.encode(record));
        }

        public Batch putCounter(String name, long value) {
            return put(Family.META, utf8(name), ByteBuffer.allocate(8).putLong(value).array());
        }

        public void commit() {
            try {
                db.write(WRITE, batch);
            } catch (RocksDBException e) {
                throw new StoreException("store write failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            batch.close();
        }
    }

    @Override
    public void close() {
        // Memtables to compressed tables: otherwise an archive at rest is its uncompressed write-ahead log.
        try (org.rocksdb.FlushOptions flush = new org.rocksdb.FlushOptions().setWaitForFlush(true)) {
            db.flush(flush, allHandles);
        } catch (RocksDBException e) {
            try {
                db.flushWal(true);
            } catch (RocksDBException ignored) {
                // closing anyway; the WAL is replayed on next open
            }
        }
        for (ColumnFamilyHandle handle : allHandles) handle.close();
        db.close();
        dbOptions.close();
        writeBuffers.close();
        memtableAccount.close();
        cfOptions.forEach(ColumnFamilyOptions::close);
    }

    // ---- helpers -----------------------------------------------------------------------------

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static boolean startsWith(byte[] key, byte[] prefix) {
        if (key.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (key[i] != prefix[i]) return false;
        return true;
    }
}
