package io.docket.harvest.files;

import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.harvest.MessageSource;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    private final FolderTimes folderTimes;
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong unchangedFolders = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private long estimate = -1;

    /** Lists every Maildir folder. */
    public FileSource(List<Path> roots) {
        this(roots, new FolderTimes());
    }

    /**
     * Skips the Maildir folders unchanged since an earlier import listed them (their times kept in
     * {@code state}); {@link #rememberListedFolders} saves this run's once its messages are committed.
     *
     * @param relist list every folder anyway (and remember the times found)
     */
    public FileSource(List<Path> roots, HarvestState state, boolean relist) {
        this(roots, new FolderTimes(state, !relist));
    }

    private FileSource(List<Path> roots, FolderTimes folderTimes) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.folderTimes = folderTimes;
    }

    /** Call after the messages emitted are committed without failure: the folders listed are then skipped next time while unchanged. */
    public void rememberListedFolders() {
        folderTimes.save();
    }

    @Override
    public String name() {
        return roots.size() == 1 ? roots.getFirst().toString() : roots.size() + " paths";
    }

    /**
     * Files to read (an mbox counts once), for progress bars: a walk done once, in which a Maildir folder
     * counts its names (no file is looked at) unless it is unchanged since it was last listed.
     */
    @Override
    public long estimatedCount() {
        if (estimate < 0) {
            long n = 0;
            for (Path root : roots) {
                try {
                    n += estimate(root);
                } catch (IOException | UncheckedIOException e) {
                    // unreadable roots are reported when emitting
                }
            }
            estimate = n;
        }
        return estimate;
    }

    private long estimate(Path path) throws IOException {
        if (!Files.isDirectory(path)) return Files.exists(path) ? 1 : 0;
        if (!MailFiles.isMaildir(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(Files::isRegularFile).count();
            }
        }
        long n = 0;
        for (MaildirFolder folder : MaildirFolder.allOf(path)) {
            for (String sub : MaildirFolder.MESSAGE_DIRS) {
                Path dir = folder.dir().resolve(sub);
                FileTime modified = Files.isDirectory(dir) ? FolderTimes.modified(dir) : null;
                if (modified != null && !folderTimes.unchanged(dir, modified)) n += MaildirFolder.names(dir).size();
            }
        }
        return n;
    }

    /** Maildir messages already archived from the same place, not read again. */
    public long unchanged() {
        return unchanged.get();
    }

    /** Maildir message folders not listed: nothing added, removed or renamed in them since they were last listed. */
    public long unchangedFolders() {
        return unchangedFolders.get();
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
            long listedAt = System.currentTimeMillis();
            FileTime modified = FolderTimes.modified(d);
            if (modified == null) continue;
            if (folderTimes.unchanged(d, modified)) {
                unchangedFolders.incrementAndGet();
                continue;
            }
            for (String name : MaildirFolder.sortedNames(d)) {
                if (!MaildirFolder.isMessageName(name)) continue;
                Place place = folder.place(name);
                // A Maildir name is one message for life (flags after ':' aside): a re-import reads only new files.
                if (sink.alreadyHas(place)) {
                    unchanged.incrementAndGet();
                    continue;
                }
                Path file = d.resolve(name);
                if (!Files.isRegularFile(file)) continue;
                sink.accept(new RawMessage(Files.readAllBytes(file), place));
            }
            folderTimes.listed(d, modified, listedAt);
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
