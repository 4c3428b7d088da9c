package io.docket.bench;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.extract.trade.TradeAnalyzer;
import io.docket.harvest.files.FileSource;
import io.docket.index.DocumentMapper;
import io.docket.index.MessageIndex;
import io.docket.ingest.IngestConfig;
import io.docket.model.DocketIds;
import io.docket.model.MessageRecord;
import io.docket.model.ParsedMessage;
import io.docket.model.Place;
import io.docket.model.Sha256;
import io.docket.model.TradeFacts;
import io.docket.parse.MimeParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * The pipeline's stages alone, on one thread, over the files of a Maildir: time per message for parsing,
 * trade extraction, mapping to a Lucene document and indexing it (with the final commit), and a digest of
 * the parse and extract stages' output. A change that is meant to make a stage faster without changing
 * what it finds must leave both digests as they were (compare two builds on the same Maildir).
 *
 * <p>Then the whole pipeline archives the same files into a scratch archive with the JVM already warm:
 * its CPU per message on every thread is what ingest costs once the JIT has compiled it, the floor
 * under a long import's figure.
 */
@Command(name = "bench stages", mixinStandardHelpOptions = true,
        description = "Time each ingest stage on one thread over a Maildir, digest their output, then the whole pipeline warm.")
public final class StageBench implements Callable<Integer> {
    @Parameters(index = "0", description = "A Maildir (every cur/ and new/ below it is read, in name order).")
    Path maildir;

    @Option(names = "--limit", defaultValue = "20000", description = "Messages to time (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", defaultValue = "3000", description = "Messages run untimed first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-pipeline", description = "Skip the warm whole-pipeline pass.")
    boolean noPipeline;

    @Option(names = "--pipeline-threads", description = "Ingest threads of the whole-pipeline pass (default: one per core, as an import runs).")
    Integer pipelineThreads;

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
        DocumentMapper mapper = new DocumentMapper();
        Path scratch = Files.createTempDirectory("docket-stages");
        try {
            List<Path> untimed = files.subList(0, Math.min(warmup, files.size()));
            List<Path> timed = files.subList(0, Math.min(limit, files.size()));
            try (MessageIndex warmIndex = MessageIndex.open(scratch.resolve("warm-up"), MessageIndex.RAM_BUFFER_MB)) {
                for (Path file : untimed) stages(file, parser, analyzer, mapper, warmIndex, null);
            }
            StageTimes times = new StageTimes();
            try (MessageIndex index = MessageIndex.open(scratch.resolve("index"), MessageIndex.RAM_BUFFER_MB)) {
                long cpu0 = processCpuNanos();
                Background background = Background.now();
                for (Path file : timed) stages(file, parser, analyzer, mapper, index, times);
                long t0 = System.nanoTime();
                index.commit();
                times.index += System.nanoTime() - t0;
                times.processCpu = processCpuNanos() - cpu0;
                times.background = background.since();
            }
            if (dump != null) Files.write(dump, times.lines);
            int n = timed.size();
            System.out.printf("%,d messages from %s (after %,d untimed), one thread%n", n, maildir, untimed.size());
            System.out.printf("parse    %7.3f ms/message  output %s%n", times.parse / 1e6 / n, hex(times.parsedDigest));
            System.out.printf("extract  %7.3f ms/message  output %s%n", times.extract / 1e6 / n, hex(times.factsDigest));
            System.out.printf("map      %7.3f ms/message%n", times.map / 1e6 / n);
            System.out.printf("index    %7.3f ms/message  (Lucene, with the commit)%n", times.index / 1e6 / n);
            System.out.printf("stages   %7.3f ms/message  on this thread; %.3f ms of CPU on every thread, %s%n",
                    times.total() / 1e6 / n, times.processCpu / 1e6 / n, times.background.perMessage(n));
            if (!noPipeline) {
                IngestConfig config = pipelineThreads == null ? IngestConfig.defaults()
                        : new IngestConfig(pipelineThreads, IngestConfig.DEFAULT_QUEUE_PER_THREAD, IngestConfig.DEFAULT_COMMIT_EVERY);
                wholePipeline(timed, scratch.resolve("archive"), config);
            }
        } finally {
            Bench.deleteTree(scratch);
        }
        return 0;
    }

    /** One message through each stage; {@code times} null for the untimed warm-up. */
    private void stages(Path file, MimeParser parser, TradeAnalyzer analyzer, DocumentMapper mapper, MessageIndex index,
                        StageTimes times) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        // Hashed where the pipeline's sources hash it, on the reading thread: not part of any stage.
        Sha256 sha = Sha256.of(raw);
        long t0 = System.nanoTime();
        ParsedMessage parsed = parser.parse(raw);
        long t1 = System.nanoTime();
        TradeFacts facts = analyzer.analyze(parsed);
        long t2 = System.nanoTime();
        String id = DocketIds.of(parsed);
        MessageRecord record = MessageRecord.firstOf(id, parsed, facts, new MessageRecord.Variant(sha, raw.length, 0L),
                new Place(Place.MAILDIR, "", "bench", file.getFileName().toString()), sha.hex());
        var document = mapper.toDocument(record, parsed);
        long t3 = System.nanoTime();
        index.upsert(id, document);
        long t4 = System.nanoTime();
        if (times == null) return;
        times.parse += t1 - t0;
        times.extract += t2 - t1;
        times.map += t3 - t2;
        times.index += t4 - t3;
        // Records print every component, so equal text means equal output.
        times.parsedDigest.update(parsed.toString().getBytes(StandardCharsets.UTF_8));
        times.factsDigest.update(facts.toString().getBytes(StandardCharsets.UTF_8));
        if (dump != null) {
            times.lines.add(String.join("\t", maildir.relativize(file).toString(), parsed.language(),
                    facts.orders().stream().map(TradeFacts.OrderRef::key).toList().toString(),
                    facts.clauses().stream().map(c -> c.type() + "=" + c.value()).toList().toString()));
        }
    }

    /** The real pipeline (store, threads, custody log, index, on every ingest thread) over files this JVM has already run through each stage. */
    private static void wholePipeline(List<Path> files, Path dataDir, IngestConfig config) throws Exception {
        long wall0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Background background = Background.now();
        try (EmbeddedArchive archive = Archives.open(dataDir, config)) {
            new FileSource(files).emitTo(archive.pipeline());
            archive.pipeline().commit();
        }
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        double wallS = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("pipeline %7.3f ms of CPU/message, warm, ingest threads: %d, %s: %,d messages in %.1f s (%,.0f messages/s)%n",
                cpuMs / files.size(), config.threads(), background.since().perMessage(files.size()),
                files.size(), wallS, files.size() / wallS);
    }

    /** Time the JIT compilers and the collector's pauses took since {@link #now}; both count in the process's CPU. */
    private record Background(long compileMillis, long gcMillis) {
        static Background now() {
            long gc = 0;
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) gc += Math.max(0, collector.getCollectionTime());
            return new Background(ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc);
        }

        Background since() {
            Background later = now();
            return new Background(later.compileMillis - compileMillis, later.gcMillis - gcMillis);
        }

        String perMessage(int n) {
            return String.format("JIT %.3f ms, GC pauses %.3f ms", (double) compileMillis / n, (double) gcMillis / n);
        }
    }

    private static final class StageTimes {
        final MessageDigest parsedDigest = sha256();
        final MessageDigest factsDigest = sha256();
        final List<String> lines = new ArrayList<>();
        long parse;
        long extract;
        long map;
        long index;
        long processCpu;
        Background background;

        long total() {
            return parse + extract + map + index;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
