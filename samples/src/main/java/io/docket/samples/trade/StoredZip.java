package io.docket.samples.trade;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package (DOCX, XLSX) so its bytes are reproducible: same entry order, every entry
 * STORED (Deflate output differs between zlib builds) and stamped with one fixed local time.
 */
final class StoredZip {
    private static final LocalDateTime STAMP = LocalDateTime.of(2024, 1, 2, 9, 0, 0);

    private StoredZip() {
    }

    static byte[] normalize(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(buffer)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                    // setTimeLocal, not setTime: DOS times are local, setTime would depend on the JVM's zone.
                    copy.setTimeLocal(STAMP);
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
