package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.demo.SampleMailbox;
import io.docket.evidence.bundle.ArchiveKey;
import io.docket.evidence.bundle.BundleVerifier;
import io.docket.model.Sha256;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * POST /api/v1/exports and GET /api/v1/exports/{id} over the sample trade mailbox: the HD-2024-0117
 * bundle comes back as a zip that verifies against the archive's key, holds the archive's originals
 * byte for byte and a timeline PDF whose text includes the Chinese claim; bad requests are 400 and an
 * unknown order or export 404, with the API's one error shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundleEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path data;
    private LiveServer live;
    private HttpResponse<byte[]> created;
    private JsonNode createdBody;
    private HttpResponse<byte[]> download;

    @BeforeAll
    void exportTheOrder() throws Exception {
        data = Files.createTempDirectory("docket-bundle-e2e");
        live = LiveServer.importing(data, List.of(LiveServer.samples().resolve("trade-mailbox")), SampleMailbox.trade());
        created = post("{\"order\": \"HD-2024-0117\"}");
        createdBody = JSON.readTree(created.body());
        download = live.get("/api/v1/exports/" + createdBody.path("id").asText());
    }

    @AfterAll
    void stop() throws Exception {
        if (live != null) live.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private HttpResponse<byte[]> post(String body) throws Exception {
        return live.http.send(live.request(("/api/v1/exports")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void postingAnOrderMakesABundleToDownload() {
        assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
        String id = createdBody.get("id").asText();
        assertTrue(id.matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}"), id);
        assertEquals("/api/v1/exports/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals("order HD-2024-0117", createdBody.get("request").asText());
        assertEquals(23, createdBody.get("messages").asInt());

        assertEquals(200, download.statusCode());
        assertEquals("application/zip", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"docket-bundle-" + id + ".zip\"", download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(createdBody.get("manifestSha256").asText(), Sha256.of(unzip(download.body()).get("manifest.json")).hex());
    }

    @Test
    void theDownloadVerifiesAgainstTheArchiveKey() throws Exception {
        Path zip = Files.write(data.resolve("downloaded.zip"), download.body());
        BundleVerifier.Report report = BundleVerifier.verify(zip, Optional.of(ArchiveKey.parsePublicKey(live.archive.publicKeyPem())));
        assertEquals(List.of(), report.problems());
        assertEquals(createdBody.get("keyFingerprint").asText(), report.signer());
    }

    @Test
    void everyEmlIsTheArchivedOriginal() throws Exception {
        Map<String, byte[]> files = unzip(download.body());
        JsonNode messages = JSON.readTree(files.get("manifest.json")).get("messages");
        assertEquals(23, messages.size());
        for (JsonNode m : messages) {
            var original = live.archive.raw(m.get("id").asText(), Optional.empty()).orElseThrow();
            assertEquals(original.sha256().hex(), Sha256.of(files.get(m.get("file").asText())).hex(), m.get("bates").asText());
        }
    }

    @Test
    void theTimelinePdfHasTheChineseClaimAndAPageForEveryMessage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(unzip(download.body()).get("timeline.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 24, "a cover and at least a page per message: " + pages);
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), "page numbers");
            assertTrue(text.contains("质量问题"), "the Chinese claim is text, not boxes");
            assertTrue(text.contains("质量问题：订单号HD20240117 驱动电源闪烁索赔"), "the claim's subject");
            // Lily's 1 March reply, as the order's evidence list dates it: 04:20 in Hamburg, 11:20 in Shenzhen.
            assertTrue(text.contains("Müller GmbH Fri 2024-03-01 04:20 +01:00 (Europe/Berlin)"), "the customer's local time, named");
            assertTrue(text.contains("Our time Fri 2024-03-01 11:20 +08:00 (Asia/Shanghai)"), "our local time");
            assertTrue(text.contains("(Europe/Berlin)") && text.contains("(Asia/Shanghai)"), "both parties' clocks");
            assertTrue(text.contains("L/C at sight"), "the clause statements are printed");
        }
    }

    @Test
    void badRequestsAre400WithTheReasonAndUnknownThings404() throws Exception {
        assertError(post("{}"), 400, "give exactly one of order, query or thread");
        assertError(post("{\"order\": \"HD-2024-0117\", \"thread\": \"t1\"}"), 400, "give exactly one of order, query or thread (got order and thread)");
        assertError(post("{\"orders\": \"HD-2024-0117\"}"), 400, "unknown field(s) orders: give one of order, query or thread");
        assertError(post("{\"order\": 117}"), 400, "order must be a string");
        assertError(post("[\"HD-2024-0117\"]"), 400, "the body must be a JSON object with one of order, query or thread");
        assertError(post("{order"), 400, "the body is not valid JSON: expected {\"order\": ...}, {\"query\": ...} or {\"thread\": ...}");
        HttpResponse<byte[]> badQuery = post("{\"query\": \"subject:(\"}");
        assertEquals(400, badQuery.statusCode());
        assertTrue(JSON.readTree(badQuery.body()).get("detail").asText().contains("position"), new String(badQuery.body(), StandardCharsets.UTF_8));
        assertError(post("{\"order\": \"NOPE-0000\"}"), 404, "no message names order NOPE-0000");
        assertError(post("{\"thread\": \"no-such-thread\"}"), 404, "no thread with id no-such-thread");
        HttpResponse<byte[]> unknown = live.get("/api/v1/exports/20240101T000000Z-abcdef");
        assertError(unknown, 404, "no export with id 20240101T000000Z-abcdef");
        assertEquals(404, live.get("/api/v1/exports/..%2F..%2Fstore").statusCode());
    }

    @Test
    void exportResponsesMatchTheOpenApiDocument() throws Exception {
        JsonNode openapi = live.json("/api/v1/openapi.json").body();
        JsonNode schemas = openapi.get("components").get("schemas");
        LiveServer.assertMatchesSchema(schemas, "ExportCreated", createdBody);
        LiveServer.assertMatchesSchema(schemas, "Error", JSON.readTree(post("{}").body()));
        assertTrue(openapi.get("paths").get("/api/v1/exports").has("post"));
        assertTrue(openapi.get("paths").get("/api/v1/exports/{id}").get("get").get("responses").get("200").get("content").has("application/zip"));
    }

    private static void assertError(HttpResponse<byte[]> response, int status, String detail) throws Exception {
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, response.statusCode(), body.toString());
        assertEquals(status == 400 ? "bad_request" : "not_found", body.get("error").asText());
        assertEquals(detail, body.get("detail").asText());
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new AssertionError("not a zip", e);
        }
        return out;
    }
}
