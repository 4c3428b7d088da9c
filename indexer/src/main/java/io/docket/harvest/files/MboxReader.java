package io.docket.harvest.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an mbox file into its messages (RFC 4155): a message starts at a line beginning with
 * "From " at the start of the file or after an empty line. The separator line itself is not part of
 * the message; every other byte is kept exactly, including ">From " escapes, so what is archived is
 * what the file held.
 */
final class MboxReader {
    private MboxReader() {}

    /** Calls {@code onMessage(bytes, byteOffsetOfSeparator)} for each message in order. */
    static void read(InputStream in, MessageVisitor onMessage) throws IOException, InterruptedException {
        BufferedInputStream input = new BufferedInputStream(in, 1 << 16);
        ByteArrayOutputStream current = null;
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        long offset = 0;
        long messageOffset = 0;
        boolean previousBlank = true;
        int b;
        while (true) {
            line.reset();
            long lineStart = offset;
            while ((b = input.read()) != -1) {
                line.write(b);
                offset++;
                if (b == '\n') break;
            }
            if (line.size() == 0) break;
            byte[] bytes = line.toByteArray();
            if (previousBlank && startsWithFrom(bytes)) {
                if (current != null) onMessage.accept(trimSeparatorBlank(current.toByteArray()), messageOffset);
                current = new ByteArrayOutputStream(8192);
                messageOffset = lineStart;
            } else {
                if (current == null) {
                    // Not an mbox after all (no leading "From " line): treat the whole file as one message.
                    current = new ByteArrayOutputStream(8192);
                    messageOffset = lineStart;
                }
                current.write(bytes);
            }
            previousBlank = isBlank(bytes);
            if (b == -1) break;
        }
        if (current != null && current.size() > 0) onMessage.accept(trimSeparatorBlank(current.toByteArray()), messageOffset);
    }

    interface MessageVisitor {
        void accept(byte[] message, long offset) throws InterruptedException;
    }

    static boolean startsWithFrom(byte[] line) {
        return line.length >= 5 && line[0] == 'F' && line[1] == 'r' && line[2] == 'o' && line[3] == 'm' && line[4] == ' ';
    }

    private static boolean isBlank(byte[] line) {
        return line.length == 1 && line[0] == '\n' || line.length == 2 && line[0] == '\r' && line[1] == '\n';
    }

    /** The blank line before the next separator belongs to the mbox format, not to the message. */
    private static byte[] trimSeparatorBlank(byte[] message) {
        int end = message.length;
        if (end >= 2 && message[end - 1] == '\n' && message[end - 2] == '\n') end--;
        else if (end >= 4 && message[end - 1] == '\n' && message[end - 2] == '\r' && message[end - 3] == '\n') end -= 2;
        return end == message.length ? message : java.util.Arrays.copyOf(message, end);
    }

}
