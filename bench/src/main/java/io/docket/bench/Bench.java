package io.docket.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.bench.trade.TradeCorpus;
import io.docket.bench.trade.TradeMailGenerator;
import io.docket.bench.trade.TradeQueries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One reproducible benchmark run: builds (or reuses) the named corpus with the maintainers' kit,
 * archives it with `docket import` in a child JVM (wall time, peak RSS), checks the archive's counts
 * exactly, measures size, the query set in process and over HTTP, then +1% incremental twice: live (the
 * archive open with serve's Maildir watcher running) and with `docket import` in a new JVM; with --peers
 * runs notmuch and mu on the same Maildir in the same run and prints Docket/peer ratios. Timings are
 * reported, never asserted: a noisy machine changes numbers, not verdicts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark Docket (and notmuch, mu) on the SpamAssassin corpus.")
public final class Bench implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "100k", description = "6k (the real corpus), or a scaled one: 100k, 1m, or any NNNk/NNNm (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--kit", defaultValue = "../shared/bench", description = "The peer benchmark kit (default ${DEFAULT-VALUE}).")
    Path kitSource;

    @Option(names = "--work", defaultValue = "bench/data", description = "Corpus, archives and peer indexes (default ${DEFAULT-VALUE}; gitignored).")
    Path work;

    @Option(names = "--jar", defaultValue = "search-api/target/docket.jar", description = "The docket jar to time.")
    Path jar;

    @Option(names = "--heap", defaultValue = "1g", description = "Heap for the archiving JVM (default ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "Extra option for the archiving JVM, repeatable (./docket passes its start-up cache and RocksDB's library folder, so imports start as they do for users).")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--live-bursts", defaultValue = "10",
            description = "Timed bursts of +1%% delivered to the live watcher, after an untimed one (default ${DEFAULT-VALUE}); the row is their median.")
    int liveBursts;

    @Option(names = "--live-warm-up", defaultValue = "30000",
            description = "Maildir files the bench JVM archives into a scratch archive before the live bursts, to compile its ingest code as a running server's is (default ${DEFAULT-VALUE}).")
    int liveWarmUp;

    @Option(names = "--reps", defaultValue = "20", description = "Timed runs of each query (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--peers", description = "Also run notmuch and mu (Debian: notmuch maildir-utils python3-notmuch2 time).")
    boolean peers;

    @Option(names = "--queries-only", description = "Reuse the archive of the last run and time only the queries (for profiling).")
    boolean queriesOnly;

    @Option(names = "--reuse-archive",
            description = "Keep the archive an earlier `docket import` of this corpus made (at 1M that import takes over an hour and is timed on its own);"
                    + " import only the files it lacks, then measure everything else on a copy of it (deleted after), so that every such run"
                    + " times the same mail. The ingest rows stay empty.")
    boolean reuseArchive;

    @Option(names = "--out", defaultValue = "docs/bench", description = "Where the report (.md, .json) goes (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--readme", defaultValue = "README.md",
            description = "The README whose generated table for this size a run rewrites, between its markers (default ${DEFAULT-VALUE});"
                    + " a run with --reuse-archive, which has no ingest rows, leaves it.")
    Path readme;

    @Option(names = "--no-readme", description = "Leave the README as it is (experiments).")
    boolean noReadme;

    @Option(names = "--report-only", description = "Run nothing: write the report (.md) and the README's table again from the recorded .json of this size.")
    boolean reportOnly;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int count = count(size);
        if (reportOnly) {
            JsonNode recorded = new ObjectMapper().readTree(out.resolve(size + ".json").toFile());
            writeMarkdown(recorded);
            say("wrote %s from %s", out.resolve(size + ".md"), out.resolve(size + ".json"));
            updateReadme(recorded);
            return 0;
        }
        work = Files.createDirectories(work).toAbsolutePath().normalize();
        Kit kit = Kit.install(kitSource, work);
        kit.fetchCorpusIfMissing();
        Path maildir = kit.maildir(work.toAbsolutePath(), size, count);
        // Scaled corpora also carry generated trade mail in their .Trade folder; the real 6k corpus stays as the peers' kit makes it.
        TradeCorpus trade = count == 0 ? null : kit.tradeMail(maildir, count);
        int messages = Kit.countMessages(maildir) + (trade == null ? 0 : trade.mail().size());
        long maildirBytes = du(maildir);
        say("corpus: %s, %,d messages, %.0f MB (%s)", maildir, messages, maildirBytes / 1e6, made(count, trade));
        List<String> problems = new ArrayList<>();
        List<QueryBench.Query> querySet = querySet(trade);

        Path data = work.toAbsolutePath().resolve("docket-" + size);
        if (queriesOnly) {
            try (EmbeddedArchive archive = Archives.open(data)) {
                MachinePhases machine = new MachinePhases();
                machine.start();
                List<QueryBench.Result> timed = QueryBench.run(archive, querySet, reps);
                machine.end("queries");
                timed.forEach(Bench::sayTimings);
                say("  HTTP: median of medians %.2f ms, worst p99 %.2f ms; in process with snippets and facets: median of medians %.2f ms",
                        QueryBench.percentile(timed.stream().mapToDouble(r -> QueryBench.percentile(r.httpMs(), 50)).toArray(), 50),
                        timed.stream().mapToDouble(r -> QueryBench.percentile(r.httpMs(), 99)).max().orElse(0),
                        QueryBench.percentile(timed.stream().mapToDouble(r -> QueryBench.percentile(r.fullMs(), 50)).toArray(), 50));
                if (trade != null) evidence(EvidenceBench.run(archive, trade, reps), problems);
                say("  this machine before the queries (and CPU time the hypervisor took during them): %s", machine.byPhase().get("queries"));
            }
            problems.forEach(p -> say("PROBLEM: %s", p));
            return problems.isEmpty() ? 0 : 1;
        }
        MachinePhases machine = new MachinePhases();
        Timed full;
        machine.start();
        if (reuseArchive) {
            if (!Files.isDirectory(data)) throw new IOException("--reuse-archive: no archive at " + data);
            full = importInto(data, maildir);
            say("docket catch-up import into the kept archive: %.1f s", full.wallSeconds());
        } else {
            deleteTree(data);
            full = importInto(data, maildir);
            say("docket full ingest: %.1f s, %,.0f messages/s, %.2f ms of CPU per message, peak RSS %.0f MB (largest shares seen: anonymous %.0f MB, mapped files %.0f MB)",
                    full.wallSeconds(), messages / full.wallSeconds(), full.cpuSeconds() * 1000 / messages, full.peakRssMb(), full.peakAnonMb(),
                    full.peakFileMb());
        }
        machine.end("ingest");

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("when", Instant.now().toString());
        Map<String, Object> corpus = new LinkedHashMap<>(Map.of("label", size, "messages", messages, "maildirBytes", maildirBytes,
                "made", made(count, trade)));
        if (trade != null) {
            corpus.put("trade", Map.of("folder", TradeMailGenerator.FOLDER, "seed", TradeMailGenerator.SEED, "orders", trade.orders().size(),
                    "messages", trade.mail().size()));
        }
        report.put("corpus", corpus);
        Map<String, Object> docket = new LinkedHashMap<>();
        docket.put("heap", heap);
        docket.put("jvmOptions", jvmOptions);
        if (reuseArchive) {
            docket.put("reusedArchive", true);
            docket.put("catchUpImportSeconds", round(full.wallSeconds()));
        } else {
            docket.put("fullIngestSeconds", round(full.wallSeconds()));
            docket.put("messagesPerSecond", round(messages / full.wallSeconds()));
            docket.put("peakRssMb", round(full.peakRssMb()));
            docket.put("peakAnonymousMb", Double.isNaN(full.peakAnonMb()) ? null : round(full.peakAnonMb()));
            docket.put("peakMappedFileMb", Double.isNaN(full.peakFileMb()) ? null : round(full.peakFileMb()));
            docket.put("fullIngestCpuSeconds", Double.isNaN(full.cpuSeconds()) ? null : round(full.cpuSeconds()));
            docket.put("cpuMsPerMessage", Double.isNaN(full.cpuSeconds()) ? null : round(full.cpuSeconds() * 1000 / messages));
        }

        int added = Math.max(1, Math.round(messages / 100f));
        int next = messages;   // the kit's number of the first +1% message
        // A reused archive stays as the catch-up import left it: this run measures a copy, into which its +1% rows
        // archive, so that every reuse run delivers the same mail in its live bursts (the mail sets a burst's cost).
        Path measured = data;
        if (reuseArchive) {
            measured = work.toAbsolutePath().resolve("docket-" + size + "-copy");
            deleteTree(measured);
            copyTree(data, measured);
        }
        List<QueryBench.Result> queries;
        long earlier;   // originals a kept archive holds beyond the corpus (+1% mail archived into it by older builds' reuse runs)
        try (EmbeddedArchive archive = Archives.open(measured)) {
            // Every Maildir file is one original; files that share a Message-ID with other bytes (841 in the
            // scaled 100k corpus) are kept as variants of one message, so originals are what must match.
            long archived = archive.stats().originals();
            // A kept archive also holds the +1% originals of earlier runs (kit numbers messages, messages+1, ...): the
            // new +1% files are numbered after them, so they are new to the archive as well.
            earlier = reuseArchive && archived > messages ? archived - messages : 0;
            if (earlier > 0) {
                say("the kept archive also holds %,d originals of earlier +1%% runs; this run's new files are numbered after them,"
                        + " and the query set's recorded hit counts are not checked", earlier);
                docket.put("earlierIncrementalOriginals", earlier);
            }
            if (archived != messages + earlier) problems.add("archive holds " + archived + " originals, the Maildir " + messages + " files");
            next = (int) (messages + earlier);
            docket.put("archivedMessages", archive.stats().messages());
            docket.put("archivedOriginals", archived);
            long archiveBytes = du(measured);
            docket.put("archiveBytes", archiveBytes);
            docket.put("archiveToMaildir", round((double) archiveBytes / maildirBytes));
            say("archive: %.0f MB = %.2f x the Maildir (index %.0f MB, store %.0f MB)", archiveBytes / 1e6, (double) archiveBytes / maildirBytes,
                    archive.stats().indexBytes() / 1e6, archive.stats().storeBytes() / 1e6);
            machine.start();
            queries = QueryBench.run(archive, querySet, reps);
            if (trade != null) docket.put("evidence", evidence(EvidenceBench.run(archive, trade, reps), problems));
            machine.end("queries");

            // Kit numbers: the live warm-up burst, the timed live bursts, then the CLI's +1% (each `added` long).
            // The timed bursts are written beside the Maildir first (same file system, so delivery is a rename).
            Path staging = work.resolve("staging-" + size);
            deleteTree(staging);
            Path scratch = work.resolve("warm-up-" + size);
            deleteTree(scratch);
            LiveIncremental.WarmUp warmUp = LiveIncremental.warmUp(maildir, scratch, liveWarmUp);
            deleteTree(scratch);
            say("live +1%%: this JVM first archived %,d files of the Maildir into a scratch archive (%.1f s), as a running server has archived mail before",
                    warmUp.files(), warmUp.seconds());
            docket.put("liveWarmUpImportMessages", warmUp.files());
            machine.start();
            LiveIncremental.Result live = LiveIncremental.run(archive, kit, maildir, staging, next, added, liveBursts, next);
            machine.end("live");
            deleteTree(staging);
            for (Path f : live.written()) Files.deleteIfExists(f);
            docket.put("liveIncrementalMessages", added);
            docket.put("liveIncrementalWarmUpMessages", added);
            double liveSeconds = live.medianSeconds();
            docket.put("liveIncrementalSeconds", Double.isNaN(liveSeconds) ? null : round(liveSeconds));
            List<Map<String, Object>> burstRows = new ArrayList<>();
            for (LiveIncremental.Burst b : live.bursts()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seconds", Double.isNaN(b.seconds()) ? null : round(b.seconds()));
                row.put("flushedSeconds", round(b.flushedSeconds()));
                row.put("flushes", b.flushes());
                row.put("compileSeconds", round(b.compileSeconds()));
                row.put("cpuSeconds", round(b.cpuSeconds()));
                row.put("idleWaitSeconds", round(b.idleWaitSeconds()));
                burstRows.add(row);
            }
            docket.put("liveIncrementalBursts", burstRows);
            if (Double.isNaN(liveSeconds)) problems.add("live +1%: the new messages were not all searchable within 5 minutes");
            for (LiveIncremental.Burst b : live.bursts()) {
                say("docket +1%% live (%,d new, serve's Maildir watcher running): %.2f s from the first file delivered (renamed into new/) until all are searchable; flushed after %.2f s (%d flushes); JIT compiling meanwhile %.2f s; CPU %.2f s on %d cores; idle after %.1f s of waiting before it",
                        added, b.seconds(), b.flushedSeconds(), b.flushes(), b.compileSeconds(), b.cpuSeconds(), Runtime.getRuntime().availableProcessors(), b.idleWaitSeconds());
            }
            long liveExpected = next + (1L + live.bursts().size()) * added;
            if (live.originals() != liveExpected) {
                problems.add("live +1%: the archive holds " + live.originals() + " originals, expected " + liveExpected);
            }
            if (live.searchable() != live.messages()) {
                problems.add("live +1%: a search finds " + live.searchable() + " messages, the store holds " + live.messages());
            }
            next = (int) liveExpected;
        }
        List<Map<String, Object>> queryRows = new ArrayList<>();
        for (QueryBench.Result r : queries) {
            Long expected = r.query().expected().get(size);
            // The recorded counts are the corpus's: an archive holding more mail is not checked against them.
            if (expected != null && earlier == 0 && expected != r.hits()) problems.add(r.query().name() + ": " + r.hits() + " hits, expected " + expected);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.query().name());
            row.put("query", r.query().text());
            row.put("hits", r.hits());
            row.put("expectedHits", expected);
            row.put("inProcessMedianMs", round(QueryBench.percentile(r.inProcessMs(), 50)));
            row.put("inProcessP99Ms", round(QueryBench.percentile(r.inProcessMs(), 99)));
            row.put("inProcessMaxMs", round(QueryBench.max(r.inProcessMs())));
            row.put("fullMedianMs", round(QueryBench.percentile(r.fullMs(), 50)));
            row.put("fullP99Ms", round(QueryBench.percentile(r.fullMs(), 99)));
            row.put("httpMedianMs", round(QueryBench.percentile(r.httpMs(), 50)));
            row.put("httpP99Ms", round(QueryBench.percentile(r.httpMs(), 99)));
            row.put("httpMaxMs", round(QueryBench.max(r.httpMs())));
            queryRows.add(row);
            sayTimings(r);
        }
        docket.put("queries", queryRows);
        docket.put("inProcessMedianOfMediansMs", round(medianOf(queryRows, "inProcessMedianMs")));
        docket.put("inProcessSlowestMs", round(queryRows.stream().mapToDouble(r -> (double) r.get("inProcessMaxMs")).max().orElse(0)));
        // The peers' kit reports its slowest query as that query's median (`spam*`: notmuch 26 ms, mu 12 ms); this is the same measure.
        queryRows.stream().max(Comparator.comparingDouble(r -> (double) r.get("inProcessMedianMs"))).ifPresent(slowest -> {
            docket.put("inProcessSlowestQuery", slowest.get("query"));
            docket.put("inProcessSlowestQueryMedianMs", slowest.get("inProcessMedianMs"));
        });
        docket.put("fullMedianOfMediansMs", round(medianOf(queryRows, "fullMedianMs")));
        docket.put("httpMedianOfMediansMs", round(medianOf(queryRows, "httpMedianMs")));
        docket.put("httpP99WorstMs", round(queryRows.stream().mapToDouble(r -> (double) r.get("httpP99Ms")).max().orElse(0)));

        // The live bursts archived kit numbers up to next - 1 (their files are gone again); the CLI's +1% are the
        // next ones, so it too finds exactly `added` new files.
        List<Path> addedFiles = kit.addNew(maildir, next, added);
        try {
            machine.start();
            Timed incremental = importInto(measured, maildir);
            machine.end("cliIncremental");
            docket.put("incrementalMessages", added);
            docket.put("incrementalSeconds", round(incremental.wallSeconds()));
            say("docket +1%% incremental (%,d new): %.2f s including JVM start", added, incremental.wallSeconds());
            try (EmbeddedArchive archive = Archives.open(measured)) {
                long archived = archive.stats().originals();
                if (archived != next + (long) added) {
                    problems.add("after +1% live (warm-up and timed bursts) and +1% CLI the archive holds " + archived
                            + " originals, expected " + (next + (long) added));
                }
            }
        } finally {
            for (Path f : addedFiles) Files.deleteIfExists(f);
            if (reuseArchive) deleteTree(measured);
        }
        report.put("docket", docket);

        if (peers) {
            machine.start();
            report.put("peers", runPeers(kit, maildir));
            machine.end("peers");
        }
        docket.put("machine", machine.byPhase());
        say("this machine before each phase (and CPU time the hypervisor took during it): %s", machine.byPhase());
        report.put("problems", problems);
        write(report);
        problems.forEach(p -> say("PROBLEM: %s", p));
        return problems.isEmpty() ? 0 : 1;
    }

    private static void sayTimings(QueryBench.Result r) {
        say("  %-20s %-32s %,8d hits  headers %7.2f ms (p99 %7.2f)  full %7.2f ms  http %7.2f ms (p99 %7.2f)", r.query().name(),
                r.query().text(), r.hits(), QueryBench.percentile(r.inProcessMs(), 50), QueryBench.percentile(r.inProcessMs(), 99),
                QueryBench.percentile(r.fullMs(), 50), QueryBench.percentile(r.httpMs(), 50), QueryBench.percentile(r.httpMs(), 99));
    }

    private static String made(int count, TradeCorpus trade) {
        if (count == 0) return "the SpamAssassin public corpus as make-maildir.py writes it";
        return String.format(Locale.ROOT, "make-maildir.py --count %d, plus %,d generated trade messages (%,d orders, seed %d) in %s", count,
                trade.mail().size(), trade.orders().size(), TradeMailGenerator.SEED, TradeMailGenerator.FOLDER);
    }

    /** The peers' ten queries, and with trade mail the trade queries, whose expected hits the generator gives. */
    private List<QueryBench.Query> querySet(TradeCorpus trade) throws IOException {
        List<QueryBench.Query> set = new ArrayList<>(QueryBench.load());
        if (trade != null) {
            for (TradeQueries.Query q : TradeQueries.of(trade)) set.add(new QueryBench.Query(q.name(), q.text(), Map.of(size, q.expected())));
        }
        return set;
    }

    private static Map<String, Object> evidence(EvidenceBench.Result r, List<String> problems) {
        problems.addAll(r.problems());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("orders", r.orders());
        row.put("timingsPerOrder", r.inProcessMs().length / Math.max(1, r.orders()));
        row.put("meanChainMessages", round(r.meanChain()));
        row.put("inProcessMedianMs", round(QueryBench.percentile(r.inProcessMs(), 50)));
        row.put("inProcessP99Ms", round(QueryBench.percentile(r.inProcessMs(), 99)));
        row.put("inProcessMaxMs", round(QueryBench.max(r.inProcessMs())));
        row.put("httpMedianMs", round(QueryBench.percentile(r.httpMs(), 50)));
        row.put("httpP99Ms", round(QueryBench.percentile(r.httpMs(), 99)));
        row.put("httpMaxMs", round(QueryBench.max(r.httpMs())));
        say("  order evidence (%d orders, %.1f messages each): in process %.2f ms (p99 %.2f, max %.2f), http %.2f ms (p99 %.2f, max %.2f)",
                r.orders(), r.meanChain(), row.get("inProcessMedianMs"), row.get("inProcessP99Ms"), row.get("inProcessMaxMs"),
                row.get("httpMedianMs"), row.get("httpP99Ms"), row.get("httpMaxMs"));
        row.put("exportedOrders", r.exportMs().length / EvidenceBench.EXPORT_REPS);
        row.put("exportMeanMessages", round(r.meanExportedMessages()));
        row.put("firstExportMs", round(r.firstExportMs()));
        row.put("exportMedianMs", round(QueryBench.percentile(r.exportMs(), 50)));
        row.put("exportMaxMs", round(QueryBench.max(r.exportMs())));
        say("  evidence bundle export (%d orders, %.1f messages each, %d times each): median %.1f ms, max %.1f ms; the first after opening %.1f ms",
                r.exportMs().length / EvidenceBench.EXPORT_REPS, r.meanExportedMessages(), EvidenceBench.EXPORT_REPS,
                row.get("exportMedianMs"), row.get("exportMaxMs"), row.get("firstExportMs"));
        return row;
    }

    private Timed importInto(Path data, Path maildir) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "import", "--data", data.toString(), maildir.toString()));
        Timed t = Timed.run(command, Path.of("."));
        if (t.exitCode() != 0) throw new IOException("docket import failed:\n" + t.output());
        return t;
    }

    private Map<String, Object> runPeers(Kit kit, Path maildir) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String tool : List.of("notmuch", "mu")) {
            if (!onPath(tool)) {
                say("peers: %s is not installed (apt-get install notmuch maildir-utils python3-notmuch2 time); skipped", tool);
                return out;
            }
        }
        say("peers: running notmuch and mu on the same Maildir (kit bench-peers.py)...");
        kit.run(List.of("python3", "bench-peers.py", "--maildir", maildir.toAbsolutePath().toString(), "--label", size, "--reps", Integer.toString(reps)));
        JsonNode summary = new ObjectMapper().readTree(kit.dir().resolve("data/results/" + size + "/summary.json").toFile());
        out.put("summary", summary);
        try {
            Timed mu = kit.run(List.of("python3", "inproc-mu.py", "--muhome", kit.dir().resolve("data/idx/" + size + "/mu/muhome").toString(),
                    "--reps", "50"));
            out.put("muInProcess", new ObjectMapper().readTree(jsonPart(mu.output())));
        } catch (IOException e) {
            say("peers: mu in-process timing failed: %s", e.getMessage().lines().findFirst().orElse(""));
        }
        return out;
    }

    private static String jsonPart(String output) {
        int start = output.indexOf('{');
        int end = output.lastIndexOf('}');
        return start < 0 || end < start ? "{}" : output.substring(start, end + 1);
    }

    private void write(Map<String, Object> report) throws IOException {
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(out.resolve(size + ".json"), json.writeValueAsString(report), StandardCharsets.UTF_8);
        JsonNode run = json.valueToTree(report);
        System.out.println();
        System.out.println(writeMarkdown(run));
        say("wrote %s and %s", out.resolve(size + ".md"), out.resolve(size + ".json"));
        if (reuseArchive) say("README left as it is: a run that reused an archive has no ingest rows");
        else updateReadme(run);
    }

    /** docs/bench/SIZE.md from the run's JSON; returns what it wrote. */
    private String writeMarkdown(JsonNode run) throws IOException {
        String table = Report.markdown(run);
        Files.writeString(out.resolve(size + ".md"), table, StandardCharsets.UTF_8);
        return table;
    }

    private void updateReadme(JsonNode run) throws IOException {
        if (noReadme || !Files.isRegularFile(readme)) return;
        Optional<String> updated = ReadmeTable.replace(Files.readString(readme, StandardCharsets.UTF_8), size, Report.readmeSection(run));
        if (updated.isEmpty()) {
            say("%s has no generated table for --size %s (a line %s, the table, then %s): left as it is", readme, size,
                    ReadmeTable.start(size), ReadmeTable.end(size));
            return;
        }
        Files.writeString(readme, updated.get(), StandardCharsets.UTF_8);
        say("rewrote the --size %s table in %s", size, readme);
    }

    static int count(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("6k")) return 0;
        if (l.endsWith("k")) return Integer.parseInt(l.substring(0, l.length() - 1)) * 1_000;
        if (l.endsWith("m")) return Integer.parseInt(l.substring(0, l.length() - 1)) * 1_000_000;
        throw new CommandLine.ParameterException(new CommandLine(new Bench()), "--size: expected 6k, NNNk or NNm, got " + label);
    }

    private static double medianOf(List<Map<String, Object>> rows, String key) {
        return QueryBench.percentile(rows.stream().mapToDouble(r -> (double) r.get(key)).toArray(), 50);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }

    /** Allocated bytes, as du and the peers' harness count them (a Maildir of small files takes whole blocks). */
    static long du(Path dir) throws IOException, InterruptedException {
        // The real path: du of a symlinked work folder (bench/data/maildir-100k -> elsewhere) counts the link.
        Process p = new ProcessBuilder("du", "-sk", dir.toRealPath().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) throw new IOException("du failed: " + out);
        return Long.parseLong(out.split("\\s+")[0]) * 1024;
    }

    /** Copies a closed archive's folder, file by file. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
