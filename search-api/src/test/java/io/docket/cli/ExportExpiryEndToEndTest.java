package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditEntry;
import io.docket.access.AuditLog;
import io.docket.access.AuditQuery;
import io.docket.access.Role;
import io.docket.api.ServerSettings;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served archive removes the API's bundles once older than server.exportsKeep, and the audit log says which. */
class ExportExpiryEndToEndTest {
    @TempDir
    Path data;

    @Test
    void bundlesOlderThanTheKeepTimeAreRemovedAtStartAndAudited() throws Exception {
        Path exports = Files.createDirectories(data.resolve("exports"));
        Path expired = Files.writeString(exports.resolve("20261020T090000Z-0a1b2c.zip"), "a bundle made 47 days ago");
        Files.setLastModifiedTime(expired, FileTime.from(Instant.now().minus(Duration.ofDays(47))));
        Path recent = Files.writeString(exports.resolve("20261130T090000Z-123abc.zip"), "a bundle made 6 days ago");
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(6))));
        EmbeddedArchive archive = Archives.open(data);
        String token = new AccessDirectory(data).createToken("lawyer", Role.LEGAL, Set.of());

        try (Serving serving = Serving.start(archive, ServerSettings.of("127.0.0.1", 0).withExportsKeep(Duration.ofDays(30)), List.of())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Files.exists(expired) && System.nanoTime() < deadline) Thread.sleep(20);
            assertTrue(Files.notExists(expired), "the 47-day-old bundle is removed when the server starts");
            assertTrue(Files.exists(recent));

            HttpClient http = HttpClient.newHttpClient();
            assertEquals(404, download(http, serving.port(), token, "20261020T090000Z-0a1b2c"));
            assertEquals(200, download(http, serving.port(), token, "20261130T090000Z-123abc"));
        }
        List<AuditEntry> audited = new AuditLog(data).find(new AuditQuery(null, "export-expired", null, null, null, 10));
        assertEquals(1, audited.size(), audited.toString());
        assertEquals("docket:server", audited.getFirst().actor());
        assertEquals("20261020T090000Z-0a1b2c (kept 30d)", audited.getFirst().target());
    }

    private static int download(HttpClient http, int port, String token, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/exports/" + id))
                .header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
