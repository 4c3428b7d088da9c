package io.docket.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.access.AccessDirectory;
import io.docket.access.AuditLog;
import io.docket.access.Role;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.files.FileSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.List;

/** A real archive imported from files and a real server on a free loopback port, for end-to-end tests. */
final class LiveServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final EmbeddedArchive archive;
    final DocketServer server;
    final ServerAccess access;
    /** An admin's token, sent by {@link #request} and everything built on it. */
    final String adminToken;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LiveServer(EmbeddedArchive archive, DocketServer server, ServerAccess access, String adminToken) {
        this.archive = archive;
        this.server = server;
        this.access = access;
        this.adminToken = adminToken;
    }

    static LiveServer importing(Path data, List<Path> sources) throws Exception {
        return importing(data, sources, io.docket.config.TradeConfig.DEFAULTS);
    }

    static LiveServer importing(Path data, List<Path> sources, io.docket.config.TradeConfig trade) throws Exception {
        return importing(data, sources, trade, Clock.systemUTC());
    }

    static LiveServer importing(Path data, List<Path> sources, io.docket.config.TradeConfig trade, Clock clock) throws Exception {
        EmbeddedArchive archive = Archives.open(data, trade);
        try {
            new FileSource(sources).emitTo(archive.sink());
            archive.commit();
            ServerAccess access = new ServerAccess(new AccessDirectory(data), new AuditLog(data), clock);
            String token = access.directory().createToken("test-admin", Role.ADMIN, Set.of());
            return new LiveServer(archive, DocketServer.start(archive, ServerSettings.of("127.0.0.1", 0), access, List::of), access, token);
        } catch (Exception e) {
            archive.close();
            throw e;
        }
    }

    static Path samples() {
        return Path.of(System.getProperty("docket.root", "..")).resolve("samples").toAbsolutePath().normalize();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** A request signed with the admin token. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + adminToken);
    }

    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET and parse JSON; the status is checked by the caller through {@link Json#status}. */
    Json json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(pathAndQuery);
        return new Json(response.statusCode(), JSON.readTree(response.body()));
    }

    Json search(String query) throws IOException, InterruptedException {
        return json("/api/v1/search?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    record Json(int status, JsonNode body) {}

    /** A live response carries exactly the properties the OpenAPI schema documents: none missing, none undocumented. */
    static void assertMatchesSchema(JsonNode schemas, String schema, JsonNode actual) {
        java.util.Set<String> documented = new java.util.TreeSet<>();
        schemas.get(schema).get("properties").fieldNames().forEachRemaining(documented::add);
        java.util.Set<String> present = new java.util.TreeSet<>();
        actual.fieldNames().forEachRemaining(present::add);
        org.junit.jupiter.api.Assertions.assertEquals(documented, present, schema + " fields");
    }

    @Override
    public void close() {
        server.close();
        archive.close();
    }
}
