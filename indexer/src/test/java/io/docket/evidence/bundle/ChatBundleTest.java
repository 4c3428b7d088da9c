package io.docket.evidence.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.CustomerConfig;
import io.docket.config.TradeConfig;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatLimits;
import io.docket.harvest.files.FileSource;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
 * The bundle of order HD-2024-0117 once its WhatsApp exports are archived beside its mail: each export
 * file once and byte for byte, each chat message a manifest line pointing at it with its lines and
 * confirmation check, unconfirmed agreements marked in the timeline, and the verifier still satisfied.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatBundleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("docket.root", "..")).resolve("samples");
    private static final Path ANDROID = SAMPLES.resolve("chats/WhatsApp Chat with Hans Müller.txt");
    private static final Path IOS = SAMPLES.resolve("chats/WhatsApp Chat - Petra Schmidt.zip");

    private Path dir;
    private EmbeddedArchive archive;
    private Path bundle;
    private Map<String, byte[]> files;
    private JsonNode manifest;

    @BeforeAll
    void exportTheOrder() throws Exception {
        dir = Files.createTempDirectory("docket-chat-bundle");
        archive = Archives.open(dir.resolve("data"), new TradeConfig(List.of("huada-lighting.com"), ZoneId.of("Asia/Shanghai"),
                List.of(new CustomerConfig("Müller GmbH", List.of("mueller-gmbh.de"), List.of(), List.of("Hans Müller", "Petra Schmidt"), List.of())),
                List.of()));
        new FileSource(List.of(SAMPLES.resolve("trade-mailbox"))).emitTo(archive.sink());
        archive.commit();
        archive.importChat(ChatExport.read(ANDROID, ChatLimits.DEFAULTS), "sales", "", Optional.empty(), Optional.empty());
        archive.importChat(ChatExport.read(IOS, ChatLimits.DEFAULTS), "qc", "Müller GmbH", Optional.empty(), Optional.empty());
        bundle = dir.resolve("HD-2024-0117.zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            archive.exportBundle(BundleRequest.of("HD-2024-0117", null, null), "test", out);
        }
        files = unzip(Files.readAllBytes(bundle));
        manifest = JSON.readTree(files.get("manifest.json"));
    }

    @AfterAll
    void close() throws Exception {
        archive.close();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    private List<JsonNode> chatMessages() {
        List<JsonNode> out = new ArrayList<>();
        manifest.get("messages").forEach(m -> { if (m.get("source").asText().equals("whatsapp")) out.add(m); });
        return out;
    }

    @Test
    void eachExportIsInTheBundleOnceByteForByteAndEachChatMessagePointsAtItsLines() throws Exception {
        assertEquals(Manifest.FORMAT, manifest.get("format").asText());
        List<JsonNode> chats = chatMessages();
        assertEquals(16, chats.size(), "the conversations that name the order: 9 on 29 Feb / 1 Mar, 7 on 10 April");
        List<String> exportFiles = files.keySet().stream().filter(n -> n.contains("-chat.")).toList();
        assertEquals(2, exportFiles.size(), exportFiles.toString());
        assertArrayEquals(Files.readAllBytes(ANDROID), files.get(exportFiles.stream().filter(n -> n.endsWith(".txt")).findFirst().orElseThrow()));
        assertArrayEquals(Files.readAllBytes(IOS), files.get(exportFiles.stream().filter(n -> n.endsWith(".zip")).findFirst().orElseThrow()));
        JsonNode lily = chats.stream().filter(m -> m.get("from").asText().equals("Lily Chen") && m.get("lines").asText().equals("9"))
                .findFirst().orElseThrow();
        assertTrue(lily.get("file").asText().endsWith("-chat.txt"));
        assertEquals("Hans Müller", lily.get("chat").asText());
        JsonNode report = chats.stream().filter(m -> m.get("attachments").size() > 0 && m.get("attachments").get(0).get("name").asText().endsWith(".pdf"))
                .findFirst().orElseThrow();
        String pdf = report.get("attachments").get(0).get("file").asText();
        assertTrue(pdf.endsWith("-01-00000014-Inspection_Report_HD-2024-0117.pdf"), pdf);
        assertEquals("%PDF", new String(files.get(pdf), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void theManifestCarriesEachChatTermsConfirmationCheck() {
        List<String> agreements = new ArrayList<>();
        Map<String, String> batesById = new LinkedHashMap<>();
        manifest.get("messages").forEach(m -> batesById.put(m.get("id").asText(), m.get("bates").asText()));
        for (JsonNode m : chatMessages()) {
            for (JsonNode a : m.get("agreements")) {
                agreements.add(m.get("from").asText() + " " + a.get("type").asText() + " " + a.get("status").asText());
                if (a.get("status").asText().equals("confirmed")) {
                    assertEquals(batesById.get(a.get("confirmedBy").asText()), a.get("confirmedByBates").asText(), "the confirming email is in the bundle");
                }
            }
        }
        assertEquals(List.of("Hans Müller price confirmed", "Hans Müller incoterm confirmed", "Hans Müller payment confirmed",
                "Lily Chen incoterm confirmed", "Lily Chen price confirmed", "Lily Chen payment confirmed",
                "Petra Schmidt delivery unconfirmed", "Kevin Wang delivery unconfirmed"), agreements);
        String csv = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("delivery: ETD 2024-04-12 unconfirmed"), csv);
    }

    @Test
    void theTimelineMarksUnconfirmedAgreements() throws Exception {
        String html = new String(files.get("timeline.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Chat agreements not confirmed by email"), html);
        assertTrue(html.contains("<mark>UNCONFIRMED delivery: ETD 2024-04-12"), html);
        assertTrue(html.contains("<mark>UNCONFIRMED: no later email about HD-2024-0117 states this term with this value</mark>"), html);
        assertTrue(html.contains("confirmed by DKT-"), html);
        try (PDDocument pdf = Loader.loadPDF(files.get("timeline.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("UNCONFIRMED"), text);
            assertTrue(text.contains("WhatsApp Petra Schmidt, lines 4-5"), text);
        }
    }

    @Test
    void theBundleVerifiesAndAChangedExportIsNamed() throws Exception {
        BundleVerifier.Report report = BundleVerifier.verify(bundle, Optional.empty());
        assertTrue(report.verified(), report.problems().toString());

        String export = files.keySet().stream().filter(n -> n.endsWith("-chat.txt")).findFirst().orElseThrow();
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(changed, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                byte[] bytes = e.getKey().equals(export)
                        ? new String(e.getValue(), StandardCharsets.UTF_8).replace("USD 12.50/pc", "USD 11.50/pc").getBytes(StandardCharsets.UTF_8)
                        : e.getValue();
                out.write(bytes);
            }
        }
        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, changed.toByteArray());
        BundleVerifier.Report bad = BundleVerifier.verify(tampered, Optional.empty());
        assertFalse(bad.verified());
        assertTrue(bad.problems().stream().anyMatch(p -> p.startsWith("changed: " + export)), bad.problems().toString());
    }
}
