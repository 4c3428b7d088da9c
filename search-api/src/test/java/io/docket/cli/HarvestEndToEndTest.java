package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.backend.MessageView;
import io.docket.demo.DemoMailServer;
import io.docket.search.SearchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `docket harvest` through the command line against a real IMAP server (GreenMail) holding the sample
 * trade mailbox: the same pipeline as import, dedup across folders, incremental re-runs, and a served
 * archive that sees newly delivered mail through watch mode within seconds.
 */
class HarvestEndToEndTest {
    private static final String USER = "sales@huada-lighting.com";
    private static final String PASSWORD = "s3cret-not-logged";

    @TempDir
    Path dir;
    private DemoMailServer mail;
    private Path config;
    private Path data;

    @BeforeEach
    void startMailServerAndWriteConfig() throws Exception {
        mail = DemoMailServer.start(USER, PASSWORD, io.docket.demo.SampleMailbox.folders());
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD);
        data = dir.resolve("data");
        config = dir.resolve("docket.yml");
        Files.writeString(config, """
                data: %s
                accounts:
                  - name: sales
                    host: 127.0.0.1
                    port: %d
                    security: none
                    username: %s
                    passwordFile: %s
                    pollInterval: 1s
                """.formatted(data, mail.port(), USER, passwordFile));
    }

    @AfterEach
    void stopMailServer() {
        mail.close();
    }

    @Test
    void harvestArchivesTheMailboxOnceAndAReRunFetchesNothing() throws Exception {
        CliRun first = CliRun.docket("harvest", "--config", config.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("imported    78"), first.out());
        assertTrue(first.out().contains("duplicates  10"), first.out());
        assertTrue(!first.out().contains(PASSWORD) && !first.err().contains(PASSWORD), "the password never appears");

        CliRun second = CliRun.docket("harvest", "--config", config.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("imported    0"), second.out());

        try (EmbeddedArchive archive = Archives.open(data)) {
            assertEquals(78, archive.stats().messages());
            assertEquals(78, archive.stats().originals());
            assertEquals(10, archive.search(SearchRequest.of("folder:INBOX folder:Sent")).total());
            String id = archive.search(SearchRequest.of("folder:INBOX folder:Sent")).hits().get(0).message().id();
            MessageView view = archive.message(id).orElseThrow();
            assertEquals(2, view.record().places().size());
            assertTrue(view.record().places().stream().allMatch(p -> p.source().equals("imap") && p.account().equals("sales")));
            assertTrue(archive.verify().intact());
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorThatNamesTheAccountNotThePassword() throws Exception {
        Files.writeString(dir.resolve("password"), "wrong-password-123");
        CliRun run = CliRun.docket("harvest", "--config", config.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("sales") && run.err().toLowerCase(java.util.Locale.ROOT).contains("login"), run.err());
        assertTrue(!run.err().contains("wrong-password-123") && !run.out().contains("wrong-password-123"));
    }

    @Test
    void aServedArchiveSeesNewMailWithinSecondsThroughWatchMode() throws Exception {
        assertEquals(0, CliRun.docket("harvest", "--config", config.toString()).exit());
        var loaded = io.docket.config.DocketConfigLoader.load(config);
        EmbeddedArchive archive = Archives.open(data);
        String token = new io.docket.access.AccessDirectory(data).createToken("watcher", io.docket.access.Role.LEGAL, java.util.Set.of());
        try (Serving serving = Serving.start(archive, io.docket.api.ServerSettings.of("127.0.0.1", 0),
                HarvestCommand.startWatching(archive, loaded.accounts()))) {
            HttpClient http = HttpClient.newHttpClient();
            String query = "/api/v1/search?q=" + java.net.URLEncoder.encode("\"arrived while serving\"", StandardCharsets.UTF_8);
            assertEquals(0, total(http, serving.port(), token, query));

            mail.deliver("INBOX", ("From: Hans Müller <hans.mueller@mueller-gmbh.de>\r\nTo: " + USER + "\r\n"
                    + "Subject: New drawing\r\nMessage-ID: <live-1@mueller-gmbh.de>\r\nDate: Mon, 1 Jul 2024 09:00:00 +0200\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\nThis one arrived while serving.\r\n").getBytes(StandardCharsets.UTF_8));

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            int found = 0;
            while (found == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                found = total(http, serving.port(), token, query);
            }
            assertEquals(1, found, "new mail searchable within 20 s");
        }
    }

    private static int total(HttpClient http, int port, String token, String pathAndQuery) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                        .header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = new ObjectMapper().readTree(response.body());
        return body.get("total").asInt();
    }
}
