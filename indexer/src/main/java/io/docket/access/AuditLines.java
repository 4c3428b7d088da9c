package io.docket.access;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * The audit file's complete lines, forwards from an offset or backwards from the end. A last line without
 * its newline is being written (or was torn by a crash and is cut at the next append): it is never handed
 * out, so a reader racing an append does not see half an entry.
 */
final class AuditLines {
    private static final int CHUNK = 64 * 1024;

    /** Receives one line without its newline, in {@code bytes[start, start + length)}; returns false to stop. */
    interface Visitor {
        boolean line(byte[] bytes, int start, int length, long endOffset) throws IOException;
    }

    private AuditLines() {}

    /**
     * Visits the complete lines that start at or after {@code from} (a line start), oldest first.
     *
     * @return the offset just past the last line visited
     */
    static long forward(FileChannel channel, long from, Visitor visitor) throws IOException {
        long size = channel.size();
        byte[] buffer = new byte[CHUNK];
        int filled = 0;
        long bufferStart = from;
        long position = from;
        while (position < size) {
            if (filled == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);   // a line longer than the buffer
            int read = channel.read(ByteBuffer.wrap(buffer, filled, buffer.length - filled), position);
            if (read <= 0) break;
            position += read;
            filled += read;
            int lineStart = 0;
            for (int i = 0; i < filled; i++) {
                if (buffer[i] != '\n') continue;
                if (!visitor.line(buffer, lineStart, i - lineStart, bufferStart + i + 1)) return bufferStart + i + 1;
                lineStart = i + 1;
            }
            System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
            filled -= lineStart;
            bufferStart += lineStart;
        }
        return bufferStart;
    }

    /** Visits the complete lines, newest first. */
    static void backward(FileChannel channel, Visitor visitor) throws IOException {
        long end = lineEndBefore(channel, channel.size());
        byte[] pending = new byte[0];   // the bytes from the current chunk's start to the end of the lines not yet visited
        long start = end;
        while (true) {
            int chunk = (int) Math.min(CHUNK, start);
            start -= chunk;
            byte[] bytes = new byte[chunk + pending.length];
            channel.read(ByteBuffer.wrap(bytes, 0, chunk), start);
            System.arraycopy(pending, 0, bytes, chunk, pending.length);
            int limit = bytes.length;   // bytes[limit - 1] is the newline that ends the next line to visit
            for (int i = limit - 2; i >= 0; i--) {
                if (bytes[i] != '\n') continue;
                if (!visitor.line(bytes, i + 1, limit - 1 - (i + 1), start + limit)) return;
                limit = i + 1;
            }
            if (start == 0) {
                if (limit > 0) visitor.line(bytes, 0, limit - 1, limit);
                return;
            }
            pending = Arrays.copyOf(bytes, limit);
        }
    }

    /** The offset just past the last newline before {@code limit}: where the complete lines before it end (0: none). */
    static long lineEndBefore(FileChannel channel, long limit) throws IOException {
        long end = limit;
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        while (end > 0) {
            long start = Math.max(0, end - CHUNK);
            chunk.clear().limit((int) (end - start));
            channel.read(chunk, start);
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') return start + i + 1;
            }
            end = start;
        }
        return 0;
    }
}
