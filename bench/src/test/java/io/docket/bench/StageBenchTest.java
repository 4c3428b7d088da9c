package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The stage bench over the sample trade mailbox: every file read and indexed, digests repeatable, the dump shows what was found. */
class StageBenchTest {
    private static final Path MAILBOX = Path.of("..", "samples", "trade-mailbox");
    private static final Pattern DIGESTS = Pattern.compile("parse .* output (\\p{XDigit}{16})\\s+extract .* output (\\p{XDigit}{16})", Pattern.DOTALL);

    @Test
    void readsEveryMessageAndDigestsTheSameOutputTheSameWay(@TempDir Path tmp) throws Exception {
        long files;
        try (var all = Files.walk(MAILBOX)) {
            files = all.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().matches("cur|new")).count();
        }
        String first = run(tmp.resolve("first.tsv"));
        String second = run(tmp.resolve("second.tsv"), "--pipeline-threads", "1");

        assertTrue(first.startsWith(String.format("%,d messages from", files)), first);
        Matcher a = DIGESTS.matcher(first);
        Matcher b = DIGESTS.matcher(second);
        assertTrue(a.find() && b.find(), first);
        assertEquals(a.group(1), b.group(1), "parse digest");
        assertEquals(a.group(2), b.group(2), "extract digest");
        assertTrue(Pattern.compile("(?m)^index +\\d+\\.\\d{3} ms/message").matcher(first).find(), first);
        // The whole pipeline archived every file once more, into its own scratch archive.
        assertTrue(first.contains(String.format(": %,d messages in ", files)), first);
        assertTrue(second.contains("ingest threads: 1,") && second.contains(String.format(": %,d messages in ", files)), second);

        List<String> dump = Files.readAllLines(tmp.resolve("first.tsv"));
        assertEquals(files, dump.size());
        assertTrue(dump.stream().anyMatch(line -> line.contains("HD20240117") && line.contains("payment=")), String.join("\n", dump));
        assertTrue(dump.stream().allMatch(line -> line.split("\t", -1).length == 4));
    }

    private static String run(Path dump, String... more) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new java.util.ArrayList<>(List.of(MAILBOX.toString(), "--warmup", "0", "--dump", dump.toString()));
            args.addAll(List.of(more));
            int exit = new CommandLine(new StageBench()).execute(args.toArray(String[]::new));
            assertEquals(0, exit);
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
