package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.docket.model.Sha256;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON API over a real archive of the sample trade mailbox and the parse fixtures, through a real
 * server on a loopback port: the query language, the hit shape, originals and attachments byte for
 * byte, threads, and every kind of bad input answered with a 400 that says what is wrong.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiEndToEndTest {
    private Path data;
    private LiveServer live;

    @BeforeAll
    void importSamplesAndServe() throws Exception {
        data = Files.createTempDirectory("docket-api-e2e");
        Path samples = LiveServer.samples();
        live = LiveServer.importing(data, List.of(samples.resolve("trade-mailbox"), samples.resolve("fixtures")),
                io.docket.demo.SampleMailbox.trade());
    }

    @AfterAll
    void stop() throws Exception {
        if (live != null) live.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private JsonNode ok(String query) throws Exception {
        LiveServer.Json response = live.search(query);
        assertEquals(200, response.status(), query + " -> " + response.body());
        return response.body();
    }

    private static List<String> subjects(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("subject").asText()));
        return out;
    }

    private JsonNode onlyHit(String query) throws Exception {
        JsonNode result = ok(query);
        assertEquals(1, result.get("total").asInt(), query + " -> " + subjects(result));
        return result.get("hits").get(0);
    }

    /** Small objects list their fields in one order, the same after every restart (Map.of's order changes with each JVM). */
    @Test
    void smallObjectsKeepTheirFieldOrder() throws Exception {
        JsonNode result = ok("from:hans.mueller@mueller-gmbh.de");
        JsonNode hit = result.get("hits").get(0);
        assertEquals(List.of("name", "address"), fieldNames(hit.get("from")));
        assertEquals(List.of("value", "count"), fieldNames(result.get("facets").get("year").get(0)));
        JsonNode message = live.json("/api/v1/messages/" + hit.get("id").asText()).body();
        assertEquals(List.of("source", "account", "folder", "locator"), fieldNames(message.get("places").get(0)));
        assertEquals(List.of("sha256", "size"), fieldNames(message.get("originals").get(0)));
        assertEquals(List.of("name", "value"), fieldNames(message.get("headers").get(0)));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aHitCarriesTheDocumentedFieldsWithTheSendersOffsetAndUtc() throws Exception {
        JsonNode result = ok("from:hans.mueller@mueller-gmbh.de \"L/C at sight\"");
        assertTrue(result.get("total").asInt() > 0);
        assertTrue(result.get("tookMs").isNumber());
        JsonNode hit = result.get("hits").get(0);
        for (String field : List.of("id", "messageId", "threadId", "date", "dateUtc", "from", "to", "cc", "subject", "snippet",
                "attachments", "folders", "lang")) {
            assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
        }
        assertFalse(hit.get("messageId").asText().contains("<"), "Message-ID without angle brackets");
        assertEquals("Hans Müller", hit.get("from").get("name").asText());
        assertEquals("hans.mueller@mueller-gmbh.de", hit.get("from").get("address").asText());
        OffsetDateTime local = OffsetDateTime.parse(hit.get("date").asText());
        OffsetDateTime utc = OffsetDateTime.parse(hit.get("dateUtc").asText());
        assertEquals(local.toInstant(), utc.toInstant());
        assertTrue(local.getOffset().getTotalSeconds() == 3600 || local.getOffset().getTotalSeconds() == 7200, "Hamburg offset: " + local);
        assertTrue(hit.get("dateUtc").asText().endsWith("Z"));
        assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.get("snippet").asText());
        assertEquals("de", hit.get("lang").asText());
        for (String facet : List.of("from", "year", "folder", "hasAttachment")) assertTrue(result.get("facets").has(facet), facet);
    }

    @Test
    void snippetsAreHtmlEscapedAroundTheMarks() throws Exception {
        // Quote headers carry "Name <address>": the angle brackets must arrive escaped, only <mark> is markup.
        JsonNode result = ok("wrote lily.chen@huada-lighting.com");
        assertTrue(result.get("total").asInt() > 0);
        boolean sawEscaped = false;
        for (JsonNode hit : result.get("hits")) {
            String snippet = hit.get("snippet").asText();
            assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
            sawEscaped |= snippet.contains("&lt;");
        }
        assertTrue(sawEscaped, "some snippet shows an escaped quote header");
    }

    @Test
    void theSameMessageInInboxAndSentIsOneHitSeenInBothFolders() throws Exception {
        JsonNode result = ok("folder:INBOX folder:Sent");
        assertTrue(result.get("total").asInt() >= 10, "ten messages sit in both folders: " + result.get("total"));
        JsonNode folders = result.get("hits").get(0).get("folders");
        assertEquals(2, folders.size(), folders.toString());
        List<String> ids = new ArrayList<>();
        ok("").get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(ids.size(), ids.stream().distinct().count(), "one hit per message");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            from:mueller-gmbh.de                                       | 9
            from:"Hans Müller"                                         | 9
            from:hans                                                  | 9
            from:mueller-gmbh.de -subject:Abwesenheitsnotiz            | 8
            attachment:HD-2024-0142                                    | 1
            body:HD-2024-0142                                          | 0
            HD-2024-0142                                               | 1
            lang:ja                                                    | 6
            from:iberia-importaciones.es lang:es                       | 6
            from:tanaka-shoji.co.jp lang:ja                            | 3
            from:minghui-power.cn lang:zh                              | 2
            (pedido OR commande) from:iberia-importaciones.es          | 5
            "L/C at sight"                                             | 9
            date:2024-03..2024-03 from:mueller-gmbh.de                 | 2
            date:2024-02..2024-03 from:mueller-gmbh.de                 | 4
            """)
    void operatorsFindWhatTheSampleMailboxHolds(String query, int expected) throws Exception {
        JsonNode result = ok(query);
        assertEquals(expected, result.get("total").asInt(), query + " -> " + subjects(result));
    }

    @Test
    void addressOperatorsMatchTheFieldTheyName() throws Exception {
        JsonNode result = ok("to:lily.chen@huada-lighting.com from:mueller-gmbh.de");
        assertTrue(result.get("total").asInt() > 0);
        result.get("hits").forEach(h -> assertTrue(h.get("from").get("address").asText().endsWith("@mueller-gmbh.de"), h.toString()));
        assertEquals(0, ok("from:lily.chen@huada-lighting.com from:mueller-gmbh.de").get("total").asInt());
    }

    @Test
    void attachmentTextMatchesAreMarkedOnTheAttachment() throws Exception {
        JsonNode hit = onlyHit("attachment:HD-2024-0142");
        boolean matched = false;
        for (JsonNode a : hit.get("attachments")) matched |= a.get("matched").asBoolean() && a.get("name").asText().endsWith(".pdf");
        assertTrue(matched, hit.get("attachments").toString());
    }

    @Test
    void filenameFindsInternationalNamesAndHasAttachmentFilters() throws Exception {
        JsonNode result = ok("filename:Prüfbericht");
        assertTrue(result.get("total").asInt() >= 2, subjects(result).toString());
        // A file name query marks the attachments it names, by their names alone (their texts are not read for it).
        for (JsonNode hit : result.get("hits")) {
            for (JsonNode a : hit.get("attachments")) {
                assertEquals(a.get("name").asText().contains("Prüfbericht"), a.get("matched").asBoolean(), hit.get("attachments").toString());
            }
        }
        int withAttachments = ok("has:attachment").get("total").asInt();
        int all = ok("").get("total").asInt();
        assertTrue(withAttachments > 0 && withAttachments < all);
        assertEquals(all, withAttachments + ok("-has:attachment").get("total").asInt());
    }

    @Test
    void afterAndBeforeSplitTheArchiveAtADay() throws Exception {
        int all = ok("from:mueller-gmbh.de").get("total").asInt();
        int after = ok("from:mueller-gmbh.de after:2024-03-15").get("total").asInt();
        int before = ok("from:mueller-gmbh.de before:2024-03-15").get("total").asInt();
        assertTrue(after > 0 && before > 0);
        assertEquals(all, after + before);
    }

    @Test
    void sortByDateBothWaysAndStablePaging() throws Exception {
        List<OffsetDateTime> ascending = dates(live.json("/api/v1/search?q=from:mueller-gmbh.de&sort=date&limit=50").body());
        List<OffsetDateTime> descending = dates(live.json("/api/v1/search?q=from:mueller-gmbh.de&sort=-date&limit=50").body());
        for (int i = 1; i < ascending.size(); i++) assertFalse(ascending.get(i).isBefore(ascending.get(i - 1)));
        assertEquals(ascending, descending.reversed());

        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 4) {
            live.json("/api/v1/search?q=from:mueller-gmbh.de&sort=date&limit=4&offset=" + offset).body().get("hits")
                    .forEach(h -> pages.add(h.get("id").asText()));
        }
        List<String> whole = new ArrayList<>();
        live.json("/api/v1/search?q=from:mueller-gmbh.de&sort=date&limit=50").body().get("hits").forEach(h -> whole.add(h.get("id").asText()));
        assertEquals(whole, pages);
    }

    private static List<OffsetDateTime> dates(JsonNode result) {
        List<OffsetDateTime> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(OffsetDateTime.parse(h.get("dateUtc").asText())));
        return out;
    }

    @Test
    void rawReturnsTheOriginalBytesWithTheirDigest() throws Exception {
        Path file = LiveServer.samples().resolve("fixtures/charset-iso-2022-jp.eml");
        byte[] original = Files.readAllBytes(file);
        String id = idOf(file);
        HttpResponse<byte[]> raw = live.get("/api/v1/messages/" + id + "/raw");
        assertEquals(200, raw.statusCode());
        assertArrayEquals(original, raw.body());
        assertEquals("message/rfc822", raw.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Sha256 sha = Sha256.of(original);
        assertEquals("sha-256=" + Base64.getEncoder().encodeToString(sha.bytes()), raw.headers().firstValue("Digest").orElseThrow());
        JsonNode message = live.json("/api/v1/messages/" + id).body();
        assertEquals(sha.hex(), message.get("originals").get(0).get("sha256").asText());
    }

    private String idOf(Path emlFile) throws Exception {
        String messageId = null;
        for (String line : Files.readAllLines(emlFile, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = line.substring(11).strip().replaceAll("^<|>$", "");
                break;
            }
            if (line.isEmpty()) break;
        }
        assertNotNull(messageId, emlFile + " has a Message-ID");
        return onlyHit("id:" + messageId).get("id").asText();
    }

    @Test
    void messageDetailListsHeadersBodyPlacesOriginalsAndWarnings() throws Exception {
        JsonNode message = live.json("/api/v1/messages/" + idOf(LiveServer.samples().resolve("fixtures/malformed-truncated-boundary.eml"))).body();
        for (String field : List.of("headers", "body", "attachments", "places", "originals", "warnings", "folders")) {
            assertTrue(message.has(field), field);
        }
        List<String> codes = new ArrayList<>();
        message.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        assertTrue(codes.contains("truncated-multipart"), codes.toString());
        assertEquals("file", message.get("places").get(0).get("source").asText());
    }

    @Test
    void anAttachmentDownloadsWithTheHashTheListing() throws Exception {
        String id = idOf(LiveServer.samples().resolve("fixtures/attachment-pdf.eml"));
        JsonNode attachment = live.json("/api/v1/messages/" + id).body().get("attachments").get(0);
        HttpResponse<byte[]> download = live.get("/api/v1/messages/" + id + "/attachments/" + attachment.get("index").asInt());
        assertEquals(200, download.statusCode());
        assertEquals(attachment.get("sha256").asText(), Sha256.of(download.body()).hex());
        assertEquals(attachment.get("size").asLong(), download.body().length);
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().contains("proforma.pdf"));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
    }

    @Test
    void aThreadIsATreeOfTheConversationInTimeOrder() throws Exception {
        JsonNode first = ok("subject:\"Anfrage LED-Panels 600x600 40W\" -subject:Re -subject:AW").get("hits").get(0);
        JsonNode thread = live.json("/api/v1/threads/" + first.get("threadId").asText()).body();
        assertTrue(thread.get("size").asInt() >= 3, thread.toString());
        assertEquals(first.get("id").asText(), thread.get("messages").get(0).get("id").asText());
        assertTrue(thread.get("messages").get(0).get("replies").size() > 0);
        assertEquals(thread.get("size").asInt(), countNodes(thread.get("messages")));
    }

    private static int countNodes(JsonNode nodes) {
        int n = 0;
        for (JsonNode node : nodes) n += 1 + countNodes(node.get("replies"));
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/search?q=%28foo                        | 400 | position 0
            /api/v1/search?q=%22unclosed                   | 400 | unbalanced quote
            /api/v1/search?q=after%3A2024-13-45            | 400 | YYYY-MM-DD
            /api/v1/search?q=date%3A2024-05..2024-01       | 400 | starts after it ends
            /api/v1/search?q=a+OR                          | 400 | dangling OR
            /api/v1/search?q=from%3A                       | 400 | expected a value
            /api/v1/search?q=a&limit=-1                    | 400 | limit must be between
            /api/v1/search?q=a&limit=abc                   | 400 | whole number
            /api/v1/search?q=a&offset=x                    | 400 | offset
            /api/v1/search?q=a&sort=bogus                  | 400 | sort must be
            /api/v1/search?q=a&facets=maybe                | 400 | facets must be true or false
            /api/v1/search?q=a&exactFacets=1x              | 400 | exactFacets must be true or false
            /api/v1/messages/nope                          | 404 | no message
            /api/v1/messages/nope/raw                      | 404 | no message
            /api/v1/messages/nope/raw?sha256=xyz           | 400 | sha256
            /api/v1/messages/nope/attachments/x            | 400 | whole number
            /api/v1/threads/nope                           | 404 | no thread
            /api/v1/no-such-endpoint                       | 404 | no such endpoint
            """)
    void badInputGetsAReadableJsonError(String path, int status, String detail) throws Exception {
        LiveServer.Json response = live.json(path);
        assertEquals(status, response.status(), response.body().toString());
        assertTrue(response.body().get("detail").asText().contains(detail), response.body().toString());
        assertTrue(response.body().has("error"));
    }

    @Test
    void theWebUiIsServedWithAPolicyThatAllowsOnlyItsOwnScripts() throws Exception {
        HttpResponse<byte[]> page = live.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<script type=\"module\" src=\"/app.js\">"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.startsWith("default-src 'self';") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals(200, live.get("/search.js").statusCode());
        assertEquals(csp, live.get("/search.js").headers().firstValue("Content-Security-Policy").orElse(""));
    }

    /** Javalin has its own JSON for unknown routes when the client accepts JSON, as browsers' fetch does. */
    @Test
    void anUnknownEndpointAnswersTheOneErrorShapeWhateverTheClientAccepts() throws Exception {
        var request = live.request(("/api/v1/no-such-endpoint")).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> response = live.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertEquals("{\"error\":\"not_found\",\"detail\":\"no such endpoint: POST /api/v1/no-such-endpoint\"}", response.body());
    }

    @Test
    void anOverlongQueryIsRefusedNotRun() throws Exception {
        LiveServer.Json response = live.search("a ".repeat(1_100));
        assertEquals(400, response.status());
        assertTrue(response.body().get("detail").asText().contains("limit"));
    }

    @Test
    void healthAndStatsAnswer() throws Exception {
        assertEquals("ok", live.json("/api/v1/health").body().get("status").asText());
        JsonNode stats = live.json("/api/v1/stats").body();
        assertEquals(ok("").get("total").asLong(), stats.get("messages").asLong(), stats.toString());
    }

    /** The served OpenAPI document is the contract: live responses carry exactly the fields it lists. */
    @Test
    void responsesMatchTheOpenApiDocumentFieldForField() throws Exception {
        JsonNode openapi = live.json("/api/v1/openapi.json").body();
        JsonNode schemas = openapi.get("components").get("schemas");
        JsonNode result = ok("from:mueller-gmbh.de has:attachment");
        LiveServer.assertMatchesSchema(schemas, "SearchResult", result);
        JsonNode hit = result.get("hits").get(0);
        LiveServer.assertMatchesSchema(schemas, "Hit", hit);
        LiveServer.assertMatchesSchema(schemas, "Address", hit.get("from"));
        LiveServer.assertMatchesSchema(schemas, "Attachment", hit.get("attachments").get(0));
        LiveServer.assertMatchesSchema(schemas, "FacetCount", result.get("facets").get("year").get(0));
        LiveServer.assertMatchesSchema(schemas, "Message", live.json("/api/v1/messages/" + hit.get("id").asText()).body());
        JsonNode thread = live.json("/api/v1/threads/" + hit.get("threadId").asText()).body();
        LiveServer.assertMatchesSchema(schemas, "Thread", thread);
        LiveServer.assertMatchesSchema(schemas, "ThreadNode", thread.get("messages").get(0));
        LiveServer.assertMatchesSchema(schemas, "Stats", live.json("/api/v1/stats").body());
        LiveServer.assertMatchesSchema(schemas, "Error", live.search("(").body());
        for (String path : List.of("/api/v1/search", "/api/v1/messages/{id}", "/api/v1/messages/{id}/html", "/api/v1/messages/{id}/raw",
                "/api/v1/messages/{id}/attachments/{index}", "/api/v1/threads/{id}", "/api/v1/stats", "/api/v1/health")) {
            assertTrue(openapi.get("paths").has(path), "documented: " + path);
        }
    }


    @Test
    void facetsCountTheWholeResultAndRefineItWhenApplied() throws Exception {
        JsonNode result = ok("from:mueller-gmbh.de");
        int total = result.get("total").asInt();
        JsonNode facets = result.get("facets");
        // A mailbox-sized match set is always counted exactly (sampling starts above 50,000 matches).
        assertTrue(result.get("facetsExact").asBoolean(), result.toString());
        LiveServer.Json exact = live.json("/api/v1/search?limit=100&exactFacets=true&q=" + URLEncoder.encode("from:mueller-gmbh.de", StandardCharsets.UTF_8));
        assertEquals(facets, exact.body().get("facets"));
        assertEquals("2024", facets.get("year").get(0).get("value").asText());
        assertEquals(total, facets.get("year").get(0).get("count").asInt());
        int sum = 0;
        for (JsonNode bucket : facets.get("hasAttachment")) sum += bucket.get("count").asInt();
        assertEquals(total, sum);
        for (JsonNode bucket : facets.get("hasAttachment")) {
            String refined = "from:mueller-gmbh.de " + (bucket.get("value").asText().equals("yes") ? "" : "-") + "has:attachment";
            assertEquals(bucket.get("count").asInt(), ok(refined).get("total").asInt(), refined);
        }
        JsonNode folder = facets.get("folder").get(0);
        assertEquals(folder.get("count").asInt(), ok("from:mueller-gmbh.de folder:" + folder.get("value").asText()).get("total").asInt());
    }

    @Test
    void ccThreadAndIdOperatorsSelectExactly() throws Exception {
        JsonNode cc = ok("cc:huada-lighting.com");
        assertTrue(cc.get("total").asInt() > 0);
        for (JsonNode hit : cc.get("hits")) {
            assertTrue(hit.get("cc").toString().contains("@huada-lighting.com"), hit.get("cc").toString());
        }
        JsonNode any = ok("from:mueller-gmbh.de").get("hits").get(0);
        JsonNode thread = live.json("/api/v1/threads/" + any.get("threadId").asText()).body();
        assertEquals(thread.get("size").asInt(), ok("thread:" + any.get("threadId").asText()).get("total").asInt());
        assertEquals(any.get("id").asText(), onlyHit("id:" + any.get("messageId").asText()).get("id").asText());
        assertEquals(any.get("id").asText(), onlyHit("id:" + any.get("id").asText()).get("id").asText());
    }

    /** The HTML body is served sanitized, under a policy that would stop whatever the sanitizer missed. */
    @Test
    void htmlBodiesAreServedSanitizedUnderAStrictPolicy() throws Exception {
        JsonNode hostile = onlyHit("id:html-active-content@docket.example");
        assertTrue(live.json("/api/v1/messages/" + hostile.get("id").asText()).body().get("hasHtml").asBoolean());
        HttpResponse<byte[]> response = live.get("/api/v1/messages/" + hostile.get("id").asText() + "/html");
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals(SafeHtml.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        String html = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        for (String gone : List.of("<script", "pwned", "onload", "onerror", "onclick", "javascript:", "tracker.example",
                "phish.example", "<form", "<input", "<iframe", "<svg", "<meta http-equiv")) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(gone), gone + " in " + html);
        }
        for (String kept : List.of("Dear customer,", "<b>changed</b>", "href=\"https://www.example.com/terms\"",
                "src=\"data:image/png;base64,", "<td>Beneficiary</td>")) {
            assertTrue(html.contains(kept), kept + " in " + html);
        }

        JsonNode plain = onlyHit("id:bad-date@docket.example");
        LiveServer.Json none = live.json("/api/v1/messages/" + plain.get("id").asText() + "/html");
        assertEquals(404, none.status());
        assertEquals("{\"error\":\"not_found\",\"detail\":\"message " + plain.get("id").asText() + " has no HTML body\"}",
                none.body().toString());
        assertEquals(404, live.json("/api/v1/messages/nope/html").status());
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        var request = live.request(("/api/v1/search?q=LED"))
                .header("Origin", "https://evil.example").GET().build();
        HttpResponse<String> response = live.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    /** Words typed in any script find mail stored in legacy charsets; Latin accents are optional. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            质量问题                  | charset-gb2312@docket.example
            見積書                    | charset-iso-2022-jp@docket.example
            envio id:charset-iso-8859-1@docket.example | charset-iso-8859-1@docket.example
            manana id:charset-iso-8859-1@docket.example | charset-iso-8859-1@docket.example
            """)
    void multilingualWordsFindLegacyCharsetMail(String query, String messageId) throws Exception {
        List<String> ids = new ArrayList<>();
        ok(query).get("hits").forEach(h -> ids.add(h.get("messageId").asText()));
        assertTrue(ids.contains(messageId), query + " -> " + ids);
    }

    @Test
    void snippetsAndFacetsCanBeLeftOutForSpeed() throws Exception {
        JsonNode full = live.json("/api/v1/search?q=flicker&sort=date").body();
        JsonNode lean = live.json("/api/v1/search?q=flicker&sort=date&snippets=false&facets=false").body();
        assertEquals(full.get("total"), lean.get("total"));
        assertEquals(full.get("hits").get(0).get("id"), lean.get("hits").get(0).get("id"));
        assertEquals("", lean.get("hits").get(0).get("snippet").asText());
        assertEquals(0, lean.get("facets").size());
    }
}
