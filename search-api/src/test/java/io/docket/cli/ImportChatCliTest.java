package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** `docket import-chat` as a user runs it on the sample exports, with docket.yml naming the chat's people. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportChatCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHATS = Path.of(System.getProperty("docket.root", "..")).resolve("samples/chats");

    @TempDir
    static Path dir;
    private String data;
    private String config;
    private CliRun imported;

    @BeforeAll
    void importBothExports() throws Exception {
        data = dir.resolve("data").toString();
        Path yml = dir.resolve("docket.yml");
        Files.writeString(yml, """
                company: { domains: [huada-lighting.com], timeZone: Asia/Shanghai }
                customers:
                  - name: Müller GmbH
                    domains: [mueller-gmbh.de]
                    chatNames: [Hans Müller, Petra Schmidt]
                """, StandardCharsets.UTF_8);
        config = yml.toString();
        imported = CliRun.docket("import-chat", "--config", config, "--data", data, "--account", "sales",
                CHATS.resolve("WhatsApp Chat with Hans Müller.txt").toString(), CHATS.resolve("WhatsApp Chat - Petra Schmidt.zip").toString());
    }

    @Test
    void eachExportIsReportedWithHowItWasRead() {
        assertEquals(0, imported.exit(), imported.err());
        String out = imported.out();
        assertTrue(out.contains("  chat        Hans Müller (android export, sha256 "), out);
        assertTrue(out.contains("  dates       day-first: \"29/02/2024\" on line 1 is no date read month-first"), out);
        assertTrue(out.contains("  dates       month-first: \"4/15/24\" on line 10 is no date read day-first"), out);
        assertTrue(out.contains("  times       read in Asia/Shanghai (the company's zone, assumed)"), out);
        assertTrue(out.contains("  customers   muller-gmbh"), out);
        assertTrue(out.contains("  messages    9  (1 notice(s) of WhatsApp's own not archived)"), out);
        assertTrue(out.contains("  archived    9"), out);
        assertTrue(out.contains("  attachments 2"), out);
    }

    @Test
    void theChatIsSearchableFromTheCommandLine() throws Exception {
        CliRun search = CliRun.docket("search", "--json", "--config", config, "--data", data, "source:whatsapp");
        assertEquals(0, search.exit(), search.err());
        JsonNode result = JSON.readTree(search.out());
        assertEquals(18, result.get("total").asInt());
        assertEquals("whatsapp", result.get("hits").get(0).get("source").asText());
    }

    @Test
    void reImportingChangesNothingAndTheArchiveVerifies() {
        CliRun again = CliRun.docket("import-chat", "--config", config, "--data", data, "--account", "sales",
                CHATS.resolve("WhatsApp Chat with Hans Müller.txt").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("archived before"), again.out());
        assertTrue(again.out().contains("  archived    0"), again.out());
        assertTrue(again.out().contains("  duplicates  9"), again.out());
        CliRun verify = CliRun.docket("verify", "--data", data);
        assertEquals(0, verify.exit(), verify.out() + verify.err());
    }

    @Test
    void refusedExportsAreNamedAndTheExitCodeSaysSo() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Meeting notes\nnothing else\n", StandardCharsets.UTF_8);
        Path ambiguous = dir.resolve("WhatsApp Chat with Hans Müller (3).txt");
        Files.writeString(ambiguous, "03/04/2024, 10:00 - Hans Müller: hello\n", StandardCharsets.UTF_8);
        String other = dir.resolve("other-data").toString();
        CliRun run = CliRun.docket("import-chat", "--config", config, "--data", other, notes.toString(), ambiguous.toString(),
                dir.resolve("missing.zip").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(notes + ": not a WhatsApp chat export"), run.err());
        assertTrue(run.err().contains("give the date order (--date-order day-first or month-first"), run.err());
        assertTrue(run.err().contains("missing.zip: no such file"), run.err());

        CliRun given = CliRun.docket("import-chat", "--config", config, "--data", other, "--date-order", "day-first", "--zone", "Europe/Berlin",
                ambiguous.toString());
        assertEquals(0, given.exit(), given.err());
        assertTrue(given.out().contains("  dates       day-first (given)"), given.out());
        assertTrue(given.out().contains("  times       read in Europe/Berlin (given)"), given.out());

        CliRun badOrder = CliRun.docket("import-chat", "--data", other, "--date-order", "sideways", ambiguous.toString());
        assertEquals(2, badOrder.exit());
        assertTrue(badOrder.err().contains("date order must be day-first, month-first or year-first"), badOrder.err());
    }

    @Test
    void helpNamesTheOptions() {
        CliRun help = CliRun.docket("import-chat", "--help");
        assertEquals(0, help.exit());
        for (String option : new String[] {"--customer", "--account", "--date-order", "--zone"}) assertTrue(help.out().contains(option), help.out());
    }
}
