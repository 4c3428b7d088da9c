package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A company adds its own order pattern to docket.yml: `docket reindex` finds the new orders without harvesting again. */
class ReindexTest {
    @TempDir
    Path dir;

    private int total(Path config, String query) throws Exception {
        CliRun run = CliRun.docket("search", "--json", "--config", config.toString(), query);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out()).get("total").asInt();
    }

    @Test
    void aNewOrderPatternTakesEffectOnReindex() throws Exception {
        Path config = dir.resolve("docket.yml");
        String base = "data: " + dir.resolve("data") + "\ncompany: { domains: [huada-lighting.com] }\n";
        Files.writeString(config, base);
        Path mailbox = Path.of(System.getProperty("docket.root", "..")).resolve("samples/trade-mailbox");
        CliRun imported = CliRun.docket("import", "--config", config.toString(), mailbox.toString());
        assertEquals(0, imported.exit(), imported.err());
        // Minghui's batch numbers are not orders by default (the sample lists MH240408 as a distractor).
        assertEquals(0, total(config, "order:MH240408"));
        int customersBefore = total(config, "customer:muller-gmbh");
        assertEquals(0, customersBefore, "Müller is known by its domain until docket.yml names it");

        Files.writeString(config, base + """
                customers: [ { name: Müller GmbH, domains: [mueller-gmbh.de] } ]
                orders: { patterns: ['\\bMH\\d{6}\\b'] }
                """);
        CliRun reindex = CliRun.docket("reindex", "--config", config.toString());
        assertEquals(0, reindex.exit(), reindex.err());
        assertTrue(reindex.out().contains("re-indexed 78 messages"), reindex.out());

        assertTrue(total(config, "order:MH240408") > 0);
        assertEquals(0, total(config, "customer:mueller-gmbh.de"), "the domain id gave way to the named customer");
        assertTrue(total(config, "customer:muller-gmbh") >= 9);
        assertEquals(78, new ObjectMapper().readTree(CliRun.docket("stats", "--json", "--config", config.toString()).out())
                .get("messages").asInt(), "nothing archived twice");
    }
}
