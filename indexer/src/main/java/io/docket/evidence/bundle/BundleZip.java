package io.docket.evidence.bundle;

import io.docket.model.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The zip being written: every file is hashed as it goes in, and no name can go in twice. */
final class BundleZip implements AutoCloseable {
    private final ZipOutputStream zip;
    private final FileTime time;
    private final List<Manifest.File> files = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** @param time every entry's timestamp: the bundle's creation, so the zip does not leak the build machine's clock */
    BundleZip(OutputStream out, Instant time) {
        this.zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        this.time = FileTime.from(time);
    }

    Manifest.File add(String name, byte[] bytes) {
        if (!names.add(name)) throw new IllegalStateException("bundle file written twice: " + name);
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        try {
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " into the bundle", e);
        }
        Manifest.File file = new Manifest.File(name, bytes.length, Sha256.of(bytes).hex());
        files.add(file);
        return file;
    }

    /** The files written so far, in order. */
    List<Manifest.File> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() {
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the bundle", e);
        }
    }
}
