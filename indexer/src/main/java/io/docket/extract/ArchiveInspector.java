package io.docket.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures what a zip really expands to before Tika opens it. Tika's SecureContentHandler compares the
 * text it writes with the whole input's size, so a bomb of repeated text reaches Docket's character
 * limit before the ratio trips; counting inflated bytes here, streaming and with nothing kept, finds
 * the bomb after inflating at most {@code max(ratioFloorBytes, size * maxCompressionRatio)} bytes.
 * Nested zips are inspected through the outer stream, so depth costs no memory either.
 */
final class ArchiveInspector {
    private final ExtractionLimits limits;

    ArchiveInspector(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** Why {@code content} is a zip bomb, or empty when it is not a zip or stays within the limits. */
    Optional<String> bombReason(byte[] content) {
        if (!isZip(content, 0)) return Optional.empty();
        Budget budget = new Budget(Math.min(limits.maxExpandedBytes(),
                Math.max(limits.ratioFloorBytes(), saturatedProduct(content.length, limits.maxCompressionRatio()))));
        try {
            return inspect(new ByteArrayInputStream(content), 1, budget);
        } catch (IOException notReadable) {
            return Optional.empty(); // a broken zip is Tika's to report, not a bomb
        }
    }

    private Optional<String> inspect(InputStream in, int depth, Budget budget) throws IOException {
        if (depth > limits.maxArchiveDepth()) return Optional.of("archives nested deeper than " + limits.maxArchiveDepth());
        ZipInputStream zip = new ZipInputStream(in);
        byte[] buffer = new byte[8192];
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++budget.entries > limits.maxArchiveEntries()) {
                return Optional.of("more than " + limits.maxArchiveEntries() + " archive entries");
            }
            byte[] head = zip.readNBytes(4);
            budget.expanded += head.length;
            if (head.length == 4 && isZip(head, 0)) {
                Optional<String> nested = inspect(new PrefixedStream(head, zip), depth + 1, budget);
                if (nested.isPresent()) return nested;
                continue;
            }
            for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                budget.expanded += n;
                if (budget.expanded > budget.allowed) {
                    return Optional.of("expands past " + budget.allowed + " bytes (entry " + entry.getName() + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isZip(byte[] bytes, int at) {
        return bytes.length - at >= 4 && bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4;
    }

    private static long saturatedProduct(long a, long b) {
        long product = a * b;
        return a != 0 && product / a != b ? Long.MAX_VALUE : product;
    }

    /** Bytes inflated and entries seen so far, over every nesting level of one attachment. */
    private static final class Budget {
        final long allowed;
        long expanded;
        int entries;

        Budget(long allowed) {
            this.allowed = allowed;
        }
    }

    /** The first bytes already read from {@code rest}, then the rest; nested zips are read this way. */
    private static final class PrefixedStream extends InputStream {
        private final byte[] prefix;
        private final InputStream rest;
        private int pos;

        PrefixedStream(byte[] prefix, InputStream rest) {
            this.prefix = prefix;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return pos < prefix.length ? prefix[pos++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos < prefix.length) {
                int n = Math.min(len, prefix.length - pos);
                System.arraycopy(prefix, pos, b, off, n);
                pos += n;
                return n;
            }
            return rest.read(b, off, len);
        }

        @Override
        public void close() {
            // closing a nested zip must not close the outer entry stream
        }
    }
}
