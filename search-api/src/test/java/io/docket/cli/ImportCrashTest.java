package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 an import half way, import again: every message archived exactly once, store and index agree,
 * and the custody chain verifies. Runs the real command line in a child JVM.
 */
class ImportCrashTest {
    private static final int MESSAGES = 4_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportResumedGivesNoLossAndNoDuplicate() throws Exception {
        Path maildir = writeMaildir(dir.resolve("maildir"));
        Path data = dir.resolve("data");

        Process first = importProcess(maildir, data).start();
        boolean killedMidway = waitForStoreWritesThenKill(first, data.resolve("store"));
        assertTrue(killedMidway, "the first import should still be running when killed");

        Process second = importProcess(maildir, data).redirectOutput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true).start();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "second import finishes");
        assertEquals(0, second.exitValue(), output);
        assertTrue(output.contains("failures    0"), output);

        try (EmbeddedArchive archive = Archives.open(data)) {
            assertEquals(MESSAGES, archive.stats().messages());
            assertEquals(MESSAGES, archive.stats().originals());
            assertEquals(MESSAGES, archive.search(new SearchRequest("", 1, 0, SearchRequest.SortOrder.RELEVANCE)).total());
            assertEquals(MESSAGES, archive.search(SearchRequest.of("crashtest")).total());
            assertTrue(archive.store().pendingIndex().isEmpty());
            var report = archive.verify();
            assertTrue(report.intact(), report.problems().toString());
        }
    }

    private static ProcessBuilder importProcess(Path maildir, Path data) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DocketCli.class.getName(), "import", "--data", data.toString(), maildir.toString()));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    /** Kills the child as soon as its store's write-ahead log shows archiving under way. */
    private static boolean waitForStoreWritesThenKill(Process process, Path store) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (walBytes(store) > 400_000) {
                process.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit
                process.waitFor(30, TimeUnit.SECONDS);
                return true;
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        return false;
    }

    private static long walBytes(Path store) throws IOException {
        if (!Files.isDirectory(store)) return 0;
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Path writeMaildir(Path maildir) throws IOException {
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("tmp"));
        Path cur = Files.createDirectories(maildir.resolve("cur"));
        for (int i = 0; i < MESSAGES; i++) {
            String mail = "Message-ID: <crash-" + i + "@example.com>\r\n"
                    + "From: Buyer " + (i % 37) + " <buyer" + (i % 37) + "@example.com>\r\n"
                    + "To: sales@huada-lighting.com\r\n"
                    + "Date: Mon, 4 Mar 2024 " + String.format("%02d:%02d:%02d", (i / 3600) % 24, (i / 60) % 60, i % 60) + " +0100\r\n"
                    + "Subject: crashtest order " + i + "\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                    + ("Please confirm delivery of order " + i + ". ").repeat(40) + "\r\n";
            Files.writeString(cur.resolve(String.format("1709546400.%06d.docket:2,S", i)), mail);
        }
        return maildir;
    }
}
