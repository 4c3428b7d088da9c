package io.docket.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit log: one JSON line per entry in {@code DATA/audit/audit.jsonl}.
 * A file rather than the store, because the command line's user and token commands append to it while
 * a server holds the store open; appends take a file lock and re-read the chain's head when another
 * process wrote since. Views and searches are written without fsync (a crash loses at most the last
 * moments of reading); sign-ins, exports and administration are forced to disk before the call returns.
 * The file stays open between appends (opening it per request was 4% of a search request's server
 * time); it is opened again when the path names another file than the open one (moved away, restored).
 *
 * <p>Once the file holds {@link #DEFAULT_SEAL_AT_BYTES} (about 190,000 entries) it is sealed: renamed to
 * {@code audit-sealed-FIRST-LAST.jsonl}, and the next entry starts a new {@code audit.jsonl} that goes on
 * with the same chain ({@link AuditFiles}). Checks and pages read across the files; a page of the newest
 * entries reads only the end of the newest file.
 */
public final class AuditLog {
    /** 64 MB: a whole check of one file takes well under a second, and a filter matching nothing reads no more. */
    public static final long DEFAULT_SEAL_AT_BYTES = 64L << 20;
    private static final ObjectMapper JSON = AuditFiles.JSON;

    private final AuditFiles files;
    private final Path file;
    private final long sealAtBytes;
    private final AuditChain chain = new AuditChain();
    private FileChannel channel;
    private Object channelFileKey;
    private long knownSize = -1;
    private long nextSequence;
    private String head;

    public AuditLog(Path dataDir) {
        this(dataDir, DEFAULT_SEAL_AT_BYTES);
    }

    /** @param sealAtBytes the size past which the file is sealed and a new one started */
    public AuditLog(Path dataDir, long sealAtBytes) {
        this.files = new AuditFiles(dataDir.resolve("audit"));
        this.file = files.current();
        this.sealAtBytes = sealAtBytes;
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
            // Another process may seal or move the file while this one waits for the lock: then the path names
            // another file, and the entry goes there (a few rounds at most, then it is written where it is).
            for (int round = 0; ; round++) {
                FileChannel channel = openChannel();
                try (FileLock ignored = channel.lock()) {
                    boolean mayRetry = round < 5;
                    if (!mayRetry || channelFileKey.equals(AuditFiles.fileKey(file))) {
                        if (channel.size() != knownSize) readHead(channel);
                        if (!mayRetry || knownSize < sealAtBytes) return write(channel, event, durable);
                        seal(channel);
                    }
                }
                closeChannel();   // sealed here, or the path names another file now
            }
        } catch (IOException e) {
            closeChannel();
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private AuditEntry write(FileChannel channel, AuditEvent event, boolean durable) throws IOException {
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

    /** Renames the full file to its sealed name (under its lock); the next entry creates audit.jsonl and goes on with the chain. */
    private void seal(FileChannel channel) throws IOException {
        channel.force(true);
        long first = AuditFiles.firstEntry(channel).map(AuditEntry::sequence).orElse(nextSequence);
        Files.move(file, files.sealedName(first, nextSequence - 1), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The open channel, or a new one; whether the path still names its file is checked under the lock. */
    private FileChannel openChannel() throws IOException {
        if (channel != null && channel.isOpen()) return channel;
        closeChannel();
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channelFileKey = AuditFiles.fileKey(file);
        knownSize = -1;   // another file: its chain's head is read before the next entry
        return channel;
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
     * Finds the last complete entry; in a new file after a seal, the sealed file's last. A line without its
     * newline was never acknowledged (a crash in the middle of a write): it is cut off, so the chain goes on
     * from the last whole entry.
     */
    private void readHead(FileChannel channel) throws IOException {
        long size = channel.size();
        long end = AuditLines.lineEndBefore(channel, size);
        if (end < size) channel.truncate(end);
        Optional<AuditEntry> last = AuditFiles.entryEndingAt(channel, end);
        if (last.isEmpty() && end > 0) throw new IOException("the last line of " + file + " is not an audit entry");
        if (last.isEmpty()) {
            List<Path> sealed = files.sealed();
            if (!sealed.isEmpty()) last = AuditFiles.lastEntry(sealed.getLast());
        }
        nextSequence = last.map(e -> e.sequence() + 1).orElse(1L);
        head = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
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
     * Matching entries (when {@code query} is given), newest first, read from the end of the newest file
     * until {@code limit} are found, and the chain's state ({@link AuditChain}): without {@code wholeChain}
     * checked from where the last intact check ended; with it (and at each process's first read, and in
     * {@code docket verify}) from the first entry.
     */
    public Page read(AuditQuery query, boolean wholeChain) {
        try (AuditFiles.Snapshot snapshot = files.openAll()) {
            Verification state = chain.check(snapshot, wholeChain);
            return new Page(query == null ? List.of() : newest(snapshot, query), state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }

    private static List<AuditEntry> newest(AuditFiles.Snapshot snapshot, AuditQuery query) throws IOException {
        List<byte[]> needles = query.rawNeedles();
        List<AuditEntry> found = new ArrayList<>();
        for (FileChannel channel : snapshot.channels().reversed()) {
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
            if (found.size() >= query.limit()) break;
        }
        return List.copyOf(found);
    }

    /** Every entry, oldest first, across the sealed files (for tests and exports of the log). */
    public List<AuditEntry> all() {
        List<AuditEntry> out = new ArrayList<>();
        try (AuditFiles.Snapshot snapshot = files.openAll()) {
            for (FileChannel channel : snapshot.channels()) {
                AuditLines.forward(channel, 0, (bytes, start, length, end) -> {
                    if (length > 0) out.add(JSON.readValue(bytes, start, length, AuditEntry.class));
                    return true;
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
        return out;
    }
}
