package io.docket.cli;

import io.docket.evidence.bundle.ArchiveKey;
import io.docket.evidence.bundle.BundleVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify-bundle", mixinStandardHelpOptions = true,
        description = "Check an evidence bundle on its own: the manifest's signature, every file's SHA-256, no file missing "
                + "or added, and the Bates sequence in time order. Exit code 0 only when all of it holds.")
final class VerifyBundleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.zip", description = "The bundle to check.")
    Path bundle;

    @Option(names = "--public-key", paramLabel = "K", description = "The archive's public key (PEM, as `docket key` prints it). "
            + "Without it the signature is checked against the key the bundle itself names, which proves integrity but not origin.")
    Path publicKey;

    @Override
    public Integer call() throws IOException {
        Optional<PublicKey> trusted = Optional.empty();
        if (publicKey != null) {
            try {
                trusted = Optional.of(ArchiveKey.parsePublicKey(Files.readString(publicKey, StandardCharsets.US_ASCII)));
            } catch (IllegalArgumentException e) {
                System.err.println("docket: " + publicKey + ": " + e.getMessage());
                return 2;
            }
        }
        BundleVerifier.Report report = BundleVerifier.verify(bundle, trusted);
        if (!report.bundleId().isEmpty()) {
            System.out.printf("bundle %s (%s): %d messages, %d files checked%n", report.bundleId(), report.request(), report.messages(),
                    report.filesChecked());
        }
        if (!report.signer().isEmpty()) {
            System.out.println("signature key " + report.signer() + (report.keyTrusted() ? " (the key given)"
                    : " (named by the bundle itself: pass --public-key to check it is the archive's)"));
        }
        if (report.verified()) {
            System.out.println("VERIFIED: every file matches the signed manifest, nothing is missing or added, "
                    + "and the Bates numbers run in time order without a gap");
            return 0;
        }
        report.problems().forEach(p -> System.out.println("FAILED: " + p));
        System.out.printf("NOT VERIFIED: %d problem(s)%n", report.problems().size());
        return 1;
    }
}
