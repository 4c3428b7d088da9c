package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.access.AuditEvent;
import io.docket.access.Role;
import io.docket.demo.SampleMailbox;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Access control through the real server: a role × endpoint matrix, a rep who cannot reach another
 * customer's mail by any route, sessions with CSRF, sign-in throttling, audit entries for every kind
 * of look, and security headers on every answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REP_CUSTOMER = "muller-gmbh";
    private static final String PASSWORD = "a long enough password";

    private final MutableClock clock = new MutableClock();
    private Path data;
    private LiveServer live;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    /** A message of Müller GmbH's, and one of a customer the rep does not have. */
    private JsonNode ownMessage;
    private JsonNode foreignMessage;
    private String foreignOrder;
    private String ownOrder;

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory("docket-access-e2e");
        live = LiveServer.importing(data, List.of(LiveServer.samples().resolve("trade-mailbox")), SampleMailbox.trade(), clock);
        tokens.put("admin", live.adminToken);
        tokens.put("legal", live.access.directory().createToken("legal-client", Role.LEGAL, Set.of()));
        tokens.put("rep", live.access.directory().createToken("rep-client", Role.REP, Set.of(REP_CUSTOMER)));
        ownMessage = live.search("customer:" + REP_CUSTOMER + " has:attachment").body().get("hits").get(0);
        foreignMessage = live.search("has:attachment -customer:" + REP_CUSTOMER + " customer:iberia-importaciones").body().get("hits").get(0);
        ownOrder = live.json("/api/v1/orders?q=customer:" + REP_CUSTOMER).body().get("orders").get(0).get("order").asText();
        for (JsonNode o : live.json("/api/v1/orders").body().get("orders")) {
            if (o.get("customers").toString().contains(REP_CUSTOMER)) continue;
            foreignOrder = o.get("order").asText();
            break;
        }
        assertTrue(foreignOrder != null, "the sample has an order without Müller GmbH");
    }

    @AfterAll
    void stop() throws Exception {
        if (live != null) live.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private HttpResponse<String> call(String method, String path, Optional<String> token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(live.uri(path)).timeout(Duration.ofSeconds(60));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return live.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> as(String role, String path) throws Exception {
        return call("GET", path, Optional.ofNullable(tokens.get(role)), null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyEndpointAnswersEachRoleAsThePolicySays() throws Exception {
        String own = enc(ownMessage.get("id").asText());
        String foreign = enc(foreignMessage.get("id").asText());
        String exportId = JSON.readTree(call("POST", "/api/v1/exports", Optional.of(tokens.get("legal")),
                "{\"order\": \"" + ownOrder + "\"}").body()).get("id").asText();
        // expected statuses for: anonymous, admin, legal, rep
        record Row(String method, String path, String body, int anonymous, int admin, int legal, int rep) {}
        List<Row> matrix = List.of(
                new Row("GET", "/api/v1/health", null, 200, 200, 200, 200),
                new Row("GET", "/api/v1/openapi.json", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/session", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/stats", null, 401, 200, 200, 403),
                new Row("GET", "/api/v1/search?q=LED", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/messages/" + own, null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/messages/" + foreign, null, 401, 200, 200, 404),
                new Row("GET", "/api/v1/messages/" + own + "/raw", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/messages/" + foreign + "/raw", null, 401, 200, 200, 404),
                new Row("GET", "/api/v1/messages/" + own + "/attachments/" + ownMessage.get("attachments").get(0).get("index"), null,
                        401, 200, 200, 200),
                new Row("GET", "/api/v1/messages/" + foreign + "/attachments/" + foreignMessage.get("attachments").get(0).get("index"), null,
                        401, 200, 200, 404),
                new Row("GET", "/api/v1/threads/" + enc(ownMessage.get("threadId").asText()), null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/threads/" + enc(foreignMessage.get("threadId").asText()), null, 401, 200, 200, 404),
                new Row("GET", "/api/v1/orders", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/orders/" + enc(ownOrder) + "/evidence", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/orders/" + enc(foreignOrder) + "/evidence", null, 401, 200, 200, 404),
                new Row("GET", "/api/v1/customers", null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/customers/" + REP_CUSTOMER, null, 401, 200, 200, 200),
                new Row("GET", "/api/v1/customers/iberia-importaciones", null, 401, 200, 200, 404),
                new Row("POST", "/api/v1/exports", "{\"order\": \"" + ownOrder + "\"}", 401, 201, 201, 403),
                new Row("GET", "/api/v1/exports/" + exportId, null, 401, 200, 200, 403),
                new Row("GET", "/api/v1/audit", null, 401, 200, 200, 403),
                // Past the gate, a body that is no WhatsApp export is the uploader's mistake: 400, not 201.
                new Row("POST", "/api/v1/chats?filename=chat.txt", "not a chat export", 401, 400, 400, 403),
                new Row("GET", "/api/v1/unconfirmed", null, 401, 200, 200, 200),
                new Row("DELETE", "/api/v1/session", null, 401, 204, 204, 204));
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix) {
            int[] expected = {row.anonymous(), row.admin(), row.legal(), row.rep()};
            String[] roles = {"anonymous", "admin", "legal", "rep"};
            for (int i = 0; i < roles.length; i++) {
                int status = call(row.method(), row.path(), Optional.ofNullable(tokens.get(roles[i])), row.body()).statusCode();
                if (status != expected[i]) wrong.add(roles[i] + " " + row.method() + " " + row.path() + ": " + status + ", expected " + expected[i]);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRepSeesOnlyTheirCustomersInTotalsFacetsOrdersAndCustomers() throws Exception {
        JsonNode all = JSON.readTree(as("admin", "/api/v1/search?limit=0&q=").body());
        JsonNode theirs = JSON.readTree(as("admin", "/api/v1/search?limit=0&q=customer:" + REP_CUSTOMER).body());
        JsonNode rep = JSON.readTree(as("rep", "/api/v1/search?limit=500&q=").body());
        assertTrue(all.get("total").asInt() > theirs.get("total").asInt());
        assertEquals(theirs.get("total").asInt(), rep.get("total").asInt(), "a rep's total counts only their customer's mail");
        for (JsonNode hit : rep.get("hits")) assertTrue(hit.get("customers").toString().contains(REP_CUSTOMER), hit.toString());
        for (JsonNode facet : rep.get("facets").get("customer")) {
            // A message shared with another customer is the rep's too; no customer appears without such a message.
            assertTrue(facet.get("count").asInt() <= theirs.get("total").asInt());
        }
        int repFacetTotal = 0;
        for (JsonNode facet : rep.get("facets").get("customer")) if (facet.get("value").asText().equals(REP_CUSTOMER)) repFacetTotal = facet.get("count").asInt();
        assertEquals(theirs.get("total").asInt(), repFacetTotal);

        // A word only another customer's mail holds finds nothing, and says so with a zero total.
        String foreignSubjectWord = "customer:iberia-importaciones";
        assertEquals(0, JSON.readTree(as("rep", "/api/v1/search?q=" + enc(foreignSubjectWord)).body()).get("total").asInt());

        Set<String> repOrders = new HashSet<>();
        for (JsonNode o : JSON.readTree(as("rep", "/api/v1/orders").body()).get("orders")) repOrders.add(o.get("order").asText());
        assertTrue(repOrders.contains(ownOrder));
        assertFalse(repOrders.contains(foreignOrder));

        List<String> customers = new ArrayList<>();
        for (JsonNode c : JSON.readTree(as("rep", "/api/v1/customers").body()).get("customers")) customers.add(c.get("id").asText());
        assertEquals(List.of(REP_CUSTOMER), customers);

        JsonNode evidence = JSON.readTree(as("rep", "/api/v1/orders/" + enc(ownOrder) + "/evidence").body());
        for (JsonNode item : evidence.get("items")) {
            JsonNode message = JSON.readTree(as("rep", "/api/v1/messages/" + enc(item.get("id").asText())).body());
            assertTrue(message.get("customers").toString().contains(REP_CUSTOMER), "evidence item outside the rep's scope: " + item);
        }
        // Exports are refused to reps whatever the body says.
        assertEquals(403, call("POST", "/api/v1/exports", Optional.of(tokens.get("rep")), "{\"query\": \"customer:" + REP_CUSTOMER + "\"}").statusCode());
    }

    @Test
    void aSessionCookieIsHttpOnlyStrictAndStateChangesNeedTheCsrfToken() throws Exception {
        live.access.directory().addUser("lena", Role.LEGAL, Set.of(), PASSWORD);
        HttpResponse<String> login = call("POST", "/api/v1/session", Optional.empty(), "{\"user\": \"lena\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = JSON.readTree(login.body()).get("csrfToken").asText();
        JsonNode schemas = live.json("/api/v1/openapi.json").body().get("components").get("schemas");
        LiveServer.assertMatchesSchema(schemas, "Session", JSON.readTree(login.body()));
        assertTrue(csrf.length() >= 32);

        HttpRequest.Builder search = HttpRequest.newBuilder(live.uri("/api/v1/search?q=LED")).header("Cookie", cookie);
        assertEquals(200, live.http.send(search.build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        String body = "{\"order\": \"" + ownOrder + "\"}";
        HttpRequest.Builder post = HttpRequest.newBuilder(live.uri("/api/v1/exports")).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> noToken = live.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noToken.statusCode());
        assertEquals("csrf_failed", JSON.readTree(noToken.body()).get("error").asText());
        HttpResponse<String> wrongToken = live.http.send(post.copy().header("X-CSRF-Token", "x" + csrf).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrongToken.statusCode());
        assertEquals(201, live.http.send(post.copy().header("X-CSRF-Token", csrf).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpRequest logout = HttpRequest.newBuilder(live.uri("/api/v1/session")).header("Cookie", cookie).header("X-CSRF-Token", csrf).DELETE().build();
        assertEquals(204, live.http.send(logout, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, live.http.send(search.build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "the session ended");
    }

    @Test
    void removingAUserEndsTheirSessionAndRevokingATokenStopsItAtOnce() throws Exception {
        live.access.directory().addUser("temp", Role.REP, Set.of(REP_CUSTOMER), PASSWORD);
        HttpResponse<String> login = call("POST", "/api/v1/session", Optional.empty(), "{\"user\": \"temp\", \"password\": \"" + PASSWORD + "\"}");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpRequest search = HttpRequest.newBuilder(live.uri("/api/v1/search?q=LED")).header("Cookie", cookie).build();
        assertEquals(200, live.http.send(search, HttpResponse.BodyHandlers.ofString()).statusCode());
        live.access.directory().removeUser("temp");
        assertEquals(401, live.http.send(search, HttpResponse.BodyHandlers.ofString()).statusCode());

        String token = live.access.directory().createToken("short-lived", Role.LEGAL, Set.of());
        assertEquals(200, call("GET", "/api/v1/search?q=LED", Optional.of(token), null).statusCode());
        live.access.directory().revokeToken("short-lived");
        assertEquals(401, call("GET", "/api/v1/search?q=LED", Optional.of(token), null).statusCode());
        assertEquals(401, call("GET", "/api/v1/search?q=LED", Optional.of("dkt_not-a-real-token"), null).statusCode());
    }

    @Test
    void repeatedFailedSignInsAreThrottledEvenForTheRightPasswordUntilTheLockOutPasses() throws Exception {
        live.access.directory().addUser("target", Role.LEGAL, Set.of(), PASSWORD);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertEquals(401, call("POST", "/api/v1/session", Optional.empty(), "{\"user\": \"target\", \"password\": \"guess-" + i + "\"}").statusCode());
        }
        HttpResponse<String> locked = call("POST", "/api/v1/session", Optional.empty(), "{\"user\": \"target\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(429, locked.statusCode());
        assertTrue(Integer.parseInt(locked.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals("too_many_attempts", JSON.readTree(locked.body()).get("error").asText());
        clock.advance(LoginThrottle.FIRST_LOCKOUT.plusSeconds(1));
        assertEquals(200, call("POST", "/api/v1/session", Optional.empty(), "{\"user\": \"target\", \"password\": \"" + PASSWORD + "\"}").statusCode());
    }

    @Test
    void everyLookIsAuditedWithUserTimeAndAddressAndTheChainVerifies() throws Exception {
        String id = ownMessage.get("id").asText();
        String rep = tokens.get("rep");
        call("GET", "/api/v1/search?q=" + enc("payment terms"), Optional.of(rep), null);
        call("GET", "/api/v1/messages/" + enc(id), Optional.of(rep), null);
        call("GET", "/api/v1/messages/" + enc(id) + "/raw", Optional.of(rep), null);
        call("GET", "/api/v1/messages/" + enc(id) + "/attachments/" + ownMessage.get("attachments").get(0).get("index"), Optional.of(rep), null);
        call("GET", "/api/v1/messages/" + enc(foreignMessage.get("id").asText()), Optional.of(rep), null);
        call("POST", "/api/v1/exports", Optional.of(tokens.get("legal")), "{\"order\": \"" + ownOrder + "\"}");
        call("POST", "/api/v1/session", Optional.empty(), "{\"user\": \"nobody\", \"password\": \"wrong password!\"}");
        live.access.audit().recordDurably(AuditEvent.cli("user-add", "someone role=legal"));

        JsonNode audit = JSON.readTree(as("legal", "/api/v1/audit?actor=token:rep-client&limit=1000").body());
        Map<String, JsonNode> byAction = new LinkedHashMap<>();
        for (JsonNode e : audit.get("entries")) byAction.putIfAbsent(e.get("action").asText() + " " + e.get("outcome").asText(), e);
        assertTrue(byAction.containsKey("search 200"), audit.toString().substring(0, Math.min(3000, audit.toString().length())));
        assertEquals("q=payment terms", byAction.get("search 200").get("target").asText());
        assertEquals(id, byAction.get("message-view 200").get("target").asText());
        assertEquals(foreignMessage.get("id").asText(), byAction.get("message-view 404").get("target").asText(), "refused looks are recorded too");
        assertTrue(byAction.get("raw-download 200").get("target").asText().startsWith(id));
        assertTrue(byAction.get("attachment-download 200").get("target").asText().startsWith(id + " attachment "));
        JsonNode search = byAction.get("search 200");
        assertEquals("127.0.0.1", search.get("client").asText());
        assertEquals("rep", search.get("role").asText());
        assertTrue(search.get("time").asText().startsWith("20"));

        JsonNode exports = JSON.readTree(as("admin", "/api/v1/audit?action=export").body()).get("entries");
        assertTrue(exports.size() >= 1 && exports.get(0).get("actor").asText().equals("token:legal-client"));
        assertTrue(exports.get(0).get("target").asText().contains("->"), "the export names its bundle id");
        JsonNode failed = JSON.readTree(as("admin", "/api/v1/audit?action=login-failed&actor=nobody").body()).get("entries");
        assertEquals(1, failed.size());
        assertEquals(1, JSON.readTree(as("admin", "/api/v1/audit?action=user-add").body()).get("entries").size());

        JsonNode schemas = live.json("/api/v1/openapi.json").body().get("components").get("schemas");
        JsonNode latest = JSON.readTree(as("admin", "/api/v1/audit?limit=1").body());
        LiveServer.assertMatchesSchema(schemas, "Audit", latest);
        LiveServer.assertMatchesSchema(schemas, "AuditEntry", latest.get("entries").get(0));
        JsonNode chain = latest.get("chain");
        assertTrue(chain.get("intact").asBoolean(), chain.toString());
        assertTrue(chain.get("entries").asInt() > 8);
        Instant checkedWhole = Instant.parse(chain.get("wholeLogCheckedAt").asText());
        JsonNode full = JSON.readTree(as("admin", "/api/v1/audit?limit=1&verify=full").body()).get("chain");
        assertTrue(full.get("intact").asBoolean(), full.toString());
        assertTrue(full.get("entries").asInt() > chain.get("entries").asInt(), "the read of the page before is audited too");
        assertTrue(Instant.parse(full.get("wholeLogCheckedAt").asText()).isAfter(checkedWhole), full.toString());
        assertTrue(live.access.audit().verify().intact());
        assertEquals(400, as("admin", "/api/v1/audit?from=yesterday").statusCode());
        assertEquals(400, as("admin", "/api/v1/audit?verify=yes").statusCode());
        assertEquals(400, as("admin", "/api/v1/audit?before=-1").statusCode());
        long newestSequence = latest.get("entries").get(0).get("sequence").asLong();
        JsonNode older = JSON.readTree(as("admin", "/api/v1/audit?limit=2&before=" + newestSequence).body()).get("entries");
        assertEquals(List.of(newestSequence - 1, newestSequence - 2), List.of(older.get(0).get("sequence").asLong(), older.get(1).get("sequence").asLong()));
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndErrorsCarryNoStackTraces() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/v1/health", "/api/v1/search?q=LED", "/api/v1/search?q=%22open", "/api/v1/messages/nope",
                "/api/v1/no-such-route")) {
            for (Optional<String> token : List.of(Optional.<String>empty(), Optional.of(live.adminToken))) {
                HttpResponse<String> r = call("GET", path, token, null);
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
                assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
                if (path.startsWith("/api/")) {
                    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
                    assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
                }
                assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), path + ": " + r.body());
            }
        }
        String huge = "{\"query\": \"" + "x".repeat((int) ServerSettings.DEFAULT_MAX_REQUEST_BYTES) + "\"}";
        HttpResponse<String> tooBig = call("POST", "/api/v1/exports", Optional.of(live.adminToken), huge);
        assertEquals(413, tooBig.statusCode());
    }
}
