package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.model.Sha256;
import io.docket.store.ArchiveStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * `docket export`, `docket key` and `docket verify-bundle` as a lawyer's assistant would run them on the
 * sample trade mailbox: the HD-2024-0117 bundle verifies against the archive's key, and one changed
 * byte, one removed file or one added file is each caught and named. `docket verify` names an original
 * altered inside the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundleCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private String data;
    private Path bundle;
    private Path key;
    private CliRun exported;
    private Map<String, byte[]> files;

    @BeforeAll
    void exportTheOrderBundle() throws Exception {
        data = dir.resolve("data").toString();
        Path mailbox = Path.of(System.getProperty("docket.root", "..")).resolve("samples/trade-mailbox");
        CliRun imported = CliRun.docket("import", "--data", data, mailbox.toString());
        assertEquals(0, imported.exit(), imported.err());
        bundle = dir.resolve("out/HD-2024-0117.zip");
        exported = CliRun.docket("export", "--data", data, "--order", "HD-2024-0117", "--out", bundle.toString());
        CliRun printed = CliRun.docket("key", "--data", data);
        assertEquals(0, printed.exit(), printed.err());
        key = dir.resolve("archive.pem");
        Files.writeString(key, printed.out());
        files = unzip(Files.readAllBytes(bundle));
    }

    private CliRun verify(Path zip) {
        return CliRun.docket("verify-bundle", zip.toString(), "--public-key", key.toString());
    }

    @Test
    void theOrderBundleIsWrittenAndVerifiesAgainstTheArchiveKey() throws Exception {
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().startsWith("exported 23 messages and 7 attachments (order HD-2024-0117) to "), exported.out());
        assertTrue(Files.readString(key).startsWith("-----BEGIN PUBLIC KEY-----\n"), Files.readString(key));

        CliRun run = verify(bundle);
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("(order HD-2024-0117): 23 messages, 34 files checked"), run.out());
        assertTrue(run.out().contains("(the key given)"), run.out());
        assertTrue(run.out().contains("VERIFIED"), run.out());
        // The export itself is an archiving event: the archive still verifies, its chain now longer.
        CliRun archive = CliRun.docket("verify", "--data", data);
        assertEquals(0, archive.exit(), archive.out());
    }

    @Test
    void theOriginalsAreTheArchivesBytesInTimeOrder() throws Exception {
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        String previous = "";
        try (EmbeddedArchive archive = Archives.open(Path.of(data))) {
            for (JsonNode m : manifest.get("messages")) {
                byte[] eml = files.get(m.get("file").asText());
                byte[] stored = archive.raw(m.get("id").asText(), Optional.empty()).orElseThrow().bytes();
                assertEquals(Sha256.of(stored).hex(), Sha256.of(eml).hex(), m.get("bates").asText());
                assertEquals(m.get("sha256").asText(), Sha256.of(eml).hex());
                assertTrue(m.get("dateUtc").asText().compareTo(previous) >= 0, "time order at " + m.get("bates").asText());
                previous = m.get("dateUtc").asText();
            }
        }
        assertEquals("Anfrage LED-Panels 600x600 40W", manifest.get("messages").get(0).get("subject").asText());
        assertTrue(files.containsKey("DKT-000023.eml") && !files.containsKey("DKT-000024.eml"));
    }

    @Test
    void oneChangedByteIsCaughtAndNamed() throws Exception {
        Map<String, byte[]> altered = new LinkedHashMap<>(files);
        byte[] eml = altered.get("DKT-000007.eml").clone();
        eml[eml.length / 2] ^= 1;
        altered.put("DKT-000007.eml", eml);
        CliRun run = verify(rezip("changed-byte.zip", altered));
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAILED: changed: DKT-000007.eml (its SHA-256 is " + Sha256.of(eml).hex()), run.out());
        assertTrue(run.out().contains("NOT VERIFIED: 1 problem(s)"), run.out());
    }

    @Test
    void aRemovedFileIsCaughtAndNamed() throws Exception {
        Map<String, byte[]> altered = new LinkedHashMap<>(files);
        String attachment = files.keySet().stream().filter(n -> n.matches("DKT-\\d{6}-\\d{2}-.*\\.pdf")).findFirst().orElseThrow();
        altered.remove(attachment);
        CliRun run = verify(rezip("removed-file.zip", altered));
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAILED: missing: " + attachment + "\n"), run.out());
        assertTrue(run.out().contains("NOT VERIFIED: 1 problem(s)"), run.out());
    }

    @Test
    void anAddedFileIsCaughtAndNamed() throws Exception {
        Map<String, byte[]> altered = new LinkedHashMap<>(files);
        altered.put("DKT-000024.eml", "Subject: planted\r\n\r\nnot from the archive\r\n".getBytes(StandardCharsets.US_ASCII));
        CliRun run = verify(rezip("added-file.zip", altered));
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAILED: added: DKT-000024.eml (not in the manifest)"), run.out());
        assertTrue(run.out().contains("NOT VERIFIED: 1 problem(s)"), run.out());
    }

    @Test
    void opensslChecksTheSignatureWithoutDocket() throws Exception {
        Path sig = Files.write(dir.resolve("manifest.sig"), files.get("manifest.sig"));
        Path manifest = Files.write(dir.resolve("manifest.json"), files.get("manifest.json"));
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin",
                    "-in", manifest.toString(), "-sigfile", sig.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException noOpenssl) {
            org.junit.jupiter.api.Assumptions.abort("openssl is not installed");
            return;
        }
        String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), said);
        assertTrue(said.contains("Signature Verified Successfully"), said);
    }

    @Test
    void badRequestsAreClearErrors() {
        CliRun both = CliRun.docket("export", "--data", data, "--order", "HD-2024-0117", "--query", "x", "--out", dir.resolve("x.zip").toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        CliRun none = CliRun.docket("export", "--data", data, "--out", dir.resolve("x.zip").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Missing required argument"), none.err());
        CliRun unknown = CliRun.docket("export", "--data", data, "--order", "NOPE-0000", "--out", dir.resolve("x.zip").toString());
        assertEquals(1, unknown.exit());
        assertEquals("docket: no message names order NOPE-0000", unknown.err().strip());
        assertTrue(!Files.exists(dir.resolve("x.zip")), "no half bundle is left behind");
        CliRun notAZip = CliRun.docket("verify-bundle", key.toString());
        assertEquals(1, notAZip.exit());
        assertTrue(notAZip.out().contains("FAILED: not a readable zip file: archive.pem"), notAZip.out());
    }

    /** A byte flipped inside RocksDB, under the original's own key: `docket verify` finds it and names it. */
    @Test
    void verifyNamesAnOriginalAlteredInTheStore() throws Exception {
        String small = dir.resolve("small").toString();
        Path fixture = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures/attachment-pdf.eml");
        assertEquals(0, CliRun.docket("import", "--data", small, fixture.toString()).exit());
        assertEquals(0, CliRun.docket("verify", "--data", small).exit());
        String sha;
        String id;
        try (ArchiveStore store = ArchiveStore.open(Path.of(small, "store"))) {
            byte[][] found = new byte[2][];
            store.scan(ArchiveStore.Family.ORIGINALS, new byte[0], (k, v) -> { found[0] = k; found[1] = v.clone(); });
            sha = HexFormat.of().formatHex(found[0]);
            id = store.ownerOf(new Sha256(sha)).orElseThrow();
            found[1][found[1].length - 10] ^= 0x20;
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.put(ArchiveStore.Family.ORIGINALS, found[0], found[1]).commit();
            }
        }
        CliRun run = CliRun.docket("verify", "--data", small);
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("ALTERED: original " + sha + " (message " + id + ") was altered: its bytes now hash to "), run.out());
        // An altered original is never handed out as evidence.
        CliRun export = CliRun.docket("export", "--data", small, "--thread", threadOf(small, id), "--out", dir.resolve("t.zip").toString());
        assertEquals(2, export.exit());
        assertTrue(export.err().contains("original " + sha + " of message " + id + " no longer matches its SHA-256"), export.err());
    }

    private static String threadOf(String data, String id) {
        try (EmbeddedArchive archive = Archives.open(Path.of(data))) {
            return archive.message(id).orElseThrow().record().threadId();
        }
    }

    private Path rezip(String name, Map<String, byte[]> content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : content.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }
}
