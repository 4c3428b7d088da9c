package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** import, search, stats and verify as a user runs them, on the parse fixtures. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private String data;
    private CliRun imported;

    @BeforeAll
    void importFixtures() {
        data = dir.resolve("data").toString();
        Path fixtures = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
        imported = CliRun.docket("import", "--data", data, fixtures.toString());
    }

    @Test
    void importSummarisesEveryKindOfOutcomeAndWarnings() {
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("failures    0"), imported.out());
        assertTrue(imported.out().matches("(?s).*imported    3\\d.*"), imported.out());
        assertTrue(imported.out().contains("truncated-multipart"), "warnings are listed by kind: " + imported.out());
        assertTrue(imported.out().contains("skipped     1"), "not-an-email.eml is reported, not imported: " + imported.out());
    }

    @Test
    void reImportingAnUnchangedMaildirListsNoFolderUnlessAskedTo() throws Exception {
        Path maildir = dir.resolve("relist/Maildir");
        for (String sub : List.of("cur", "new", "tmp")) Files.createDirectories(maildir.resolve(sub));
        Path fixtures = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
        Files.copy(fixtures.resolve("charset-utf8.eml"), maildir.resolve("cur/1719000000.M1P1.host:2,S"));
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (String sub : List.of("cur", "new")) Files.setLastModifiedTime(maildir.resolve(sub), anHourAgo);
        String archive = dir.resolve("relist/data").toString();

        CliRun first = CliRun.docket("import", "--data", archive, maildir.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("imported    1"), first.out());

        CliRun again = CliRun.docket("import", "--data", archive, maildir.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("unchanged   2 Maildir folder(s) not listed"), again.out());

        CliRun relisted = CliRun.docket("import", "--relist", "--data", archive, maildir.toString());
        assertEquals(0, relisted.exit(), relisted.err());
        assertTrue(relisted.out().contains("unchanged   1  (Maildir messages archived before; not read again)"), relisted.out());
        assertFalse(relisted.out().contains("not listed"), relisted.out());
    }

    @Test
    void statsJsonHasTheDocumentedFields() throws Exception {
        CliRun run = CliRun.docket("stats", "--json", "--data", data);
        assertEquals(0, run.exit(), run.err());
        JsonNode stats = JSON.readTree(run.out());
        for (String field : List.of("messages", "originals", "attachments", "threads", "warnings", "indexBytes", "storeBytes")) {
            assertTrue(stats.get(field).isNumber(), field + " in " + stats);
        }
        assertTrue(stats.get("messages").asLong() >= 30);
        assertTrue(stats.get("warnings").asLong() > 0);
    }

    @Test
    void searchPrintsHitsAndJson() throws Exception {
        CliRun text = CliRun.docket("search", "--data", data, "质量问题");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("质量"), text.out());

        CliRun json = CliRun.docket("search", "--json", "--data", data, "--sort=-date", "from:docket.example");
        assertEquals(0, json.exit(), json.err());
        JsonNode result = JSON.readTree(json.out());
        assertTrue(result.get("total").asInt() > 0);
        assertTrue(result.get("hits").get(0).has("snippet"));
    }

    @Test
    void aBadQueryIsAClearErrorWithExitCode2() {
        CliRun run = CliRun.docket("search", "--data", data, "subject:(unclosed");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("position"), run.err());
        CliRun sort = CliRun.docket("search", "--data", data, "--sort", "sideways", "x");
        assertEquals(2, sort.exit());
        assertTrue(sort.err().contains("sort"), sort.err());
    }

    @Test
    void verifyFindsTheFreshArchiveIntact() {
        CliRun run = CliRun.docket("verify", "--data", data);
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "search", "stats", "serve", "harvest", "demo", "reindex", "verify", "export", "verify-bundle", "key"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.docket(command, "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: docket " + command), run.out());
    }
}
