package io.docket.samples.trade;

import java.util.Arrays;
import java.util.Objects;

/**
 * One RFC 5322 message as it is stored in one folder. A message CC'd to our own staff appears twice,
 * once per folder, with the same file name and the same bytes (the dedup case).
 */
public record GeneratedMessage(MailFolder folder, String fileName, byte[] rfc822) {

    public GeneratedMessage {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rfc822, "rfc822");
        if (fileName.contains("/")) {
            throw new IllegalArgumentException("fileName must not contain '/': " + fileName);
        }
        rfc822 = rfc822.clone();
    }

    /** A copy: callers may not change the message under another holder. */
    @Override
    public byte[] rfc822() {
        return rfc822.clone();
    }

    /** Path relative to the Maildir root, e.g. {@code .Sent/cur/1709600000.000001.docket:2,S}. */
    public String relativePath() {
        return folder.curPath() + "/" + fileName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedMessage m && folder == m.folder && fileName.equals(m.fileName)
                && Arrays.equals(rfc822, m.rfc822);
    }

    @Override
    public int hashCode() {
        return Objects.hash(folder, fileName, Arrays.hashCode(rfc822));
    }

    @Override
    public String toString() {
        return "GeneratedMessage[" + relativePath() + ", " + rfc822.length + " bytes]";
    }
}
