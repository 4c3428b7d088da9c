package io.docket.evidence.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.CustomerConfig;
import io.docket.config.TradeConfig;
import io.docket.evidence.CustodyEntry;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import io.docket.model.Sha256;
import io.docket.search.InvalidQueryException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A bundle of a small archive written for what a bundle must survive: Chinese, Japanese and Arabic
 * subjects, an attachment with a Chinese file name, a second original under the same Message-ID, and
 * a message in another time zone; then the verifier, fed the bundle and altered copies of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "order:HD-2024-0117 OR from:alnoor-trading.ae OR from:tanaka-shoji.co.jp";

    private Path dir;
    private EmbeddedArchive archive;
    private BundleSummary summary;
    private Path bundle;
    private Map<String, byte[]> files;

    private static byte[] mail(String messageId, String extra, String from, String date, String subject, String body, String attachment) {
        String head = "Message-ID: <" + messageId + ">\r\n" + extra + "From: " + from + "\r\nTo: Lily Chen <lily.chen@huada-lighting.com>\r\n"
                + "Date: " + date + "\r\nSubject: " + subject + "\r\nMIME-Version: 1.0\r\n";
        if (attachment == null) {
            return (head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        String encoded = Base64.getMimeEncoder().encodeToString(attachment.getBytes(StandardCharsets.UTF_8));
        return (head + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=utf-8; name*=UTF-8''%E9%AA%8C%E8%B4%A7%E6%8A%A5%E5%91%8A.txt\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''%E9%AA%8C%E8%B4%A7%E6%8A%A5%E5%91%8A.txt\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n--b1--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] CLAIM = mail("claim@huada-lighting.com", "", "Lily Chen <lily.chen@huada-lighting.com>",
            "Wed, 05 Jun 2024 09:20:00 +0800", "=?UTF-8?B?" + b64("质量问题：订单号HD20240117 驱动电源闪烁") + "?=",
            "Payment: 30% T/T deposit, 70% against B/L copy.\r\n订单号HD20240117的驱动电源闪烁。", "HD-2024-0117 inspection: 120 of 6000 drivers flicker.");
    private static final byte[] CLAIM_AGAIN = mail("claim@huada-lighting.com", "X-Mailer: resent copy\r\n", "Lily Chen <lily.chen@huada-lighting.com>",
            "Wed, 05 Jun 2024 09:20:00 +0800", "=?UTF-8?B?" + b64("质量问题：订单号HD20240117 驱动电源闪烁") + "?=",
            "Payment: 30% T/T deposit, 70% against B/L copy.\r\n订单号HD20240117的驱动电源闪烁。", "HD-2024-0117 inspection: 120 of 6000 drivers flicker.");
    private static final byte[] ARABIC = mail("rfq@alnoor-trading.ae", "", "Ahmed <ahmed@alnoor-trading.ae>", "Mon, 01 Apr 2024 10:00:00 +0400",
            "=?UTF-8?B?" + b64("طلب عرض سعر") + "?=", "نرجو إرسال عرض سعر للوحات LED.", null);
    private static final byte[] JAPANESE = mail("order@tanaka-shoji.co.jp", "", "Tanaka <tanaka@tanaka-shoji.co.jp>",
            "Tue, 02 Apr 2024 09:00:00 +0900", "=?UTF-8?B?" + b64("注文書の確認") + "?=", "注文書を確認しました。", null);

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeAll
    void exportABundle() throws Exception {
        dir = Files.createTempDirectory("docket-bundle-test");
        TradeConfig trade = new TradeConfig(List.of("huada-lighting.com"), ZoneId.of("Asia/Shanghai"), List.of(
                new CustomerConfig("Al Noor Trading", List.of("alnoor-trading.ae"), List.of())), List.of());
        archive = Archives.open(dir.resolve("data"), trade);
        int n = 0;
        for (byte[] raw : List.of(CLAIM, ARABIC, JAPANESE, CLAIM_AGAIN)) {
            // The pipeline archives in parallel: the resent copy must arrive after the first is archived to be its second variant.
            if (raw == CLAIM_AGAIN) archive.sink().flush();
            archive.sink().accept(new RawMessage(raw, new Place(Place.IMAP, "sales", "INBOX", "1:" + (++n))));
        }
        archive.commit();
        bundle = dir.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            summary = archive.exportBundle(BundleRequest.of(null, QUERY, null), "test", out);
        }
        files = unzip(Files.readAllBytes(bundle));
    }

    @AfterAll
    void close() throws Exception {
        archive.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theBundleHoldsTheOriginalsInTimeOrderByteForByteWithAttachmentsAndEveryVariant() throws Exception {
        assertEquals(3, summary.messages());
        List<String> names = new ArrayList<>(files.keySet());
        assertEquals(List.of("DKT-000001.eml", "DKT-000002.eml", "DKT-000003.eml", "DKT-000003-01-验货报告.txt", "DKT-000003-v2.eml",
                "custody.json", "manifest.csv", "timeline.html", "timeline.pdf", "manifest.json", "manifest.sig"), names);
        // 1 April 10:00 +04:00 (06:00 UTC), 2 April 09:00 +09:00 (1 April 24:00 UTC), 5 June.
        assertArrayEquals(ARABIC, files.get("DKT-000001.eml"));
        assertArrayEquals(JAPANESE, files.get("DKT-000002.eml"));
        assertArrayEquals(CLAIM, files.get("DKT-000003.eml"));
        assertArrayEquals(CLAIM_AGAIN, files.get("DKT-000003-v2.eml"));
        assertEquals("HD-2024-0117 inspection: 120 of 6000 drivers flicker.", new String(files.get("DKT-000003-01-验货报告.txt"), StandardCharsets.UTF_8));

        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        JsonNode claim = manifest.get("messages").get(2);
        assertEquals("DKT-000003", claim.get("bates").asText());
        assertEquals(Sha256.of(CLAIM).hex(), claim.get("sha256").asText());
        assertEquals("2024-06-05T09:20:00+08:00", claim.get("date").asText());
        assertEquals("2024-06-05T01:20:00Z", claim.get("dateUtc").asText());
        assertEquals("Lily Chen <lily.chen@huada-lighting.com>", claim.get("from").asText());
        assertEquals("[\"INBOX\"]", claim.get("folders").toString());
        assertEquals("HD-2024-0117", claim.get("orders").get(0).asText().replace("HD20240117", "HD-2024-0117"));
        assertEquals("payment", claim.get("clauses").get(0).get("type").asText());
        assertEquals(Sha256.of(files.get("DKT-000003-01-验货报告.txt")).hex(), claim.get("attachments").get(0).get("sha256").asText());
        assertEquals(summary.manifestSha256(), Sha256.of(files.get("manifest.json")).hex());

        String csv = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFseq,bates,file,sha256,date,date_utc,from,to,cc,subject"), csv);
        assertTrue(csv.contains("3,DKT-000003,DKT-000003.eml," + Sha256.of(CLAIM).hex() + ",2024-06-05T09:20:00+08:00"), csv);
    }

    @Test
    void theTimelinePdfShowsEveryScriptWithPageNumbersAndTheManifestHash() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(files.get("timeline.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertEquals(4, pages, "a cover and one page per message");
            assertTrue(text.contains("Page 1 of 4") && text.contains("Page 4 of 4"), text);
            assertTrue(text.contains("质量问题：订单号HD20240117"), text);
            assertTrue(text.contains("注文書の確認"), text);
            assertTrue(text.contains("طلب عرض سعر"), text);
            assertTrue(text.contains(Sha256.of(files.get("manifest.csv")).hex()), "the cover carries the manifest's hash");
            assertTrue(text.contains("Payment: 30% T/T deposit"), "the clause statement is printed");
            assertTrue(text.contains("Al Noor Trading Mon 2024-04-01 10:00 +04:00 (Asia/Dubai)"), "the customer's own clock: " + text);
            assertTrue(text.contains("Our time Mon 2024-04-01 14:00 +08:00 (Asia/Shanghai)"), text);
            assertTrue(text.contains(Sha256.of(files.get("DKT-000003-01-验货报告.txt")).hex()), "attachment hashes are listed");
            // Subsets only: three scripts' fonts, yet far below the 11 MB the full fonts weigh.
            assertTrue(files.get("timeline.pdf").length < 400_000, "timeline.pdf is " + files.get("timeline.pdf").length + " bytes");
        }
        String html = new String(files.get("timeline.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<mark>Payment: 30% T/T deposit, 70% against B/L copy.</mark>"), html);
        assertTrue(html.contains("质量问题：订单号HD20240117"));
    }

    @Test
    void theExportIsInTheCustodyLogAndTheArchiveStillVerifies() throws Exception {
        List<CustodyEntry> exported = new ArrayList<>();
        archive.pipeline().custody().forEach(e -> { if (e.event().equals("bundle-exported")) exported.add(e); });
        assertEquals(3, exported.size(), exported.toString());
        assertTrue(exported.getFirst().detail().contains("manifest.json sha256 " + summary.manifestSha256()), exported.getFirst().detail());
        assertEquals("test", exported.getFirst().actor());
        assertTrue(archive.verify().intact(), archive.verify().problems().toString());

        JsonNode custody = JSON.readTree(files.get("custody.json"));
        List<String> events = new ArrayList<>();
        custody.get("entries").forEach(e -> events.add(e.get("event").asText()));
        assertEquals(List.of("archived", "archived", "archived", "variant-archived"), events);
    }

    @Test
    void anIntactBundleVerifiesWithTheArchiveKey() {
        BundleVerifier.Report report = BundleVerifier.verify(bundle, Optional.of(ArchiveKey.parsePublicKey(archive.publicKeyPem())));
        assertEquals(List.of(), report.problems());
        assertTrue(report.keyTrusted());
        assertEquals(summary.keyFingerprint(), report.signer());
        assertEquals(3, report.messages());
        assertEquals(9, report.filesChecked());
    }

    @Test
    void anEditedManifestBreaksTheSignature() throws Exception {
        Map<String, byte[]> altered = new LinkedHashMap<>(files);
        altered.put("manifest.json", new String(files.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"subject\" : \"注文書の確認\"", "\"subject\" : \"注文書の取消\"").getBytes(StandardCharsets.UTF_8));
        List<String> problems = verify(altered, Optional.empty());
        assertEquals(List.of("signature: manifest.sig is not a valid signature of manifest.json by key " + summary.keyFingerprint()
                + ": one of the two was changed"), problems);
    }

    @Test
    void aBundleSignedByAnotherKeyIsRefusedWhenTheArchiveKeyIsGiven() throws Exception {
        ArchiveKey other = ArchiveKey.openOrCreate(dir.resolve("other-key"));
        List<String> problems = verify(files, Optional.of(other.publicKey()));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("signature: manifest.json names key " + summary.keyFingerprint() + ", not the archive key given"));
    }

    @Test
    void aBundleThatIsNotAZipIsAClearVerdict() throws Exception {
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        List<String> problems = BundleVerifier.verify(junk, Optional.empty()).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith("not a readable zip file: junk.zip"), problems.getFirst());
    }

    @Test
    void requestsThatSelectNothingOrDoNotParseAreTypedErrors() {
        OutputStream sink = new ByteArrayOutputStream();
        assertEquals("no message names order NOPE-0000", assertThrows(NothingToExportException.class,
                () -> archive.exportBundle(BundleRequest.of("NOPE-0000", null, null), "test", sink)).getMessage());
        assertEquals("no thread with id nothread", assertThrows(NothingToExportException.class,
                () -> archive.exportBundle(BundleRequest.of(null, null, "nothread"), "test", sink)).getMessage());
        assertEquals("no message matches the query from:nobody.example", assertThrows(NothingToExportException.class,
                () -> archive.exportBundle(BundleRequest.of(null, "from:nobody.example", null), "test", sink)).getMessage());
        assertThrows(InvalidQueryException.class, () -> archive.exportBundle(BundleRequest.of(null, "subject:(", null), "test", sink));
        assertEquals("give exactly one of order, query or thread (got order and query)",
                assertThrows(IllegalArgumentException.class, () -> BundleRequest.of("HD-1", "x", null)).getMessage());
        assertEquals("give exactly one of order, query or thread",
                assertThrows(IllegalArgumentException.class, () -> BundleRequest.of(null, " ", null)).getMessage());
    }

    private List<String> verify(Map<String, byte[]> content, Optional<java.security.PublicKey> key) throws Exception {
        Path altered = Files.createTempFile(dir, "altered-", ".zip");
        Files.write(altered, zip(content));
        return BundleVerifier.verify(altered, key).problems();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
