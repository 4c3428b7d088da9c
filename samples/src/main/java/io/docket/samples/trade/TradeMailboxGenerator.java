package io.docket.samples.trade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Generates the Huada Lighting trade mailbox (see samples/trade-mailbox/README.md) as Maildir++.
 * Deterministic: no clock, no unseeded randomness; two runs give the same bytes.
 *
 * <pre>java io.docket.samples.trade.TradeMailboxGenerator samples/trade-mailbox</pre>
 */
public final class TradeMailboxGenerator {
    /** Seed of the synthetic orders added when scaling; the scripted story does not depend on it. */
    public static final long DEFAULT_SEED = 20240117L;

    /** The committed mailbox: the scripted story only. */
    public List<GeneratedMessage> generate() {
        return generate(1, DEFAULT_SEED);
    }

    /**
     * The story plus {@code scaleFactor - 1} batches of synthetic orders (one batch per customer each)
     * for benchmarks. Same arguments, same bytes. Nothing is written to disk.
     */
    public List<GeneratedMessage> generate(int scaleFactor, long seed) {
        if (scaleFactor < 1) {
            throw new IllegalArgumentException("scaleFactor must be >= 1, was " + scaleFactor);
        }
        List<Letter> letters = new ArrayList<>(TradeStory.letters());
        letters.addAll(SyntheticOrders.letters(scaleFactor - 1, seed));
        // Maildir order is delivery order; ties broken by Message-ID so the sort is total.
        letters.sort(Comparator.comparing((Letter l) -> l.date().toInstant()).thenComparing(Letter::messageId));
        MimeRenderer renderer = new MimeRenderer();
        List<GeneratedMessage> out = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Letter letter = letters.get(i);
            byte[] bytes = renderer.render(letter);
            String base = letter.date().toEpochSecond() + "." + String.format(Locale.ROOT, "%06d", i + 1) + ".docket:2,";
            if (letter.from().isHuada()) {
                out.add(new GeneratedMessage(MailFolder.SENT, base + "S", bytes));
            }
            // Mail to our own staff (CC to finance, QC forwards) is also received: same bytes in INBOX.
            if (!letter.from().isHuada() || letter.reachesHuada()) {
                out.add(new GeneratedMessage(MailFolder.INBOX, base + letter.flags(), bytes));
            }
        }
        return List.copyOf(out);
    }

    /** Writes {@code messages} under {@code root}, replacing the message files of both folders. */
    public static void write(List<GeneratedMessage> messages, Path root) throws IOException {
        for (MailFolder folder : MailFolder.values()) {
            Path cur = root.resolve(folder.curPath());
            Files.createDirectories(cur);
            Files.createDirectories(cur.resolveSibling("new"));
            Files.createDirectories(cur.resolveSibling("tmp"));
            try (Stream<Path> old = Files.list(cur)) {
                for (Path p : old.filter(Files::isRegularFile).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (GeneratedMessage m : messages) {
            Files.write(root.resolve(m.relativePath()), m.rfc822());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TradeMailboxGenerator <output-maildir>");
            System.exit(2);
        }
        List<GeneratedMessage> messages = new TradeMailboxGenerator().generate();
        write(messages, Path.of(args[0]));
        long inbox = messages.stream().filter(m -> m.folder() == MailFolder.INBOX).count();
        System.out.printf(Locale.ROOT, "wrote %d files (INBOX %d, Sent %d) to %s%n",
                messages.size(), inbox, messages.size() - inbox, args[0]);
    }
}
