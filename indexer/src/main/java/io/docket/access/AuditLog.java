package io.docket.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.store.StoreCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only, hash-chained audit log: one JSON line per entry in {@code DATA/audit/audit.jsonl}.
 * A file rather than the store, because the command line's user and token commands append to it while
 * a server holds the store open; appends take a file lock and re-read the chain's head when another
 * process wrote since. Views and searches are written without fsync (a crash loses at most the last
 * moments of reading); sign-ins, exports and administration are forced to disk before the call returns.
 * The file stays open between appends (opening it per request was 4% of a search request's server
 * time); it is opened again when the path names another file than the open one (moved away, restored).
 */
public final class AuditLog {
    private static final ObjectMapper JSON = StoreCodec.newMapper();

    private final Path file;
    private FileChannel channel;
    private Object channelFileKey;
    private long knownSize = -1;
    private long nextSequence;
    private String head;

    public AuditLog(Path dataDir) {
        this.file = dataDir.resolve("audit").resolve("audit.jsonl");
    }

    public Path file() {
        return file;
    }

    public AuditEntry record(AuditEvent event) {
        return append(event, false);
    }

    /** Records and forces the entry to disk before returning. */
    public AuditEntry recordDurably(AuditEvent event) {
        return append(event, true);
    }

    private synchronized AuditEntry append(AuditEvent event, boolean durable) {
        try {
            FileChannel channel = openChannel();
            try (FileLock ignored = channel.lock()) {
                if (channel.size() != knownSize) readHead(channel);
                AuditEntry entry = AuditEntry.next(nextSequence, Instant.now().toString(), event.actor(), event.role(), event.client(),
                        event.action(), event.target(), event.outcome(), head);
                byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
                ByteBuffer buffer = ByteBuffer.wrap(line);
                long position = channel.size();
                while (buffer.hasRemaining()) position += channel.write(buffer, position);
                if (durable) channel.force(false);
                knownSize = position;
                nextSequence++;
                head = entry.hash();
                return entry;
            }
        } catch (IOException e) {
            closeChannel();
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    /** The open channel, or a new one when there is none or the path now names another file. */
    private FileChannel openChannel() throws IOException {
        Object key = fileKey();
        if (channel != null && channel.isOpen() && key != null && key.equals(channelFileKey)) return channel;
        closeChannel();
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channelFileKey = fileKey();
        knownSize = -1;   // another file: its chain's head is read before the next entry
        return channel;
    }

    private Object fileKey() throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    private void closeChannel() {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // only the handle is released; nothing was left unwritten
        }
        channel = null;
        channelFileKey = null;
    }

    /** Releases the open file; a later append opens it again. */
    public synchronized void close() {
        closeChannel();
    }

    /**
     * Finds the last complete entry. A line without its newline was never acknowledged (a crash in the
     * middle of a write): it is cut off, so the chain goes on from the last whole entry.
     */
    private void readHead(FileChannel channel) throws IOException {
        long size = channel.size();
        long end = AuditLines.lineEndBefore(channel, size);
        if (end < size) channel.truncate(end);
        if (end == 0) {
            nextSequence = 1;
            head = AuditEntry.GENESIS;
        } else {
            long start = AuditLines.lineEndBefore(channel, end - 1);
            ByteBuffer line = ByteBuffer.allocate((int) (end - 1 - start));
            channel.read(line, start);
            AuditEntry last = JSON.readValue(line.array(), AuditEntry.class);
            nextSequence = last.sequence() + 1;
            head = last.hash();
        }
        knownSize = end;
    }

    /** Matching entries, newest first. */
    public List<AuditEntry> find(AuditQuery query) {
        return read(query).entries();
    }

    /**
     * What a check of the chain found: every entry chained and unchanged, or the first one that is not.
     *
     * @param wholeLogCheckedAt when every entry from the first was last checked; entries appended since were
     *                          checked by this call (null when the log is empty or was never checked whole)
     */
    public record Verification(long entries, boolean intact, long firstBadSequence, String problem, Instant wholeLogCheckedAt) {}

    /** Checks every entry of the chain, whatever earlier calls checked. */
    public Verification verify() {
        return read(null, true).chain();
    }

    /** Matching entries, newest first, and the state of the chain. */
    public record Page(List<AuditEntry> entries, Verification chain) {}

    /** {@link #read(AuditQuery, boolean)} checking only what was appended since the last check. */
    public Page read(AuditQuery query) {
        return read(query, false);
    }

    /**
     * Matching entries (when {@code query} is given), newest first, read from the end of the file until
     * {@code limit} are found, and the chain's state. Without {@code wholeChain} the chain is checked from
     * where the last intact check ended, after checking that its last entry is still there unchanged: an
     * edit further back is found by the next whole check ({@code docket verify}, the first read of each
     * process, or {@code wholeChain}). Re-hashing 374,229 entries at every page took 1.3-2.0 s.
     */
    public Page read(AuditQuery query, boolean wholeChain) {
        if (!Files.exists(file)) return new Page(List.of(), new Verification(0, true, 0, "", null));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Verification chain = checkChain(channel, fileKey(), wholeChain);
            return new Page(query == null ? List.of() : newest(channel, query), chain);
        } catch (NoSuchFileException gone) {
            return new Page(List.of(), new Verification(0, true, 0, "", null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }

    private static List<AuditEntry> newest(FileChannel channel, AuditQuery query) throws IOException {
        List<byte[]> needles = query.rawNeedles();
        List<AuditEntry> found = new ArrayList<>();
        AuditLines.backward(channel, (bytes, start, length, end) -> {
            if (length == 0 || !AuditQuery.containsAll(needles, bytes, start, length)) return true;
            AuditEntry entry;
            try {
                entry = JSON.readValue(bytes, start, length, AuditEntry.class);
            } catch (IOException notAnEntry) {
                return true;   // the chain's check names it
            }
            if (query.matches(entry)) found.add(entry);
            return found.size() < query.limit();
        });
        return List.copyOf(found);
    }

    /** The file's first {@code offset} bytes hold {@code entries} intact entries, the last one hashed {@code head}. */
    private record CheckedPrefix(Object fileKey, long offset, long entries, String head, Instant wholeLogCheckedAt) {}

    private final Object checkLock = new Object();
    private CheckedPrefix checked;   // guarded by checkLock; only ever an intact prefix

    private Verification checkChain(FileChannel channel, Object fileKey, boolean wholeChain) throws IOException {
        synchronized (checkLock) {
            CheckedPrefix from = wholeChain ? null : checked;
            if (from != null && !(from.fileKey().equals(fileKey) && stillEndsWith(channel, from))) from = null;
            Instant wholeLogCheckedAt = from != null ? from.wholeLogCheckedAt() : Instant.now();
            ChainWalk walk = from != null ? new ChainWalk(from.entries(), from.head()) : new ChainWalk(0, AuditEntry.GENESIS);
            long end = AuditLines.forward(channel, from != null ? from.offset() : 0, walk::step);
            if (walk.broken != null) {
                checked = null;
                return new Verification(walk.entries, false, walk.firstBad, walk.broken, wholeLogCheckedAt);
            }
            checked = fileKey == null ? null : new CheckedPrefix(fileKey, end, walk.entries, walk.head, wholeLogCheckedAt);
            return new Verification(walk.entries, true, 0, "", walk.entries == 0 ? null : wholeLogCheckedAt);
        }
    }

    /** The line ending at the checked prefix's end is still the entry it ended with: the file was not cut or replaced. */
    private static boolean stillEndsWith(FileChannel channel, CheckedPrefix prefix) throws IOException {
        if (prefix.offset() == 0) return true;
        if (channel.size() < prefix.offset()) return false;
        long start = AuditLines.lineEndBefore(channel, prefix.offset() - 1);
        ByteBuffer line = ByteBuffer.allocate((int) (prefix.offset() - 1 - start));
        channel.read(line, start);
        try {
            AuditEntry last = JSON.readValue(line.array(), AuditEntry.class);
            return last.sequence() == prefix.entries() && last.hash().equals(prefix.head()) && last.hash().equals(last.computeHash());
        } catch (IOException notAnEntry) {
            return false;
        }
    }

    /** Follows the chain line by line, stopping at the first entry that does not belong. */
    private static final class ChainWalk {
        long entries;
        String head;
        String broken;
        long firstBad;

        ChainWalk(long entries, String head) {
            this.entries = entries;
            this.head = head;
        }

        boolean step(byte[] bytes, int start, int length, long end) {
            long expected = entries + 1;
            AuditEntry e;
            try {
                e = JSON.readValue(bytes, start, length, AuditEntry.class);
            } catch (IOException bad) {
                return fail(expected, "line " + expected + " is not an audit entry");
            }
            if (e.sequence() != expected) return fail(e.sequence(), "expected entry " + expected + ", found " + e.sequence());
            if (!e.previousHash().equals(head)) return fail(e.sequence(), "entry " + e.sequence() + " does not follow the entry before it");
            if (!e.hash().equals(e.computeHash())) return fail(e.sequence(), "entry " + e.sequence() + " was changed after it was written");
            head = e.hash();
            entries++;
            return true;
        }

        private boolean fail(long sequence, String problem) {
            firstBad = sequence;
            broken = problem;
            return false;
        }
    }

    /** Every entry, oldest first (for tests and exports of the log). */
    public List<AuditEntry> all() {
        if (!Files.exists(file)) return List.of();
        List<AuditEntry> out = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            AuditLines.forward(channel, 0, (bytes, start, length, end) -> {
                if (length > 0) out.add(JSON.readValue(bytes, start, length, AuditEntry.class));
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
        return out;
    }
}
