package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.demo.SampleMailbox;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * WhatsApp exports through the HTTP API over the sample trade mailbox: both sample exports uploaded
 * (one as the body, one as a multipart form), searched, placed in order HD-2024-0117's evidence beside its
 * mail with each chat term confirmed or not, listed when open, read back byte for byte; bad uploads refused
 * with the API's one error shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatApiEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHATS = LiveServer.samples().resolve("chats");
    private static final String ANDROID = "WhatsApp Chat with Hans Müller.txt";
    private static final String IOS = "WhatsApp Chat - Petra Schmidt.zip";

    private Path data;
    private LiveServer live;
    private LiveServer.Json android;
    private LiveServer.Json ios;

    @BeforeAll
    void importMailThenUploadChats() throws Exception {
        data = Files.createTempDirectory("docket-chat-e2e");
        live = LiveServer.importing(data, List.of(LiveServer.samples().resolve("trade-mailbox")), SampleMailbox.trade());
        android = upload("/api/v1/chats?account=sales&filename=" + enc(ANDROID), Files.readAllBytes(CHATS.resolve(ANDROID)), "text/plain");
        ios = multipart("/api/v1/chats?account=qc&customer=" + enc("Müller GmbH"), IOS, Files.readAllBytes(CHATS.resolve(IOS)));
    }

    @AfterAll
    void stop() throws Exception {
        if (live != null) live.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private LiveServer.Json upload(String path, byte[] body, String type) throws Exception {
        HttpRequest request = live.request(path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = live.http.send(request, HttpResponse.BodyHandlers.ofString());
        return new LiveServer.Json(response.statusCode(), JSON.readTree(response.body()));
    }

    private LiveServer.Json multipart(String path, String fileName, byte[] file) throws Exception {
        String boundary = "docket-test-boundary";
        var out = new java.io.ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return upload(path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private JsonNode evidence() throws Exception {
        LiveServer.Json response = live.json("/api/v1/orders/HD-2024-0117/evidence");
        assertEquals(200, response.status(), response.body().toString());
        return response.body();
    }

    @Test
    void anUploadSaysHowTheExportWasReadAndWhatWasArchived() throws Exception {
        assertEquals(201, android.status(), android.body().toString());
        JsonNode a = android.body();
        assertEquals(ANDROID, a.get("file").asText());
        assertEquals("Hans Müller", a.get("chat").asText());
        assertEquals("android", a.get("format").asText());
        assertEquals("day-first", a.get("dateOrder").asText());
        assertEquals("Asia/Shanghai", a.get("zone").asText());
        assertEquals("company", a.get("zoneSource").asText());
        assertEquals(9, a.get("archived").asInt());
        assertEquals("muller-gmbh", a.get("customers").get(0).asText());
        assertEquals(sha256(Files.readAllBytes(CHATS.resolve(ANDROID))), a.get("sha256").asText());

        assertEquals(201, ios.status(), ios.body().toString());
        assertEquals("ios", ios.body().get("format").asText());
        assertEquals("month-first", ios.body().get("dateOrder").asText());
        assertEquals(2, ios.body().get("attachments").asInt());
        LiveServer.assertMatchesSchema(live.json("/api/v1/openapi.json").body().get("components").get("schemas"), "ChatImport", a);
    }

    @Test
    void uploadingTheSameExportAgainArchivesNothingNew() throws Exception {
        LiveServer.Json again = upload("/api/v1/chats?account=sales&filename=" + enc(ANDROID), Files.readAllBytes(CHATS.resolve(ANDROID)),
                "application/octet-stream");
        assertEquals(201, again.status(), again.body().toString());
        assertEquals(0, again.body().get("archived").asInt());
        assertEquals(9, again.body().get("duplicates").asInt());
        assertFalse(again.body().get("newOriginal").asBoolean());
    }

    @Test
    void chatMessagesAreFoundWithTheQueryLanguage() throws Exception {
        JsonNode all = live.search("source:whatsapp").body();
        assertEquals(18, all.get("total").asInt());
        all.get("hits").forEach(h -> assertEquals("whatsapp", h.get("source").asText()));
        JsonNode report = live.search("source:whatsapp attachment:\"pre-shipment inspection\"").body();
        assertEquals(1, report.get("total").asInt());
        assertEquals("Kevin Wang", report.get("hits").get(0).get("from").get("name").asText());
        assertEquals(1, live.search("source:whatsapp \"L/C at sight\" from:\"Lily Chen\"").body().get("total").asInt());
        int mail = live.search("source:email").body().get("total").asInt();
        assertEquals(live.json("/api/v1/stats").body().get("messages").asInt(), mail + 18);
    }

    @Test
    void theOrderTimelineMixesChatAndMailInTimeOrder() throws Exception {
        JsonNode items = evidence().get("items");
        List<OffsetDateTime> dates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        items.forEach(i -> {
            dates.add(OffsetDateTime.parse(i.get("dateUtc").asText()));
            sources.add(i.get("source").asText());
        });
        for (int i = 1; i < dates.size(); i++) assertFalse(dates.get(i).isBefore(dates.get(i - 1)), "ascending by time");
        // Hans's counter-proposal mail (16:40 Hamburg), then his WhatsApp summary twelve minutes later, then Lily's reply mail.
        int counter = indexOf(items, "AW: Re: Anfrage LED-Panels 600x600 40W");
        assertEquals("whatsapp", sources.get(counter + 1));
        JsonNode chat = items.get(counter + 1);
        assertEquals("Hans Müller", chat.get("chat").get("chat").asText());
        assertEquals(2, chat.get("chat").get("firstLine").asInt());
        assertEquals(16, sources.stream().filter("whatsapp"::equals).count());
        JsonNode schemas = live.json("/api/v1/openapi.json").body().get("components").get("schemas");
        LiveServer.assertMatchesSchema(schemas, "EvidenceItem", chat);
        LiveServer.assertMatchesSchema(schemas, "EvidenceChatRef", chat.get("chat"));
        LiveServer.assertMatchesSchema(schemas, "OrderEvidence", evidence());
    }

    @Test
    void oneAgreementIsConfirmedByALaterEmailAndOneIsNot() throws Exception {
        JsonNode ev = evidence();
        Map<String, JsonNode> items = new HashMap<>();
        ev.get("items").forEach(i -> items.put(i.get("id").asText(), i));
        JsonNode price = null;
        JsonNode delivery = null;
        for (JsonNode a : ev.get("chatAgreements")) {
            if (a.get("from").get("name").asText().equals("Lily Chen") && a.get("type").asText().equals("price")) price = a;
            if (a.get("from").get("name").asText().equals("Kevin Wang") && a.get("type").asText().equals("delivery")) delivery = a;
        }
        assertEquals("confirmed", price.get("status").asText());
        assertEquals("USD 12.50/pc", price.get("value").asText());
        assertTrue(price.get("viaThread").asBoolean(), "Lily's acceptance names no order; its conversation does");
        JsonNode email = price.get("confirmedBy");
        assertEquals("RE: AW: Re: Anfrage LED-Panels 600x600 40W", email.get("subject").asText());
        assertEquals("2024-03-01T11:20:00+08:00", email.get("date").asText());
        assertEquals("email", items.get(email.get("id").asText()).get("source").asText(), "the confirming email is in the timeline");

        assertEquals("unconfirmed", delivery.get("status").asText());
        assertEquals("ETD 2024-04-12", delivery.get("value").asText());
        assertTrue(delivery.get("confirmedBy").isNull());
        JsonNode schemas = live.json("/api/v1/openapi.json").body().get("components").get("schemas");
        LiveServer.assertMatchesSchema(schemas, "ChatAgreement", price);
        LiveServer.assertMatchesSchema(schemas, "ChatConfirmation", email);
    }

    @Test
    void theOpenAgreementsAreListedOldestFirst() throws Exception {
        LiveServer.Json response = live.json("/api/v1/unconfirmed");
        assertEquals(200, response.status());
        JsonNode open = response.body();
        assertEquals(2, open.get("total").asInt(), open.toString());
        JsonNode first = open.get("agreements").get(0);
        assertEquals("Petra Schmidt", first.get("from").get("name").asText());
        assertEquals("2024-04-10T15:09:12+08:00", first.get("date").asText());
        assertEquals("HD-2024-0117", first.get("orders").get(0).get("order").asText());
        assertEquals("Kevin Wang", open.get("agreements").get(1).get("from").get("name").asText());
        JsonNode schemas = live.json("/api/v1/openapi.json").body().get("components").get("schemas");
        LiveServer.assertMatchesSchema(schemas, "Unconfirmed", open);
        LiveServer.assertMatchesSchema(schemas, "OpenAgreement", first);
        assertEquals(1, live.json("/api/v1/unconfirmed?limit=1").body().get("agreements").size());
    }

    @Test
    void aChatMessageReadsBackWithItsLinesAndItsExportByteForByte() throws Exception {
        String id = android.body().get("ids").get(3).asText();
        JsonNode m = live.json("/api/v1/messages/" + id).body();
        assertEquals("whatsapp", m.get("source").asText());
        assertEquals("OK, we can accept the price of USD 12.50/pc for 6,000 pcs CIF Hamburg.", m.get("body").asText());
        assertEquals("01/03/2024, 08:49 - Lily Chen: OK, we can accept the price of USD 12.50/pc for 6,000 pcs CIF Hamburg.\n",
                m.get("chat").get("lines").asText());
        assertEquals("company", m.get("chat").get("zoneSource").asText());
        LiveServer.assertMatchesSchema(live.json("/api/v1/openapi.json").body().get("components").get("schemas"), "Message", m);
        LiveServer.assertMatchesSchema(live.json("/api/v1/openapi.json").body().get("components").get("schemas"), "ChatRef", m.get("chat"));

        HttpResponse<byte[]> raw = live.get("/api/v1/messages/" + id + "/raw");
        assertEquals(200, raw.statusCode());
        byte[] export = Files.readAllBytes(CHATS.resolve(ANDROID));
        assertArrayEquals(export, raw.body());
        assertEquals("sha-256=" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(export)),
                raw.headers().firstValue("Digest").orElse(""));
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));

        String withPdf = ios.body().get("ids").get(5).asText();
        HttpResponse<byte[]> pdf = live.get("/api/v1/messages/" + withPdf + "/attachments/0");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void badUploadsAreRefusedWithAReadableReason() throws Exception {
        LiveServer.Json garbage = upload("/api/v1/chats?filename=notes.txt", "Minutes of Monday\nno chat here\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(400, garbage.status());
        assertEquals("{\"error\":\"bad_request\",\"detail\":\"not a WhatsApp chat export: no line starts with a time stamp such as "
                + "\\\"12/03/2024, 14:05 - Name:\\\" (Android) or \\\"[12/03/2024, 14:05:31] Name:\\\" (iOS)\"}", garbage.body().toString());
        LiveServer.Json binary = upload("/api/v1/chats?filename=photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1}, "image/jpeg");
        assertEquals(400, binary.status());
        assertEquals("photo.jpg is not a text file (it holds binary data)", binary.body().get("detail").asText());
        LiveServer.Json broken = upload("/api/v1/chats?filename=chat.zip", "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1), "application/zip");
        assertEquals(400, broken.status());
        assertTrue(broken.body().get("detail").asText().startsWith("chat.zip"), broken.body().toString());
        assertEquals(400, upload("/api/v1/chats", new byte[0], "text/plain").status());

        byte[] ambiguous = "03/04/2024, 10:00 - Hans Müller: Order No. HD-2024-0117: USD 12.40/pc?\n".getBytes(StandardCharsets.UTF_8);
        LiveServer.Json refused = upload("/api/v1/chats?filename=" + enc("WhatsApp Chat with Hans Müller (2).txt"), ambiguous, "text/plain");
        assertEquals(400, refused.status());
        assertTrue(refused.body().get("detail").asText().contains("dateOrder="), refused.body().toString());
        assertEquals(400, upload("/api/v1/chats?dateOrder=sideways", ambiguous, "text/plain").status());
        assertEquals(400, upload("/api/v1/chats?zone=Mars/Base", ambiguous, "text/plain").status());
        LiveServer.Json unknown = upload("/api/v1/chats?dateOrder=day-first&customer=Nobody", ambiguous, "text/plain");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().get("detail").asText().startsWith("no customer \"Nobody\""), unknown.body().toString());
        LiveServer.Json noFile = upload("/api/v1/chats", ("--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n")
                .getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=b");
        assertEquals(400, noFile.status());
        assertEquals("a multipart upload needs the export in a part named \"file\"", noFile.body().get("detail").asText());
    }

    private static int indexOf(JsonNode items, String subject) {
        for (int i = 0; i < items.size(); i++) if (items.get(i).get("subject").asText().equals(subject)) return i;
        throw new AssertionError("no item " + subject);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
