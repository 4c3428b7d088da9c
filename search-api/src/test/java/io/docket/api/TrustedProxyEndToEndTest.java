package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.access.AuditEntry;
import io.docket.access.AuditQuery;
import io.docket.access.Role;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.TrustedProxies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a TLS proxy every request comes from the proxy, over plain HTTP. With the proxy named in
 * server.trustedProxies, the audit log and sign-in throttling see each client's own address and the
 * session cookie is Secure; without it, X-Forwarded-For and X-Forwarded-Proto are claims anyone can
 * make and are ignored.
 */
class TrustedProxyEndToEndTest {
    private static final String PASSWORD = "a long enough password";
    private static final String ATTACKER = "203.0.113.7";
    private static final String COLLEAGUE = "198.51.100.9";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void behindATrustedProxyEachClientIsThrottledAndAuditedByItsOwnAddress() throws Exception {
        try (EmbeddedArchive archive = Archives.open(data)) {
            ServerAccess access = ServerAccess.of(data);
            access.directory().addUser("ana", Role.LEGAL, Set.of(), PASSWORD);
            ServerSettings settings = ServerSettings.of("127.0.0.1", 0).withTrustedProxies(TrustedProxies.of(List.of("127.0.0.1", "::1")));
            try (DocketServer server = DocketServer.start(archive, settings, access, List::of)) {
                for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
                    assertEquals(401, signIn(server, "guess" + i, "wrong password", ATTACKER, "https").statusCode());
                }
                assertEquals(429, signIn(server, "ana", PASSWORD, ATTACKER, "https").statusCode(), "the attacker's address is locked out");
                HttpResponse<Void> colleague = signIn(server, "ana", PASSWORD, "10.9.9.9, " + COLLEAGUE, "https");
                assertEquals(200, colleague.statusCode(), "a colleague behind the same proxy is not");
                assertTrue(colleague.headers().firstValue("Set-Cookie").orElseThrow().endsWith("; Secure"), "the proxy ended TLS: the cookie is Secure");
                assertEquals("max-age=31536000", colleague.headers().firstValue("Strict-Transport-Security").orElse(""));

                List<AuditEntry> failed = access.audit().find(new AuditQuery(null, "login-failed", null, null, null, 100));
                assertEquals(LoginThrottle.FREE_FAILURES_PER_ADDRESS, failed.size());
                failed.forEach(e -> assertEquals(ATTACKER, e.client(), e.toString()));
                AuditEntry login = access.audit().find(new AuditQuery("ana", "login", null, null, null, 1)).getFirst();
                assertEquals(COLLEAGUE, login.client(), "the right-most address the proxy did not write itself");
            }
        }
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() throws Exception {
        try (EmbeddedArchive archive = Archives.open(data)) {
            ServerAccess access = ServerAccess.of(data);
            access.directory().addUser("ana", Role.LEGAL, Set.of(), PASSWORD);
            try (DocketServer server = DocketServer.start(archive, ServerSettings.of("127.0.0.1", 0), access, List::of)) {
                HttpResponse<Void> signedIn = signIn(server, "ana", PASSWORD, COLLEAGUE, "https");
                assertEquals(200, signedIn.statusCode());
                assertFalse(signedIn.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"), "plain HTTP, whatever the header says");
                assertTrue(signedIn.headers().firstValue("Strict-Transport-Security").isEmpty());
                AuditEntry login = access.audit().find(new AuditQuery("ana", "login", null, null, null, 1)).getFirst();
                assertEquals("127.0.0.1", login.client());
            }
        }
    }

    private HttpResponse<Void> signIn(DocketServer server, String user, String password, String forwardedFor, String forwardedProto)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/session"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", forwardedProto)
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
