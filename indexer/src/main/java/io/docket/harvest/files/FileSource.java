package io.docket.harvest.files;

import io.docket.harvest.MessageSink;
import io.docket.harvest.MessageSource;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Messages from files on disk: .eml files, folders of them, mbox files and Maildirs (Maildir++
 * sub-folders such as ".Sent" become folder "Sent"), recursively. Files that hold no mail are
 * counted as skipped, not imported.
 */
public final class FileSource implements MessageSource {
    private final List<Path> roots;
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private long estimate = -1;

    public FileSource(List<Path> roots) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    @Override
    public String name() {
        return roots.size() == 1 ? roots.getFirst().toString() : roots.size() + " paths";
    }

    /** Files to read (an mbox counts once); a cheap walk done once, for progress bars. */
    @Override
    public long estimatedCount() {
        if (estimate < 0) {
            long n = 0;
            for (Path root : roots) {
                try (Stream<Path> files = Files.walk(root)) {
                    n += files.filter(Files::isRegularFile).count();
                } catch (IOException | UncheckedIOException e) {
                    // unreadable roots are reported when emitting
                }
            }
            estimate = n;
        }
        return estimate;
    }

    /** Maildir messages already archived from the same place, not read again. */
    public long unchanged() {
        return unchanged.get();
    }

    /** Files seen that hold no mail (not .eml, not mbox, no header line). */
    public long skipped() {
        return skipped.get();
    }

    @Override
    public void emitTo(MessageSink sink) throws IOException, InterruptedException {
        for (Path root : roots) {
            if (!Files.exists(root)) throw new IOException("no such file or folder: " + root);
            if (Files.isDirectory(root)) emitDirectory(root, root.getFileName() == null ? "" : root.getFileName().toString(), sink);
            else emitFile(root, parentName(root), sink);
        }
    }

    private void emitDirectory(Path dir, String folder, MessageSink sink) throws IOException, InterruptedException {
        if (MailFiles.isMaildir(dir)) {
            emitMaildir(dir, sink);
            return;
        }
        List<Path> children = list(dir);
        for (Path child : children) {
            if (Files.isDirectory(child)) emitDirectory(child, child.getFileName().toString(), sink);
            else emitFile(child, folder, sink);
        }
    }

    private void emitMaildir(Path maildir, MessageSink sink) throws IOException, InterruptedException {
        emitMaildirFolder(maildir, "INBOX", maildir, sink);
        for (Path child : list(maildir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && name.startsWith(".") && name.length() > 1 && MailFiles.isMaildir(child)) {
                // Maildir++: ".Sent" is folder Sent, ".Archive.2024" is Archive/2024.
                emitMaildirFolder(maildir, name.substring(1).replace('.', '/'), child, sink);
            } else if (Files.isDirectory(child) && !name.startsWith(".") && !List.of("cur", "new", "tmp").contains(name)) {
                emitDirectory(child, name, sink);
            }
        }
    }

    private void emitMaildirFolder(Path maildir, String folder, Path dir, MessageSink sink) throws IOException, InterruptedException {
        for (String sub : List.of("cur", "new")) {
            Path d = dir.resolve(sub);
            if (!Files.isDirectory(d)) continue;
            for (Path file : list(d)) {
                if (!Files.isRegularFile(file) || file.getFileName().toString().startsWith(".")) continue;
                String unique = file.getFileName().toString();
                int info = unique.indexOf(':');
                // The unique part names the message for life; flags after ':' change (Maildir spec).
                if (info > 0) unique = unique.substring(0, info);
                Place place = new Place(Place.MAILDIR, maildir.toString(), folder, unique);
                // A Maildir name is one message for life (flags after ':' aside): a re-import reads only new files.
                if (sink.alreadyHas(place)) {
                    unchanged.incrementAndGet();
                    continue;
                }
                sink.accept(new RawMessage(Files.readAllBytes(file), place));
            }
        }
    }

    private void emitFile(Path file, String folder, MessageSink sink) throws IOException, InterruptedException {
        switch (MailFiles.kindOf(file)) {
            case MESSAGE -> sink.accept(new RawMessage(Files.readAllBytes(file), new Place(Place.FILE, "", folder, file.toString())));
            case MBOX -> {
                String mboxFolder = stripExtension(file.getFileName().toString());
                try (InputStream in = Files.newInputStream(file)) {
                    MboxReader.read(in, (bytes, offset) -> sink.accept(
                            new RawMessage(bytes, new Place(Place.MBOX, file.toString(), mboxFolder, Long.toString(offset)))));
                }
            }
            case MAILDIR, OTHER -> skipped.incrementAndGet();
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> sorted = new ArrayList<>(children.toList());
            sorted.sort(null);
            return sorted;
        }
    }

    private static String parentName(Path file) {
        Path parent = file.getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
