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
        long[] stoppedAt = new long[1];
        while (position < size) {
            if (filled == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);   // a line longer than the buffer
            int read = channel.read(ByteBuffer.wrap(buffer, filled, buffer.length - filled), position);
            if (read <= 0) break;
            position += read;
            filled += read;
            int lineStart = visitForward(buffer, filled, bufferStart, visitor, stoppedAt);
            if (lineStart < 0) return stoppedAt[0];
            System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
            filled -= lineStart;
            bufferStart += lineStart;
        }
        return bufferStart;
    }

    /**
     * The lines complete in {@code buffer[0, filled)}: returns where the incomplete rest starts, or -1 when
     * the visitor stopped (its line's end in {@code stoppedAt[0]}). A method of its own, called per chunk,
     * so the JIT compiles it whole rather than only on-stack-replacing the long loop it would otherwise sit in.
     */
    private static int visitForward(byte[] buffer, int filled, long bufferStart, Visitor visitor, long[] stoppedAt) throws IOException {
        int lineStart = 0;
        for (int i = 0; i < filled; i++) {
            if (buffer[i] != '\n') continue;
            if (!visitor.line(buffer, lineStart, i - lineStart, bufferStart + i + 1)) {
                stoppedAt[0] = bufferStart + i + 1;
                return -1;
            }
            lineStart = i + 1;
        }
        return lineStart;
    }

    /**
     * Visits the complete lines, newest first. Chunks are read from the end into one buffer, each in front of
     * the bytes of the line it completes, so nothing is allocated or copied per chunk (a new array per chunk
     * made this scan three times slower than the forward one).
     */
    static void backward(FileChannel channel, Visitor visitor) throws IOException {
        long start = lineEndBefore(channel, channel.size());   // file offset of buffer[pos]
        byte[] buffer = new byte[2 * CHUNK];
        int pos = buffer.length;
        int limit = buffer.length;   // buffer[pos, limit) is read and not yet visited; buffer[limit - 1] ends the next line
        while (start > 0) {
            int chunk = (int) Math.min(CHUNK, start);
            if (pos < chunk) {   // no room in front of the unvisited bytes: move them to the end, of a larger buffer if needed
                int unvisited = limit - pos;
                byte[] target = unvisited + chunk > buffer.length ? new byte[unvisited + 2 * CHUNK] : buffer;
                System.arraycopy(buffer, pos, target, target.length - unvisited, unvisited);
                buffer = target;
                pos = buffer.length - unvisited;
                limit = buffer.length;
            }
            pos -= chunk;
            start -= chunk;
            ByteBuffer into = ByteBuffer.wrap(buffer, pos, chunk);
            while (into.hasRemaining()) {
                if (channel.read(into, start + (into.position() - pos)) < 0) throw new IOException("the audit log shrank while it was read");
            }
            limit = visitBackward(buffer, pos, limit, start, visitor);
            if (limit < 0) return;
        }
        if (limit > pos) visitor.line(buffer, pos, limit - 1 - pos, limit - pos);
    }

    /** The lines complete in {@code buffer[pos, limit)}, newest first: returns the new limit, or -1 when the visitor stopped. */
    private static int visitBackward(byte[] buffer, int pos, int limit, long start, Visitor visitor) throws IOException {
        for (int i = limit - 2; i >= pos; i--) {
            if (buffer[i] != '\n') continue;
            if (!visitor.line(buffer, i + 1, limit - 1 - (i + 1), start + (limit - pos))) return -1;
            limit = i + 1;
        }
        return limit;
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
