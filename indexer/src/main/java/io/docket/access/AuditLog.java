package io.docket.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.store.StoreCodec;
import java.io.BufferedReader;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    private static final int TAIL_CHUNK = 64 * 1024;

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
        long end = size;
        if (size > 0 && byteAt(channel, size - 1) != '\n') {
            end = lastNewlineBefore(channel, size) + 1;
            channel.truncate(end);
        }
        if (end == 0) {
            nextSequence = 1;
            head = AuditEntry.GENESIS;
        } else {
            long start = lastNewlineBefore(channel, end - 1) + 1;
            ByteBuffer line = ByteBuffer.allocate((int) (end - 1 - start));
            channel.read(line, start);
            AuditEntry last = JSON.readValue(line.array(), AuditEntry.class);
            nextSequence = last.sequence() + 1;
            head = last.hash();
        }
        knownSize = end;
    }

    private static byte byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }

    /** Position of the last '\n' before {@code limit}, or -1. */
    private static long lastNewlineBefore(FileChannel channel, long limit) throws IOException {
        long end = limit;
        while (end > 0) {
            long start = Math.max(0, end - TAIL_CHUNK);
            ByteBuffer chunk = ByteBuffer.allocate((int) (end - start));
            channel.read(chunk, start);
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') return start + i;
            }
            end = start;
        }
        return -1;
    }

    /** Matching entries, newest first. Reads the whole log: fine for years of a company's clicks, not for a SIEM. */
    public List<AuditEntry> find(AuditQuery query) {
        return read(query).entries();
    }

    /** What {@link #verify} found: every entry chained and unchanged, or the first one that is not. */
    public record Verification(long entries, boolean intact, long firstBadSequence, String problem) {}

    public Verification verify() {
        return read(null).chain();
    }

    /** Matching entries, newest first, and the state of the whole chain. */
    public record Page(List<AuditEntry> entries, Verification chain) {}

    /** One pass over the log: filters (when {@code query} is given) and checks the chain as it reads. */
    public Page read(AuditQuery query) {
        Deque<AuditEntry> newest = new ArrayDeque<>();
        Verification broken = null;
        long count = 0;
        String previous = AuditEntry.GENESIS;
        try (BufferedReader lines = reader()) {
            String line;
            while (lines != null && (line = lines.readLine()) != null) {
                long expected = count + 1;
                AuditEntry e;
                try {
                    e = JSON.readValue(line, AuditEntry.class);
                } catch (IOException bad) {
                    if (broken == null) broken = new Verification(count, false, expected, "line " + expected + " is not an audit entry");
                    continue;
                }
                if (broken == null) {
                    if (e.sequence() != expected) {
                        broken = new Verification(count, false, e.sequence(), "expected entry " + expected + ", found " + e.sequence());
                    } else if (!e.previousHash().equals(previous)) {
                        broken = new Verification(count, false, e.sequence(), "entry " + e.sequence() + " does not follow the entry before it");
                    } else if (!e.hash().equals(e.computeHash())) {
                        broken = new Verification(count, false, e.sequence(), "entry " + e.sequence() + " was changed after it was written");
                    } else {
                        previous = e.hash();
                        count++;
                    }
                }
                if (query != null && query.matches(e)) {
                    newest.addFirst(e);
                    if (newest.size() > query.limit()) newest.removeLast();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
        return new Page(List.copyOf(newest), broken != null ? broken : new Verification(count, true, 0, ""));
    }

    private void forEach(java.util.function.Consumer<AuditEntry> visitor) {
        try (BufferedReader lines = reader()) {
            if (lines == null) return;
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isEmpty()) visitor.accept(JSON.readValue(line, AuditEntry.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }

    private BufferedReader reader() throws IOException {
        return Files.exists(file) ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : null;
    }

    /** Every entry, oldest first (for tests and exports of the log). */
    public List<AuditEntry> all() {
        List<AuditEntry> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }
}
