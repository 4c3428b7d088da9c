package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.access.Role;
import io.docket.demo.SampleMailbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A few thousand random and malformed requests, written byte by byte on raw sockets so that nothing a
 * client library would tidy up is tidied: broken request lines, bad encodings, junk headers and
 * credentials, odd methods, wrong bodies. None may get a 500, a stack trace or a hang. Bounded: a fixed
 * count, a fixed seed, a time limit per request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFuzzTest {
    private static final int REQUESTS = 3_000;
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final long SEED = 20261123L;

    private Path data;
    private LiveServer live;
    private String repToken;

    @BeforeAll
    void start() throws Exception {
        data = Files.createTempDirectory("docket-fuzz");
        live = LiveServer.importing(data, List.of(LiveServer.samples().resolve("trade-mailbox")), SampleMailbox.trade());
        repToken = live.access.directory().createToken("fuzz-rep", Role.REP, Set.of("muller-gmbh"));
    }

    @AfterAll
    void stop() throws Exception {
        if (live != null) live.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static final String[] PATHS = {
            "/api/v1/search", "/api/v1/messages/%s", "/api/v1/messages/%s/raw", "/api/v1/messages/%s/html",
            "/api/v1/messages/%s/attachments/%s", "/api/v1/threads/%s", "/api/v1/orders", "/api/v1/orders/%s/evidence",
            "/api/v1/customers", "/api/v1/customers/%s", "/api/v1/exports", "/api/v1/exports/%s", "/api/v1/audit",
            "/api/v1/session", "/api/v1/stats", "/api/v1/health", "/api/v1/openapi.json", "/", "/app.js", "/api/v2/x", "/api/v1/"};
    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "POST", "DELETE", "PUT", "HEAD", "OPTIONS", "PATCH", "TRACE",
            "BREW", "get", ""};
    private static final String[] PIECES = {"", "HD-2024-0117", "%", "%zz", "%00", "%C0%AF", "..%2F..%2Fetc%2Fpasswd", "'", "\"", "(",
            ")", "NOT", "OR", "AND", "*", "~2", "from:", "date:2024-13-45", "\u202e", "%E4%B8%AD", "-1", "99999999999999999999",
            "<script>", "a".repeat(3000), "?", "#", ";", "\\", "{}", "[]", "%F0%9F%98%80", "size:>", "order:", "customer:\"x"};
    private static final String[] QUERIES = {"q=%s", "q=%s&limit=%s", "q=%s&offset=%s&sort=%s", "limit=-5", "limit=abc", "sort=date&q=",
            "facets=maybe", "snippets=%s", "sha256=%s", "from=%s&to=%s&limit=%s", "%s=%s&%s"};
    private static final String[] BODIES = {"", "{}", "{", "null", "[]", "{\"order\": %s}", "{\"query\": \"%s\"}", "{\"thread\": 5}",
            "{\"user\": \"%s\", \"password\": \"%s\"}", "{\"user\": 1, \"password\": []}", "\u0000\u0001\u0002", "x".repeat(5000)};

    @Test
    void randomAndMalformedRequestsNeverGetA500AStackTraceOrAHang() throws Exception {
        Random random = new Random(SEED);
        List<String> problems = new ArrayList<>();
        int[] statusCounts = new int[6];
        for (int i = 0; i < REQUESTS && problems.size() < 20; i++) {
            byte[] request = request(random);
            Response r;
            try {
                r = send(request);
            } catch (SocketTimeoutException e) {
                problems.add("no answer within " + TIMEOUT_MILLIS + " ms to " + printable(request));
                continue;
            }
            if (r.status() == 0) continue; // the server closed a connection it could not parse: no answer is a fine answer to garbage
            statusCounts[Math.min(5, r.status() / 100)]++;
            // 505 is Jetty's answer to a request line whose HTTP version it cannot find (RFC 9110 15.6.6): right for garbage.
            String requestLine = new String(request, StandardCharsets.UTF_8).split("\r\n", 2)[0];
            boolean unknownVersion = r.status() == 505 && !requestLine.matches("\\S+ \\S+ HTTP/1\\.1");
            if (r.status() >= 500 && !unknownVersion) problems.add(r.status() + " for " + printable(request) + ": " + r.body());
            if (r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:")) {
                problems.add("stack trace for " + printable(request) + ": " + r.body());
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(statusCounts[2] > 100 && statusCounts[4] > 100, "the mix reached handlers and refusals: " + java.util.Arrays.toString(statusCounts));
        // And the server still answers normally afterwards.
        assertEquals(200, live.get("/api/v1/search?q=LED").statusCode());
    }

    private byte[] request(Random random) {
        String path = String.format(PATHS[random.nextInt(PATHS.length)], piece(random), piece(random));
        if (random.nextInt(3) > 0) {
            String query = QUERIES[random.nextInt(QUERIES.length)];
            path += "?" + String.format(query, piece(random), piece(random), piece(random));
        }
        String method = METHODS[random.nextInt(METHODS.length)];
        StringBuilder head = new StringBuilder();
        switch (random.nextInt(20)) {
            case 0 -> head.append(method).append(' ').append(path).append("\r\n");            // no HTTP version
            case 1 -> head.append(method).append(' ').append(path).append(" HTTP/9.9\r\n");   // unknown version
            case 2 -> head.append(method).append("  ").append(path.replace('/', ' ')).append(" HTTP/1.1\r\n");
            default -> head.append(method).append(' ').append(path.replace(" ", "%20")).append(" HTTP/1.1\r\n");
        }
        head.append("Host: 127.0.0.1\r\nConnection: close\r\n");
        switch (random.nextInt(8)) {
            case 0, 1 -> head.append("Authorization: Bearer ").append(live.adminToken).append("\r\n");
            case 2 -> head.append("Authorization: Bearer ").append(repToken).append("\r\n");
            case 3 -> head.append("Authorization: Basic ").append(piece(random)).append("\r\n");
            case 4 -> head.append("Authorization: Bearer dkt_").append(piece(random)).append("\r\n");
            case 5 -> head.append("Cookie: docket_session=").append(piece(random)).append("; x=").append(piece(random)).append("\r\n");
            default -> { }
        }
        if (random.nextInt(10) == 0) head.append("X-CSRF-Token: ").append(piece(random)).append("\r\n");
        if (random.nextInt(15) == 0) head.append("X-Junk: ").append("v".repeat(random.nextInt(20_000))).append("\r\n");
        if (random.nextInt(20) == 0) head.append("Bad Header Without Colon\r\n");
        String body = String.format(BODIES[random.nextInt(BODIES.length)], piece(random), piece(random));
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        if (!body.isEmpty() || random.nextBoolean()) {
            head.append("Content-Type: ").append(random.nextBoolean() ? "application/json" : "text/plain; charset=bogus").append("\r\n");
            // Sometimes a length that lies: short bodies must time out politely, not hang the test.
            int declared = random.nextInt(12) == 0 ? bodyBytes.length + random.nextInt(5) - 2 : bodyBytes.length;
            head.append("Content-Length: ").append(Math.max(0, declared)).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bodyBytes);
        return out.toByteArray();
    }

    private static String piece(Random random) {
        return PIECES[random.nextInt(PIECES.length)];
    }

    private record Response(int status, String body) {}

    private Response send(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", live.server.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server may refuse a huge header before the client finished writing it
            }
            InputStream in = socket.getInputStream();
            byte[] answer;
            try {
                answer = in.readNBytes(256 * 1024);
            } catch (java.net.SocketException reset) {
                return new Response(0, "");
            }
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/")) return new Response(0, text);
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n");
            return new Response(status, bodyStart < 0 ? "" : new String(answer, bodyStart + 4, answer.length - bodyStart - 4, StandardCharsets.UTF_8));
        }
    }

    private static String printable(byte[] request) {
        String s = new String(request, StandardCharsets.UTF_8);
        s = s.length() > 300 ? s.substring(0, 300) + "…" : s;
        return s.replace("\r\n", "⏎ ");
    }
}
