package io.docket.samples.trade;

/** The two Maildir++ folders of the sample mailbox and where their messages live on disk. */
public enum MailFolder {
    /** Mail received by Huada staff (Maildir++ root folder). */
    INBOX("cur"),
    /** Mail sent by Huada staff (Maildir++ sub-folder ".Sent"). */
    SENT(".Sent/cur");

    private final String curPath;

    MailFolder(String curPath) {
        this.curPath = curPath;
    }

    /** Path of this folder's {@code cur} directory, relative to the Maildir root, with '/' separators. */
    public String curPath() {
        return curPath;
    }
}
