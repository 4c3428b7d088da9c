package io.docket.harvest.files;

import io.docket.model.Place;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of a Maildir: {@code dir} holds its {@code cur/} and {@code new/}. Import and the watcher
 * both name messages through {@link #place}, so a file the watcher saw is one import skips, and back.
 */
record MaildirFolder(Path maildir, String folder, Path dir) {
    /** Only these are read: delivery writes to tmp/ and renames into new/ when the file is complete (Maildir spec). */
    static final List<String> MESSAGE_DIRS = List.of("cur", "new");

    /**
     * The place of a file in {@code cur/} or {@code new/}: the unique part of its name names the message
     * for life; the info after ':' (flags such as ":2,S") changes as it is read and moved new/ → cur/.
     */
    Place place(String fileName) {
        int info = fileName.indexOf(':');
        return new Place(Place.MAILDIR, maildir.toString(), folder, info > 0 ? fileName.substring(0, info) : fileName);
    }

    /** Dot files (editor backups, Dovecot's index files) are not messages. */
    static boolean isMessageName(String fileName) {
        return !fileName.isEmpty() && !fileName.startsWith(".");
    }

    /** The Maildir's INBOX and its Maildir++ sub-folders: ".Sent" is folder Sent, ".Archive.2024" is Archive/2024. */
    static List<MaildirFolder> of(Path maildir) throws IOException {
        List<MaildirFolder> folders = new ArrayList<>();
        folders.add(new MaildirFolder(maildir, "INBOX", maildir));
        for (Path child : sortedChildren(maildir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && isSubfolderName(name) && MailFiles.isMaildir(child)) {
                folders.add(new MaildirFolder(maildir, name.substring(1).replace('.', '/'), child));
            }
        }
        return folders;
    }

    /**
     * Every folder of the Maildir and of the Maildirs nested in its plain sub-folders, as import reads
     * them (a nested Maildir is a Maildir of its own: its path names its places).
     */
    static List<MaildirFolder> allOf(Path maildir) throws IOException {
        List<MaildirFolder> all = new ArrayList<>(of(maildir));
        for (Path child : sortedChildren(maildir)) {
            if (isPlainSubfolder(child)) nested(child, all);
        }
        return all;
    }

    private static void nested(Path dir, List<MaildirFolder> out) throws IOException {
        if (MailFiles.isMaildir(dir)) {
            out.addAll(allOf(dir));
            return;
        }
        for (Path child : sortedChildren(dir)) {
            if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".")) nested(child, out);
        }
    }

    static boolean isSubfolderName(String name) {
        return name.startsWith(".") && name.length() > 1;
    }

    /** A folder inside a Maildir that is neither a Maildir++ sub-folder nor one of cur/, new/, tmp/. */
    static boolean isPlainSubfolder(Path child) {
        String name = child.getFileName().toString();
        return Files.isDirectory(child) && !name.startsWith(".") && !List.of("cur", "new", "tmp").contains(name);
    }

    /** The names in a folder, without looking at the files (a million-name cur/ costs no stat). */
    static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) names.add(child.getFileName().toString());
        }
        return names;
    }

    static List<String> sortedNames(Path dir) throws IOException {
        List<String> names = names(dir);
        names.sort(null);
        return names;
    }

    static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> sorted = new ArrayList<>(children.toList());
            sorted.sort(null);
            return sorted;
        }
    }
}
