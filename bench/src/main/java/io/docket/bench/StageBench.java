package io.docket.bench;

import io.docket.backend.Archives;
import io.docket.extract.trade.TradeAnalyzer;
import io.docket.model.ParsedMessage;
import io.docket.model.TradeFacts;
import io.docket.parse.MimeParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The parse and extract stages alone, on one thread, over the files of a Maildir: CPU per message for
 * each stage, and a digest of each stage's output. A change that is meant to make a stage faster without
 * changing what it finds must leave both digests as they were (compare two builds on the same Maildir).
 */
@Command(name = "bench stages", mixinStandardHelpOptions = true,
        description = "Time parsing and trade extraction on one thread over a Maildir, and digest their output.")
public final class StageBench implements Callable<Integer> {
    @Parameters(index = "0", description = "A Maildir (every cur/ and new/ below it is read, in name order).")
    Path maildir;

    @Option(names = "--limit", defaultValue = "20000", description = "Messages to time (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", defaultValue = "3000", description = "Messages run untimed first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--dump", description = "Also write one line per timed message (file, language, orders, terms), to see where two builds differ.")
    Path dump;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StageBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = messageFiles(maildir);
        MimeParser parser = Archives.defaultParser();
        TradeAnalyzer analyzer = TradeAnalyzer.defaults();
        for (Path file : files.subList(0, Math.min(warmup, files.size()))) analyzer.analyze(parser.parse(Files.readAllBytes(file)));

        List<Path> timed = files.subList(0, Math.min(limit, files.size()));
        MessageDigest parsedDigest = sha256();
        MessageDigest factsDigest = sha256();
        long parseNanos = 0;
        long analyzeNanos = 0;
        List<String> lines = new ArrayList<>();
        for (Path file : timed) {
            byte[] raw = Files.readAllBytes(file);
            long t0 = System.nanoTime();
            ParsedMessage parsed = parser.parse(raw);
            long t1 = System.nanoTime();
            TradeFacts facts = analyzer.analyze(parsed);
            long t2 = System.nanoTime();
            parseNanos += t1 - t0;
            analyzeNanos += t2 - t1;
            // Records print every component, so equal text means equal output.
            parsedDigest.update(parsed.toString().getBytes(StandardCharsets.UTF_8));
            factsDigest.update(facts.toString().getBytes(StandardCharsets.UTF_8));
            if (dump != null) {
                lines.add(String.join("\t", maildir.relativize(file).toString(), parsed.language(),
                        facts.orders().stream().map(TradeFacts.OrderRef::key).toList().toString(),
                        facts.clauses().stream().map(c -> c.type() + "=" + c.value()).toList().toString()));
            }
        }
        if (dump != null) Files.write(dump, lines);
        int n = timed.size();
        System.out.printf("%,d messages from %s (after %,d untimed), one thread%n", n, maildir, Math.min(warmup, files.size()));
        System.out.printf("parse    %7.3f ms/message  output %s%n", parseNanos / 1e6 / n, hex(parsedDigest));
        System.out.printf("extract  %7.3f ms/message  output %s%n", analyzeNanos / 1e6 / n, hex(factsDigest));
        return 0;
    }

    private static List<Path> messageFiles(Path maildir) throws IOException {
        try (Stream<Path> all = Files.walk(maildir)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> {
                        String parent = p.getParent().getFileName().toString();
                        return parent.equals("cur") || parent.equals("new");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
