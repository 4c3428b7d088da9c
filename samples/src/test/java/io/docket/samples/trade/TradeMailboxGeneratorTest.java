package io.docket.samples.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Determinism and the committed copy; per-message checks live in {@link TradeMailboxContentTest}. */
class TradeMailboxGeneratorTest {
    private static List<GeneratedMessage> first;

    @BeforeAll
    static void generate() {
        first = new TradeMailboxGenerator().generate();
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws Exception {
        Thread.sleep(1100); // cross a second boundary: anything taken from the clock would show
        assertEquals(digests(first), digests(new TradeMailboxGenerator().generate()));
    }

    @Test
    void committedMailboxEqualsFreshGeneration() throws IOException {
        Path root = Path.of(System.getProperty("docket.root", ".."), "samples", "trade-mailbox");
        Map<String, String> committed = new TreeMap<>();
        for (MailFolder folder : MailFolder.values()) {
            try (Stream<Path> files = Files.list(root.resolve(folder.curPath()))) {
                for (Path p : files.toList()) {
                    committed.put(folder.curPath() + "/" + p.getFileName(), sha256(Files.readAllBytes(p)));
                }
            }
        }
        assertEquals(digests(first), committed,
                "samples/trade-mailbox differs from the generator; rerun TradeMailboxGenerator, do not edit by hand");
    }

    @Test
    void sizeAndCountsStayInBudget() {
        assertEquals(88, first.size());
        assertEquals(51, first.stream().filter(m -> m.folder() == MailFolder.INBOX).count());
        assertEquals(37, first.stream().filter(m -> m.folder() == MailFolder.SENT).count());
        long bytes = first.stream().mapToLong(m -> m.rfc822().length).sum();
        assertTrue(bytes < 3_000_000, "total " + bytes);
    }

    @Test
    void selfCopiedMessagesAreIdenticalInBothFolders() {
        Map<String, GeneratedMessage> sent = new TreeMap<>();
        first.stream().filter(m -> m.folder() == MailFolder.SENT).forEach(m -> sent.put(base(m), m));
        long both = 0;
        for (GeneratedMessage in : first) {
            GeneratedMessage out = sent.get(base(in));
            if (in.folder() == MailFolder.INBOX && out != null) {
                assertArrayEquals(out.rfc822(), in.rfc822());
                both++;
            }
        }
        assertEquals(10, both);
    }

    @Test
    void scaledMailboxIsDeterministicAndLarger() {
        var generator = new TradeMailboxGenerator();
        List<GeneratedMessage> scaled = generator.generate(3, 7);
        // 2 extra batches x 12 orders x 5 letters, each in exactly one folder.
        assertEquals(first.size() + 2 * SyntheticOrders.ORDERS_PER_BATCH * 5, scaled.size());
        assertEquals(digests(scaled), digests(generator.generate(3, 7)));
        assertNotEquals(digests(scaled), digests(generator.generate(3, 8)));
    }

    private static String base(GeneratedMessage m) {
        return m.fileName().substring(0, m.fileName().indexOf(':'));
    }

    static Map<String, String> digests(List<GeneratedMessage> messages) {
        Map<String, String> out = new TreeMap<>();
        messages.forEach(m -> out.put(m.relativePath(), sha256(m.rfc822())));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
