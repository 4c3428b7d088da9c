package io.docket.evidence.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the API's evidence bundles once they are older than the time they are kept. A bundle is a copy
 * made for a lawyer to download: each holds every original of its messages again, so without an end the
 * exports folder grows with every click. What it was made from stays: the originals, the custody log
 * (which records each export with its manifest hash) and the audit log.
 */
public final class ExportRetention {
    private static final Pattern BUNDLE = Pattern.compile(EvidenceBundler.ID_PATTERN + "\\.zip");
    /** A bundle being written is moved into place when complete; a part older than this was left by a crash. */
    private static final Duration STRAY_PART = Duration.ofDays(1);

    private ExportRetention() {}

    /**
     * Deletes the bundles in {@code dir} last written before {@code now - keep}, and stray partial files;
     * files of any other name are left alone.
     *
     * @return the ids of the bundles deleted, oldest first
     */
    public static List<String> expire(Path dir, Duration keep, Instant now) {
        List<Path> expired = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean bundle = BUNDLE.matcher(name).matches();
                boolean part = name.startsWith("export-") && name.endsWith(".part");
                if (!bundle && !part) continue;
                Instant written = Files.getLastModifiedTime(file).toInstant();
                if (written.isBefore(now.minus(bundle ? keep : STRAY_PART))) expired.add(file);
            }
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the exports in " + dir, e);
        }
        expired.sort(null);   // the ids start with their UTC time
        List<String> ids = new ArrayList<>();
        for (Path file : expired) {
            try {
                if (Files.deleteIfExists(file) && file.toString().endsWith(".zip")) {
                    String name = file.getFileName().toString();
                    ids.add(name.substring(0, name.length() - ".zip".length()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the expired export " + file, e);
            }
        }
        return ids;
    }
}
