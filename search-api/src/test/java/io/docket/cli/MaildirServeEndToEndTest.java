package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.access.AccessDirectory;
import io.docket.access.Role;
import io.docket.api.ServerSettings;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve --watch-maildir` as a user runs it: a Maildir with mail the archive lacks, a server on a free
 * port, a delivery while serving, and the HTTP API finding it; a folder that is no Maildir is refused.
 */
class MaildirServeEndToEndTest {
    private static final Path FIXTURES = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");

    @TempDir
    Path dir;

    @Test
    void aMessageDeliveredWhileServingIsFoundThroughTheApi() throws Exception {
        Path maildir = dir.resolve("Maildir");
        for (String sub : List.of("cur", "new", "tmp")) Files.createDirectories(maildir.resolve(sub));
        Files.copy(FIXTURES.resolve("html-only.eml"), maildir.resolve("cur/1719000000.M1P1.host:2,S"));
        Path data = dir.resolve("data");
        EmbeddedArchive archive = Archives.open(data);
        String token = new AccessDirectory(data).createToken("watcher", Role.LEGAL, Set.of());
        try (Serving serving = Serving.start(archive, ServerSettings.of("127.0.0.1", 0), List.of(MaildirWatching.start(archive, List.of(maildir))))) {
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(1, total(http, serving.port(), token, "subject:\"price list\""), "the first scan archived what was there");
            assertEquals(0, total(http, serving.port(), token, "\"arrived while serving\""));

            Path tmp = Files.writeString(maildir.resolve("tmp/1720000000.M2P1.host"), "From: Hans Müller <hans.mueller@mueller-gmbh.de>\r\n"
                    + "To: sales@huada-lighting.com\r\nSubject: New drawing\r\nMessage-ID: <maildir-live-1@mueller-gmbh.de>\r\n"
                    + "Date: Mon, 1 Jul 2024 09:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThis one arrived while serving.\r\n");
            Files.move(tmp, maildir.resolve("new/1720000000.M2P1.host"), StandardCopyOption.ATOMIC_MOVE);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int found = 0;
            while (found == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                found = total(http, serving.port(), token, "\"arrived while serving\"");
            }
            assertEquals(1, found, "the delivery is searchable over HTTP within 10 s");
            assertEquals(2, total(http, serving.port(), token, "folder:INBOX"));
        }
    }

    @Test
    void aFolderThatIsNoMaildirStopsServeWithItsName() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("not-a-maildir"));
        CliRun run = CliRun.docket("serve", "--config", dir.resolve("docket.yml").toString(), "--data", dir.resolve("data").toString(),
                "--port", "0", "--watch-maildir", plain.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("docket: not a Maildir (a folder with cur/ beside new/ or tmp/): " + plain), run.err());
    }

    private static int total(HttpClient http, int port, String token, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = new ObjectMapper().readTree(response.body());
        return body.get("total").asInt();
    }
}
