package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.ParsedMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every fixture: parsed without throwing, identically every time, and identically from many threads. */
class AllFixturesTest {
    @Test
    void everyFixtureParsesDeterministically() throws Exception {
        List<Path> files = Fixtures.all();
        assertTrue(files.size() >= 31, "fixtures found in " + Fixtures.DIR + ": " + files.size());
        for (Path file : files) {
            byte[] raw = Files.readAllBytes(file);
            ParsedMessage first = Fixtures.PARSER.parse(raw);
            ParsedMessage second = Fixtures.PARSER.parse(raw);
            assertEquals(first, second, file.getFileName().toString());
            boolean malformed = file.getFileName().toString().matches("(malformed|not-an-email|no-message-id|charset-(wrong|missing)|rfc2047).*");
            assertEquals(malformed, !first.warnings().isEmpty(), file.getFileName() + " warnings " + first.warnings());
        }
    }

    @Test
    void parserIsThreadSafe() throws Exception {
        List<Path> files = Fixtures.all().stream().filter(p -> !p.toString().contains("zip-bomb")).toList();
        List<ParsedMessage> expected = new ArrayList<>();
        for (Path file : files) expected.add(Fixtures.PARSER.parse(Files.readAllBytes(file)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ParsedMessage>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<ParsedMessage> out = new ArrayList<>();
                    for (Path file : files) out.add(Fixtures.PARSER.parse(Files.readAllBytes(file)));
                    return out;
                }));
            }
            for (Future<List<ParsedMessage>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdownNow();
        }
        assertFalse(expected.isEmpty());
    }
}
