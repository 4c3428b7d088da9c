package io.docket.model;

/**
 * Where one copy of a message was seen: the kind of source, the account or file it came from, the
 * folder, and a locator inside it (a file path, an mbox byte offset, "UIDVALIDITY:UID" for IMAP).
 */
public record Place(String source, String account, String folder, String locator) {
    public static final String FILE = "file";
    public static final String MBOX = "mbox";
    public static final String MAILDIR = "maildir";
    public static final String IMAP = "imap";

    public Place {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("place needs a source kind");
        account = account == null ? "" : account;
        folder = folder == null ? "" : folder;
        locator = locator == null ? "" : locator;
    }

    /** Identity of the place: the same message seen again at the same place is not a new sighting. */
    public String key() {
        return source + '\u0000' + account + '\u0000' + folder + '\u0000' + locator;
    }
}
