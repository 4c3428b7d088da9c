package io.docket.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both directions against a plain split, with lines from empty to several times the read chunk, and a last line still being written. */
class AuditLinesTest {
    @TempDir
    Path dir;

    @Test
    void forwardsAndBackwardsGiveEveryCompleteLineWithItsEndOffset() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            List<String> lines = new ArrayList<>();
            List<Long> ends = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                int length = switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> 70_000 + random.nextInt(200_000);   // longer than the 64 KB chunk, several times over
                    default -> random.nextInt(400);
                };
                String line = "x".repeat(length) + (char) ('a' + random.nextInt(26));
                lines.add(line);
                text.append(line).append('\n');
                ends.add((long) text.length());
            }
            if (random.nextBoolean()) text.append("{\"sequence\":9,\"time\":\"20");   // being written: never visited
            Path file = Files.writeString(dir.resolve("lines-" + round), text, StandardCharsets.US_ASCII);

            List<String> forward = new ArrayList<>();
            List<Long> forwardEnds = new ArrayList<>();
            List<String> backward = new ArrayList<>();
            List<Long> backwardEnds = new ArrayList<>();
            try (FileChannel channel = FileChannel.open(file)) {
                long end = AuditLines.forward(channel, 0, (b, s, l, e) -> {
                    forward.add(new String(b, s, l, StandardCharsets.US_ASCII));
                    forwardEnds.add(e);
                    return true;
                });
                assertEquals(ends.isEmpty() ? 0 : ends.getLast(), end);
                AuditLines.backward(channel, (b, s, l, e) -> {
                    backward.add(new String(b, s, l, StandardCharsets.US_ASCII));
                    backwardEnds.add(e);
                    return true;
                });
            }
            assertEquals(lines, forward, "round " + round);
            assertEquals(ends, forwardEnds);
            assertEquals(lines.reversed(), backward, "round " + round);
            assertEquals(ends.reversed(), backwardEnds);
        }
    }

    @Test
    void aVisitorThatStopsEndsTheWalk() throws Exception {
        Path file = Files.writeString(dir.resolve("three"), "one\ntwo\nthree\n");
        List<String> seen = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            assertEquals(8, AuditLines.forward(channel, 0, (b, s, l, e) -> seen.add(new String(b, s, l)) && seen.size() < 2));
            AuditLines.backward(channel, (b, s, l, e) -> seen.add(new String(b, s, l)) && false);
        }
        assertEquals(Arrays.asList("one", "two", "three"), seen);
    }
}
