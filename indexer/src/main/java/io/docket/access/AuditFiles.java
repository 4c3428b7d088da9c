package io.docket.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.store.StoreCodec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the audit log's one chain: the sealed ones, {@code audit-sealed-FIRST-LAST.jsonl} (FIRST and
 * LAST the sequence numbers they hold), each renamed from {@code audit.jsonl} when it outgrew its size, in
 * order, and then {@code audit.jsonl}, where entries are appended. The first entry of each file follows the
 * last entry of the one before, so the chain runs unbroken across them.
 */
final class AuditFiles {
    static final ObjectMapper JSON = StoreCodec.newMapper();
    private static final Pattern SEALED = Pattern.compile("audit-sealed-(\\d{12})-(\\d{12})\\.jsonl");

    private final Path dir;

    AuditFiles(Path dir) {
        this.dir = dir;
    }

    Path current() {
        return dir.resolve("audit.jsonl");
    }

    Path sealedName(long first, long last) {
        return dir.resolve(String.format("audit-sealed-%012d-%012d.jsonl", first, last));
    }

    /** The sealed files, oldest first. */
    List<Path> sealed() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "audit-sealed-*.jsonl")) {
            for (Path f : files) if (SEALED.matcher(f.getFileName().toString()).matches()) out.add(f);
        } catch (NoSuchFileException none) {
            return List.of();
        }
        out.sort(Comparator.comparingLong(AuditFiles::firstSequence));
        return out;
    }

    /** Every file of the chain, oldest first: the sealed ones, then the current one when it exists. */
    List<Path> inOrder() throws IOException {
        List<Path> out = new ArrayList<>(sealed());
        if (Files.exists(current())) out.add(current());
        return out;
    }

    /** The chain's files, open, oldest first, with their identities. */
    record Snapshot(List<Path> paths, List<FileChannel> channels, List<Object> keys) implements AutoCloseable {
        @Override
        public void close() {
            closeAll(channels);
        }
    }

    /**
     * Opens every file of the chain. A file may be sealed (renamed, and a new audit.jsonl begun) between
     * listing and opening; the listing is taken again after opening, so the open files are one consistent
     * chain, never a new audit.jsonl without the file sealed just before it.
     */
    Snapshot openAll() throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<Path> paths = inOrder();
            List<Object> keys = keysOf(paths);
            List<FileChannel> channels = new ArrayList<>();
            try {
                for (Path p : paths) channels.add(FileChannel.open(p));
            } catch (NoSuchFileException sealedMeanwhile) {
                closeAll(channels);
                continue;
            }
            if (paths.equals(inOrder()) && keys.equals(keysOf(paths))) return new Snapshot(paths, channels, keys);
            closeAll(channels);
        }
        throw new IOException("the audit log's files kept changing while they were opened");
    }

    private static List<Object> keysOf(List<Path> paths) throws IOException {
        List<Object> keys = new ArrayList<>();
        for (Path p : paths) keys.add(fileKey(p));
        return keys;
    }

    private static void closeAll(List<FileChannel> channels) {
        for (FileChannel c : channels) {
            try {
                c.close();
            } catch (IOException ignored) {
                // read-only handles: nothing to lose
            }
        }
    }

    private static long firstSequence(Path sealed) {
        Matcher m = SEALED.matcher(sealed.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /** The identity of the file at {@code path} (it stays with the file when the file is renamed), or null when there is none. */
    static Object fileKey(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    /** The entry on the complete line ending at {@code end} (just past its newline), if it is one. */
    static Optional<AuditEntry> entryEndingAt(FileChannel channel, long end) throws IOException {
        if (end <= 0) return Optional.empty();
        long start = AuditLines.lineEndBefore(channel, end - 1);
        ByteBuffer line = ByteBuffer.allocate((int) (end - 1 - start));
        channel.read(line, start);
        try {
            return Optional.of(JSON.readValue(line.array(), AuditEntry.class));
        } catch (IOException notAnEntry) {
            return Optional.empty();
        }
    }

    /** The last complete entry of a file, if it has one. */
    static Optional<AuditEntry> lastEntry(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return entryEndingAt(channel, AuditLines.lineEndBefore(channel, channel.size()));
        }
    }

    /** The first entry of a file, if it has one. */
    static Optional<AuditEntry> firstEntry(FileChannel channel) throws IOException {
        long[] end = {0};
        AuditLines.forward(channel, 0, (bytes, start, length, lineEnd) -> {
            end[0] = lineEnd;
            return false;
        });
        return entryEndingAt(channel, end[0]);
    }
}
