package io.docket.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.access.Role;
import io.docket.api.DocketServer;
import io.docket.api.ServerAccess;
import io.docket.api.ServerSettings;
import io.docket.backend.EmbeddedArchive;
import io.docket.bench.trade.TradeCorpus;
import io.docket.evidence.OrderEvidence;
import io.docket.evidence.bundle.BundleRequest;
import io.docket.evidence.bundle.BundleSummary;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An order's evidence chain timed as the API builds it: in process (the archive's order evidence, the
 * service behind {@code GET /api/v1/orders/{order}/evidence}) and over HTTP through a real server with a
 * token, for orders sampled evenly across the generated trade mail. Each answer's message count (and
 * how many of them name the order) is checked against the generator's before anything is timed. Then
 * the evidence bundle a lawyer is handed ({@code POST /api/v1/exports}), in process: originals re-hashed,
 * custody entries, the PDF and HTML timelines, the signed manifest; the bench deletes the files it made
 * (the custody log keeps their entries, as for any export).
 */
final class EvidenceBench {
    /** Orders sampled, evenly spaced over the generated ones. */
    static final int SAMPLED_ORDERS = 20;

    /** Orders exported (from the sampled ones, evenly spaced), each {@link #EXPORT_REPS} times after one untimed export. */
    static final int EXPORTED_ORDERS = 5;
    static final int EXPORT_REPS = 3;

    /**
     * All timings in milliseconds, every sampled order {@code reps} times; problems are count mismatches.
     *
     * @param firstExportMs the first export after the archive was opened: the JIT, the fonts, and (once, in an
     *                      archive made before the custody log was indexed by message) indexing the log
     */
    record Result(int orders, double[] inProcessMs, double[] httpMs, double meanChain, double firstExportMs, double[] exportMs,
                  double meanExportedMessages, List<String> problems) {}

    private EvidenceBench() {}

    static Result run(EmbeddedArchive archive, TradeCorpus corpus, int reps) throws Exception {
        List<TradeCorpus.Order> all = corpus.orders();
        List<TradeCorpus.Order> sample = new ArrayList<>();
        int n = Math.min(SAMPLED_ORDERS, all.size());
        for (int i = 0; i < n; i++) sample.add(all.get((int) ((long) i * all.size() / n)));
        List<String> problems = new ArrayList<>();
        for (TradeCorpus.Order o : sample) {
            OrderEvidence ev = archive.orderEvidence(o.number()).orElse(null);
            long items = ev == null ? 0 : ev.items().size();
            long naming = ev == null ? 0 : ev.items().stream().filter(i -> !i.viaThread()).count();
            if (items != o.chain() || naming != o.mentions()) {
                problems.add("evidence " + o.number() + ": " + items + " messages (" + naming + " naming it), the generator wrote " + o.chain()
                        + " (" + o.mentions() + ")");
            }
        }
        HttpClient http = ApiClient.http11();
        ServerAccess access = ServerAccess.of(archive.dataDir());
        access.directory().revokeToken("bench-evidence");
        String token = access.directory().createToken("bench-evidence", Role.LEGAL, Set.of());
        ObjectMapper json = new ObjectMapper();
        double[] local = new double[sample.size() * reps];
        double[] remote = new double[sample.size() * reps];
        try (DocketServer server = DocketServer.start(archive, ServerSettings.of("127.0.0.1", 0), access, List::of)) {
            for (TradeCorpus.Order o : sample) {
                HttpResponse<byte[]> r = http.send(get(server, o, token), HttpResponse.BodyHandlers.ofByteArray());
                JsonNode body = r.statusCode() == 200 ? json.readTree(r.body()) : null;
                if (body == null || body.path("items").size() != o.chain()) {
                    problems.add("evidence over HTTP " + o.number() + ": HTTP " + r.statusCode() + ", "
                            + (body == null ? 0 : body.path("items").size()) + " messages, the generator wrote " + o.chain());
                }
            }
            // Warm up as QueryBench does: a server answers from a warm JVM.
            for (int pass = 0; pass < QueryBench.WARM_UP_PASSES; pass++) {
                for (TradeCorpus.Order o : sample) {
                    archive.orderEvidence(o.number());
                    http.send(get(server, o, token), HttpResponse.BodyHandlers.discarding());
                }
            }
            for (int sent = 0; sent < QueryBench.HTTP_WARM_UP_REQUESTS; ) {
                for (TradeCorpus.Order o : sample) {
                    http.send(get(server, o, token), HttpResponse.BodyHandlers.discarding());
                    sent++;
                }
            }
            int at = 0;
            for (int rep = 0; rep < reps; rep++) {
                for (TradeCorpus.Order o : sample) {
                    long t0 = System.nanoTime();
                    archive.orderEvidence(o.number()).orElseThrow();
                    local[at] = (System.nanoTime() - t0) / 1e6;
                    HttpRequest get = get(server, o, token);
                    t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                    remote[at++] = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) throw new IllegalStateException(o.number() + ": HTTP " + r.statusCode());
                }
            }
        }
        double meanChain = sample.stream().mapToInt(TradeCorpus.Order::chain).average().orElse(0);
        List<TradeCorpus.Order> exported = new ArrayList<>();
        int e = Math.min(EXPORTED_ORDERS, sample.size());
        for (int i = 0; i < e; i++) exported.add(sample.get(i * sample.size() / e));
        double firstExportMs = exported.isEmpty() ? Double.NaN : export(archive, exported.getFirst(), problems);
        double[] exportMs = new double[exported.size() * EXPORT_REPS];
        int at = 0;
        for (int rep = 0; rep < EXPORT_REPS; rep++) {
            for (TradeCorpus.Order o : exported) exportMs[at++] = export(archive, o, problems);
        }
        double meanExported = exported.stream().mapToInt(TradeCorpus.Order::chain).average().orElse(0);
        return new Result(sample.size(), local, remote, meanChain, firstExportMs, exportMs, meanExported, problems);
    }

    /** One export of the order's bundle, timed; its message count checked against the generator's chain, its file deleted. */
    private static double export(EmbeddedArchive archive, TradeCorpus.Order o, List<String> problems) throws IOException {
        long t0 = System.nanoTime();
        BundleSummary summary = archive.createExport(BundleRequest.of(o.number(), null, null), "docket:bench");
        double ms = (System.nanoTime() - t0) / 1e6;
        if (summary.messages() != o.chain()) {
            problems.add("export " + o.number() + ": " + summary.messages() + " messages, the generator wrote " + o.chain());
        }
        Optional<Path> file = archive.exportedBundle(summary.id());
        if (file.isPresent()) Files.delete(file.get());
        return ms;
    }

    private static HttpRequest get(DocketServer server, TradeCorpus.Order o, String token) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/orders/" + URLEncoder.encode(o.number(), StandardCharsets.UTF_8)
                + "/evidence");
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
    }
}
