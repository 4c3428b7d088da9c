package io.docket.harvest.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Recognises what a file or folder on disk holds: a Maildir, an mbox file, a single message, or none. */
final class MailFiles {
    enum Kind { MAILDIR, MBOX, MESSAGE, OTHER }

    private MailFiles() {}

    /**
     * A folder with {@code cur/} beside {@code new/} or {@code tmp/}; or with only {@code cur/} whose files carry
     * Maildir info suffixes (":2,"), because copies and version control drop the empty {@code new/} and {@code tmp/}.
     */
    static boolean isMaildir(Path dir) {
        Path cur = dir.resolve("cur");
        if (!Files.isDirectory(cur)) return false;
        if (Files.isDirectory(dir.resolve("new")) || Files.isDirectory(dir.resolve("tmp"))) return true;
        try (java.util.stream.Stream<Path> files = Files.list(cur)) {
            return files.limit(50).anyMatch(f -> f.getFileName().toString().contains(":2,"));
        } catch (IOException e) {
            return false;
        }
    }

    static Kind kindOf(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) return Kind.OTHER;
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 5 && MboxReader.startsWithFrom(head)) return Kind.MBOX;
        if (name.endsWith(".eml") || name.endsWith(".msg.txt")) return Kind.MESSAGE;
        if (name.endsWith(".mbox") || name.endsWith(".mbx")) return Kind.MBOX;
        return looksLikeHeader(head, n) ? Kind.MESSAGE : Kind.OTHER;
    }

    /** A first line of the form "Field-Name: ..." (RFC 5322 2.2): printable ASCII up to a colon. */
    static boolean looksLikeHeader(byte[] head, int n) {
        int i = 0;
        while (i < n && head[i] > 32 && head[i] < 127 && head[i] != ':') i++;
        return i > 0 && i < n && head[i] == ':';
    }
}
