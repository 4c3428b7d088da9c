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
        for (MaildirFolder folder : MaildirFolder.of(maildir)) emitMaildirFolder(folder, sink);
        for (Path child : list(maildir)) {
            if (MaildirFolder.isPlainSubfolder(child)) emitDirectory(child, child.getFileName().toString(), sink);
        }
    }

    private void emitMaildirFolder(MaildirFolder folder, MessageSink sink) throws IOException, InterruptedException {
        for (String sub : MaildirFolder.MESSAGE_DIRS) {
            Path d = folder.dir().resolve(sub);
            if (!Files.isDirectory(d)) continue;
            for (Path file : list(d)) {
                if (!Files.isRegularFile(file) || !MaildirFolder.isMessageName(file.getFileName().toString())) continue;
                Place place = folder.place(file.getFileName().toString());
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
        return MaildirFolder.sortedChildren(dir);
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
