package io.docket.parse;

import java.io.ByteArrayInputStream;
import java.util.Objects;

/**
 * A {@link ByteArrayInputStream} whose reads take no lock. Jakarta Mail reads header lines and
 * quoted-printable text one byte at a time, and {@code ByteArrayInputStream.read()} is synchronized:
 * a lock taken and released per byte was 2.3% of the ingest workers' CPU at 100k. One parse owns
 * its streams, so nothing is shared. Still a {@code ByteArrayInputStream}, so {@code MimeMessage}
 * reads it as such (no extra buffer, the body copied in one piece); commons-io's unsynchronized stream is
 * not one, and {@code MimeMessage} would wrap it in a {@code BufferedInputStream}, which locks per read again.
 */
final class UnsynchronizedBytes extends ByteArrayInputStream {
    UnsynchronizedBytes(byte[] bytes) {
        super(bytes);
    }

    @Override
    public int read() {
        return pos < count ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (pos >= count) return -1;
        int n = Math.min(length, count - pos);
        if (n <= 0) return 0;
        System.arraycopy(buf, pos, into, offset, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return count - pos;
    }

    @Override
    public long skip(long n) {
        long k = Math.max(0, Math.min(n, count - pos));
        pos += (int) k;
        return k;
    }
}
