package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.evidence.bundle.BundleRequest;
import io.docket.evidence.bundle.BundleSummary;
import io.docket.evidence.bundle.BundleTooLargeException;
import io.docket.evidence.bundle.NothingToExportException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the evidence bundle of an order, a search or a thread: the originals Bates-numbered in time order, "
                + "their attachments, manifest, timeline (PDF and HTML), custody entries and the archive's signature.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--order", paramLabel = "NUMBER", description = "Every message about an order, any spelling (HD-2024-0117).")
        String order;

        @Option(names = "--query", paramLabel = "QUERY", description = "Every message a search matches (the query language of `docket search`).")
        String query;

        @Option(names = "--thread", paramLabel = "ID", description = "Every message of a thread.")
        String thread;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the bundle.")
    Path out;

    @Override
    public Integer call() throws IOException {
        BundleRequest request;
        try {
            request = BundleRequest.of(selection.order, selection.query, selection.thread);
        } catch (IllegalArgumentException e) {
            System.err.println("docket: " + e.getMessage());
            return 2;
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Written beside the target and moved into place: a failed export never leaves half a bundle behind.
        Path temp = Files.createTempFile(target.getParent(), ".docket-export-", ".part");
        BundleSummary summary;
        try (EmbeddedArchive opened = archive.open()) {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp))) {
                summary = opened.exportBundle(request, "docket:cli " + System.getProperty("user.name", "?"), stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NothingToExportException | BundleTooLargeException e) {
            System.err.println("docket: " + e.getMessage());
            return 1;
        } finally {
            Files.deleteIfExists(temp);
        }
        System.out.printf("exported %d messages and %d attachments (%s) to %s%n", summary.messages(), summary.attachments(),
                summary.request(), out);
        System.out.println("bundle        " + summary.id());
        System.out.println("manifest.json sha256 " + summary.manifestSha256());
        System.out.println("signed by     " + summary.keyFingerprint() + " (Ed25519; `docket key` prints the public key)");
        return 0;
    }
}
