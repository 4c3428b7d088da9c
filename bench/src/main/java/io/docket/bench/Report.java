package io.docket.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run as a Markdown table, Docket beside notmuch and mu with the ratio Docket/peer on every row. */
final class Report {
    private Report() {}

    static String markdown(JsonNode run) {
        StringBuilder out = new StringBuilder(headline(run));
        machine(out, run.get("docket"));
        queries(out, run.get("docket"));
        evidence(out, run.get("docket"));
        problems(out, run);
        return out.toString();
    }

    /** What the README shows of a run ({@link ReadmeTable}): the corpus, the table beside the peers, and the evidence chain. */
    static String readmeSection(JsonNode run) {
        StringBuilder out = new StringBuilder(headline(run));
        evidence(out, run.get("docket"));
        problems(out, run);
        return out.toString();
    }

    private static void problems(StringBuilder out, JsonNode run) {
        if (run.get("problems").size() > 0) out.append("\nProblems: ").append(run.get("problems").toString()).append('\n');
    }

    /** The corpus and how the run was made, then every measured row beside notmuch and mu. */
    private static String headline(JsonNode run) {
        JsonNode c = run.get("corpus");
        JsonNode d = run.get("docket");
        JsonNode peers = run.path("peers").path("summary").path("peers");
        JsonNode nm = peers.path("notmuch");
        JsonNode mu = peers.path("mu");
        JsonNode muIn = run.path("peers").path("muInProcess");
        StringBuilder out = new StringBuilder();
        boolean aot = d.path("jvmOptions").toString().contains("AOTCache");
        out.append(String.format(Locale.ROOT, "Corpus %s: %,d messages, %.0f MB Maildir (%s). Run %s, heap %s%s.%n%n",
                c.get("label").asText(), c.get("messages").asLong(), c.get("maildirBytes").asLong() / 1e6, c.get("made").asText(),
                run.get("when").asText(), d.get("heap").asText(), aot ? ", imports with ./docket's start-up (AOT) cache" : ""));
        long messages = c.get("messages").asLong();
        if (d.path("reusedArchive").asBoolean()) {
            out.append(String.format(Locale.ROOT, "The archive of an earlier `docket import` of this corpus was kept (`--reuse-archive`; that import is timed on its own, "
                    + "see docs/performance.md); the files it lacked were imported in %.1f s.%n%n", d.get("catchUpImportSeconds").asDouble()));
        }
        Rows rows = new Rows(out, !run.path("peers").isMissingNode());
        rows.header();
        rows.add("full ingest, messages/s", number(d, "messagesPerSecond"), peerRate(nm.path("full_index"), messages),
                peerRate(mu.path("full_index"), messages), "%,.0f");
        // CPU per message says what the rate hides: how many cores each program kept busy for it.
        rows.add("full ingest, CPU per message, ms (user + system)", number(d, "cpuMsPerMessage"), cpuPerMessage(nm.path("full_index"), messages),
                cpuPerMessage(mu.path("full_index"), messages), "%.2f");
        rows.add("peak RSS while ingesting, MB", number(d, "peakRssMb"), nm.path("full_index").path("peak_rss_mb"),
                mu.path("full_index").path("peak_rss_mb"), "%,.0f");
        if (d.path("peakAnonymousMb").isNumber()) {
            rows.add("… of it anonymous (heap and native memory), largest seen, MB", d.get("peakAnonymousMb").asDouble(), null, null, "%,.0f");
            rows.add("… of it mapped files (index read through mmap, start-up cache), largest seen, MB", d.get("peakMappedFileMb").asDouble(),
                    null, null, "%,.0f");
        }
        rows.add("archive or index size / Maildir", d.get("archiveToMaildir").asDouble(), ratio(nm.path("index_bytes"), messages, c),
                ratio(mu.path("index_bytes"), messages, c), "%.2f");
        rows.add("+1% new messages, s (Docket: `docket import` in a new JVM)", d.get("incrementalSeconds").asDouble(),
                nm.path("incremental").path("wall_s"), mu.path("incremental").path("wall_s"), "%.2f");
        // Peers have no watcher: beside the live row stand their `notmuch new` / `mu index` runs, what their users wait for.
        rows.add("+1% new messages live, s (Docket: `serve --watch-maildir`, first file delivered into new/ → all searchable; "
                        + liveBursts(d) + ")",
                d.path("liveIncrementalSeconds").isNumber() ? d.get("liveIncrementalSeconds").asDouble() : Double.NaN,
                nm.path("incremental").path("wall_s"), mu.path("incremental").path("wall_s"), "%.2f");
        rows.add("in-process top-20 (ids and headers), median of medians, ms", d.get("inProcessMedianOfMediansMs").asDouble(), null,
                muIn.path("_median_of_top20_medians_ms"), "%.2f");
        rows.add("in-process top-20 with snippets and facets, median of medians, ms", d.get("fullMedianOfMediansMs").asDouble(), null, null, "%.2f");
        if (d.has("inProcessSlowestQueryMedianMs")) {
            JsonNode muSlowest = slowestMuQuery(muIn);
            String muName = muSlowest == null ? "not run" : "`" + muSlowest.path("query").asText().replace("|", "\\|") + "`";
            rows.add("in-process slowest query (headers), its median, ms (Docket: `" + d.get("inProcessSlowestQuery").asText().replace("|", "\\|")
                            + "`" + (rows.withPeers() ? "; mu: " + muName : "") + ")",
                    d.get("inProcessSlowestQueryMedianMs").asDouble(), null, muSlowest == null ? null : muSlowest.get("top20_median_ms"), "%.2f");
        }
        rows.add("in-process slowest single run of any query (headers), ms", d.get("inProcessSlowestMs").asDouble(), null,
                slowestMuRun(muIn), "%.2f");
        rows.add("HTTP query median of medians, ms", d.get("httpMedianOfMediansMs").asDouble(), null, null, "%.2f");
        rows.add("HTTP worst p99, ms", d.get("httpP99WorstMs").asDouble(), null, null, "%.2f");
        rows.add("CLI query (process start included), median of medians, ms", Double.NaN, nm.path("query_median_of_medians_ms"),
                mu.path("query_median_of_medians_ms"), "%.2f");
        return out.toString();
    }

