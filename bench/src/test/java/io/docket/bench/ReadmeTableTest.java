package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadmeTableTest {
    private static final Path ROOT = Path.of(System.getProperty("docket.root", ".."));

    private static String section(String size, String body) {
        return ReadmeTable.start(size) + "\n" + body + "\n" + ReadmeTable.end(size);
    }

    @Test
    void aRunRewritesItsOwnSectionAndNothingElse() {
        String readme = "# Docket\n\nbefore\n" + section("100k", "old 100k table") + "\nbetween\n" + section("1m", "old 1m table") + "\nafter\n";

        String updated = ReadmeTable.replace(readme, "100k", "| new | table |\n").orElseThrow();

        assertEquals("# Docket\n\nbefore\n" + section("100k", "| new | table |") + "\nbetween\n" + section("1m", "old 1m table") + "\nafter\n",
                updated);
        assertEquals(updated, ReadmeTable.replace(updated, "100k", "| new | table |").orElseThrow(), "a second run with the same figures changes nothing");
    }

    @Test
    void aReadmeWithoutTheSizesMarkersIsLeftAlone() {
        assertEquals(Optional.empty(), ReadmeTable.replace("# Docket\n" + section("1m", "x"), "100k", "table"));
        assertEquals(Optional.empty(), ReadmeTable.replace("# Docket\n" + ReadmeTable.start("100k") + "\nno end marker\n", "100k", "table"));
    }

    /** The README's tables are the recorded runs' own: a hand edit of a figure, or a run whose README change was not committed, fails here. */
    @Test
    void theReadmesTablesAreTheRecordedRuns() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (String size : new String[] {"6k", "100k", "1m"}) {
            JsonNode recorded = new ObjectMapper().readTree(ROOT.resolve("docs/bench/" + size + ".json").toFile());
            String generated = ReadmeTable.replace(readme, size, Report.readmeSection(recorded)).orElseThrow(
                    () -> new AssertionError("README.md has no generated table for " + size));
            assertEquals(readme, generated, "README.md's " + size + " table differs from docs/bench/" + size + ".json: ./docket bench --size "
                    + size + " --report-only writes it again");
            assertTrue(readme.contains("| full ingest, messages/s |"), "the table is there");
        }
    }
}
