package io.docket.bench;

import io.docket.api.DocketServer;
import io.docket.api.ServerAccess;
import io.docket.api.ServerSettings;
import io.docket.access.Role;
import io.docket.backend.EmbeddedArchive;
import io.docket.search.SearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query set timed in process (the backend's search call) and over HTTP (a real server on a
 * loopback port, the JSON API as clients use it): the 20 newest hits, like the peers' harness asks.
 */
final class QueryBench {
    /** One query of the set: its name, Docket's syntax, and the hit count expected per corpus label. */
    record Query(String name, String text, Map<String, Long> expected) {}

    /**
     * Latencies of one query in milliseconds: in process with headers only (what the peers return: ids and
     * headers of the 20 newest), in process with snippets and facets (the full API answer), and over HTTP.
     */
    record Result(Query query, long hits, double[] inProcessMs, double[] fullMs, double[] httpMs) {
        double median(double[] ms) {
            return percentile(ms, 50);
        }
    }

    /** Untimed passes over the whole query set before any timing. */
    static final int WARM_UP_PASSES = 5;
    /**
     * Requests sent before HTTP is timed. The HTTP stack (Jetty, Javalin, Jackson, the access gate and the
     * audit trail) needs thousands of requests before the JIT has compiled it, and five passes of the set
     * are about seventy: at 1M, {@code order:HD-2025-01663} measured 5.4 ms over HTTP after those and 2.1 ms
     * after 3,000 requests, for 1.0 ms in process. A server answers from a warm JVM.
     */
    static final int HTTP_WARM_UP_REQUESTS = 2_000;

    static List<Query> load() throws IOException {
        List<Query> out = new ArrayList<>();
        try (InputStream in = QueryBench.class.getResourceAsStream("/queries.tsv")) {
            String[] labels = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# name")) labels = Arrays.copyOfRange(line.substring(2).split("\t"), 2, line.substring(2).split("\t").length);
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cols = line.split("\t");
                Map<String, Long> expected = new LinkedHashMap<>();
                for (int i = 2; i < cols.length && labels != null && i - 2 < labels.length; i++) {
                    if (!cols[i].equals("-")) expected.put(labels[i - 2], Long.parseLong(cols[i]));
                }
                out.add(new Query(cols[0], cols[1], expected));
            }
        }
        return out;
    }

    static List<Result> run(EmbeddedArchive archive, List<Query> queries, int reps) throws Exception {
        List<Result> results = new ArrayList<>();
        HttpClient http = ApiClient.http11();
        // Timed as a real client: signed in with a token, every search audited.
        ServerAccess access = ServerAccess.of(archive.dataDir());
        access.directory().revokeToken("bench");
        String token = access.directory().createToken("bench", Role.LEGAL, java.util.Set.of());
        try (DocketServer server = DocketServer.start(archive, ServerSettings.of("127.0.0.1", 0), access, List::of)) {
            // A server answers from a warm JVM: run the whole set a few times first (compiled code, caches,
            // the background start-up work done), so the first query timed is not also timing the JIT.
            for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                for (Query q : queries) {
                    SearchRequest full = new SearchRequest(q.text(), 20, 0, SearchRequest.SortOrder.DATE_DESCENDING);
                    archive.search(full);
                    archive.search(full.headersOnly());
                    http.send(get(server, q, token), HttpResponse.BodyHandlers.ofByteArray());
                }
            }
            for (int sent = 0; sent < HTTP_WARM_UP_REQUESTS; ) {
                for (Query q : queries) {
                    http.send(get(server, q, token), HttpResponse.BodyHandlers.discarding());
                    sent++;
                }
            }
            for (Query q : queries) {
                SearchRequest full = new SearchRequest(q.text(), 20, 0, SearchRequest.SortOrder.DATE_DESCENDING);
                SearchRequest lean = full.headersOnly();
                long hits = archive.search(full).total(); // warm-up, and the count
                archive.search(lean);
                double[] local = time(reps, () -> archive.search(lean));
                double[] complete = time(reps, () -> archive.search(full));
                HttpRequest get = get(server, q, token);
                http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                double[] remote = new double[reps];
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                    remote[i] = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) throw new IllegalStateException(q.name() + ": HTTP " + r.statusCode());
                }
                results.add(new Result(q, hits, local, complete, remote));
            }
        }
        return results;
    }

    /** The query as the web UI asks it: 20 newest, with snippets and facets (the API's defaults). */
    private static HttpRequest get(DocketServer server, Query q, String token) {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/search?limit=20&sort=-date&q="
                + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
    }

    private static double[] time(int reps, Runnable call) {
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