    private static void machine(StringBuilder out, JsonNode d) {
        JsonNode machine = d.path("machine");
        if (machine.isObject() && !machine.isEmpty()) {
            List<String> phases = new ArrayList<>();
            machine.properties().forEach(e -> {
                JsonNode m = e.getValue();
                String steal = m.has("stealPercent") ? String.format(Locale.ROOT, ", %.1f%% of its CPU time stolen", m.get("stealPercent").asDouble()) : "";
                phases.add(String.format(Locale.ROOT, "%s: SHA-256 %,.0f MB/s, %.1f ns per dependent read%s", e.getKey(),
                        m.path("sha256MbPerSecond").asDouble(), m.path("nsPerDependentRead").asDouble(), steal));
            });
            out.append("\nThis machine's speed before each phase (the same work in every build: hashing, and reads that each wait for the last over 64 MB) "
                    + "and the CPU time the hypervisor gave to other guests during it (steal in `/proc/stat`): ").append(String.join("; ", phases))
                    .append(". Compare runs by these before comparing their timings.\n");
        }
    }

    private static void queries(StringBuilder out, JsonNode d) {
        out.append("\n| query | Docket syntax | hits | headers: median / p99 / max ms | with snippets and facets: median / p99 ms | HTTP median / p99 ms |\n|---|---|---|---|---|---|\n");
        for (JsonNode q : d.get("queries")) {
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %,d | %.2f / %.2f / %.2f | %.2f / %.2f | %.2f / %.2f |%n", q.get("name").asText(),
                    q.get("query").asText().replace("|", "\\|"), q.get("hits").asLong(), q.get("inProcessMedianMs").asDouble(),
                    q.get("inProcessP99Ms").asDouble(), q.get("inProcessMaxMs").asDouble(), q.get("fullMedianMs").asDouble(),
                    q.get("fullP99Ms").asDouble(), q.get("httpMedianMs").asDouble(), q.get("httpP99Ms").asDouble()));
        }
    }

    private static void evidence(StringBuilder out, JsonNode d) {
        JsonNode ev = d.path("evidence");
        if (!ev.isMissingNode()) {
            out.append(String.format(Locale.ROOT, "%nOrder evidence chain (the API's `/api/v1/orders/{order}/evidence`): %d generated orders sampled evenly, "
                            + "%.1f messages each on average (counts checked against the generator), %d timings per order.%n%n",
                    ev.get("orders").asInt(), ev.get("meanChainMessages").asDouble(), ev.get("timingsPerOrder").asInt()));
            out.append("| | median ms | p99 ms | max ms |\n|---|---|---|---|\n");
            out.append(String.format(Locale.ROOT, "| in process | %.2f | %.2f | %.2f |%n", ev.get("inProcessMedianMs").asDouble(),
                    ev.get("inProcessP99Ms").asDouble(), ev.get("inProcessMaxMs").asDouble()));
            out.append(String.format(Locale.ROOT, "| over HTTP | %.2f | %.2f | %.2f |%n", ev.get("httpMedianMs").asDouble(),
                    ev.get("httpP99Ms").asDouble(), ev.get("httpMaxMs").asDouble()));
            if (ev.has("exportMedianMs")) {
                out.append(String.format(Locale.ROOT, "%nEvidence bundle export (the API's `POST /api/v1/exports`, in process): %d of those orders, "
                                + "%.1f messages each, %d times each after one untimed export: median %.1f ms, max %.1f ms. The first export after "
                                + "the archive was opened took %.1f ms (the JIT, the fonts, and once per archive made before the custody log was "
                                + "indexed by message, indexing it).%n", ev.get("exportedOrders").asInt(), ev.get("exportMeanMessages").asDouble(),
                        EvidenceBench.EXPORT_REPS, ev.get("exportMedianMs").asDouble(), ev.get("exportMaxMs").asDouble(),
                        ev.get("firstExportMs").asDouble()));
            }
        }
    }

    /** A Docket figure, or NaN (shown as "–") when this run did not take it. */
    private static double number(JsonNode docket, String key) {
        JsonNode v = docket.path(key);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    /**
     * A peer's messages/s over the whole corpus. The kit divides by the files of the Maildir's own cur/ and new/, but
     * notmuch and mu index its sub-folders too, the generated trade mail included, as Docket does.
     */
    private static JsonNode peerRate(JsonNode fullIndex, long messages) {
        JsonNode wall = fullIndex.path("wall_s");
        return wall.isNumber() && wall.asDouble() > 0 ? DoubleNode.valueOf(messages / wall.asDouble()) : null;
    }

    /** A peer's CPU per message: its wall time at the share of a CPU GNU time saw, over the whole corpus. */
    private static JsonNode cpuPerMessage(JsonNode fullIndex, long messages) {
        JsonNode wall = fullIndex.path("wall_s");
        JsonNode pct = fullIndex.path("cpu_pct");
        if (!wall.isNumber() || !pct.isNumber()) return null;
        return DoubleNode.valueOf(wall.asDouble() * pct.asDouble() * 10 / messages);
    }

    private static JsonNode ratio(JsonNode indexBytes, long messages, JsonNode corpus) {
        if (indexBytes == null || indexBytes.isMissingNode()) return null;
        return DoubleNode.valueOf(indexBytes.asDouble() / corpus.get("maildirBytes").asDouble());
    }

    /** The headline table; a run without the peers has no columns for them, and no rows only they would fill. */
    private record Rows(StringBuilder out, boolean withPeers) {
        void header() {
            out.append(withPeers ? "| | Docket | notmuch | mu | Docket/notmuch | Docket/mu |\n|---|---|---|---|---|---|\n" : "| | Docket |\n|---|---|\n");
        }

        void add(String name, double docket, JsonNode notmuch, JsonNode mu, String fmt) {
            if (!withPeers) {
                if (!Double.isNaN(docket)) out.append("| ").append(name).append(" | ").append(cell(docket, fmt)).append(" |\n");
                return;
            }
            out.append("| ").append(name).append(" | ").append(cell(docket, fmt)).append(" | ").append(cell(notmuch, fmt)).append(" | ")
                    .append(cell(mu, fmt)).append(" | ").append(ratioCell(docket, notmuch)).append(" | ").append(ratioCell(docket, mu)).append(" |\n");
        }
    }

    private static String cell(double v, String fmt) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, fmt, v);
    }

    private static String cell(JsonNode v, String fmt) {
        return v == null || v.isMissingNode() || v.isNull() ? "–" : String.format(Locale.ROOT, fmt, v.asDouble());
    }

    private static String ratioCell(double docket, JsonNode peer) {
        if (Double.isNaN(docket) || peer == null || peer.isMissingNode() || peer.isNull() || peer.asDouble() == 0) return "–";
        return String.format(Locale.ROOT, "%.2f×", docket / peer.asDouble());
    }

    /** The query whose median is highest in mu's in-process run (its harness times each query ten times), or null. */
    private static JsonNode slowestMuQuery(JsonNode muIn) {
        JsonNode slowest = null;
        for (var e : muIn.properties()) {
            JsonNode median = e.getValue().path("top20_median_ms");
            if (!e.getKey().startsWith("_") && median.isNumber() && (slowest == null || median.asDouble() > slowest.get("top20_median_ms").asDouble())) {
                slowest = e.getValue();
            }
        }
        return slowest;
    }

    private static JsonNode slowestMuRun(JsonNode muIn) {
        double max = Double.NaN;
        for (var e : muIn.properties()) {
            JsonNode m = e.getValue().path("top20_max_ms");
            if (!e.getKey().startsWith("_") && m.isNumber() && !(m.asDouble() <= max)) max = m.asDouble();
        }
        return Double.isNaN(max) ? null : DoubleNode.valueOf(max);
    }

    /** "median of 3 bursts: 2.10, 1.40, 1.30 s" (older reports timed one burst and have no list). */
    private static String liveBursts(JsonNode d) {
        JsonNode bursts = d.path("liveIncrementalBursts");
        if (!bursts.isArray() || bursts.isEmpty()) return "one burst";
        List<String> seconds = new ArrayList<>();
        for (JsonNode b : bursts) seconds.add(b.path("seconds").isNumber() ? String.format(Locale.ROOT, "%.2f", b.get("seconds").asDouble()) : "–");
        String warm = d.path("liveWarmUpImportMessages").asLong() > 0
                ? String.format(Locale.ROOT, ", after the server JVM archived %,d messages", d.get("liveWarmUpImportMessages").asLong()) : "";
        // Reports before the idle wait have no idleWaitSeconds: their bursts came right after one another.
        String spacing = bursts.get(0).has("idleWaitSeconds") ? ", each when the server was idle again" : " one after another";
        return "median of " + bursts.size() + " bursts" + spacing + warm + ": " + String.join(", ", seconds) + " s";
    }
}
