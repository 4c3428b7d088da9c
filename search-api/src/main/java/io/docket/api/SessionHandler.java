package io.docket.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.access.AccessDirectory;
import io.docket.access.AuditEvent;
import io.docket.access.AuditLog;
import io.docket.access.Principal;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in for the web UI: POST a user name and password, get an HttpOnly, SameSite=Strict session
 * cookie and the CSRF token the page must echo on state-changing calls. Every attempt is audited and
 * throttled.
 */
final class SessionHandler {
    private final AccessDirectory directory;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    SessionHandler(AccessDirectory directory, Sessions sessions, LoginThrottle throttle, AuditLog audit, ObjectMapper mapper) {
        this.directory = directory;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.mapper = mapper;
    }

    void signIn(Context ctx) {
        JsonNode body;
        try {
            body = mapper.readTree(Params.jsonBody(ctx));
        } catch (Exception e) {
            throw ApiException.badRequest("the body must be JSON: {\"user\": \"...\", \"password\": \"...\"}");
        }
        if (body == null || !body.path("user").isTextual() || !body.path("password").isTextual()) {
            throw ApiException.badRequest("the body must be JSON: {\"user\": \"...\", \"password\": \"...\"}");
        }
        String user = body.get("user").asText();
        String client = ctx.ip();
        Optional<Duration> wait = throttle.waitBefore(user, client);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + 1);
            audit.recordDurably(new AuditEvent(user, "", client, "login-throttled", user, "429"));
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(429, "too_many_attempts", "too many failed sign-ins; try again in " + seconds + " s");
        }
        Optional<Principal> principal = directory.signIn(user, body.get("password").asText());
        if (principal.isEmpty()) {
            throttle.failed(user, client);
            audit.recordDurably(new AuditEvent(user, "", client, "login-failed", user, "401"));
            throw ApiException.unauthorized("wrong user name or password");
        }
        throttle.succeeded(user);
        Sessions.Session session = sessions.start(principal.get().name());
        audit.recordDurably(new AuditEvent(principal.get().auditName(), principal.get().role().id(), client, "login", user, "200"));
        ctx.header("Set-Cookie", cookie(ctx, session.id(), Sessions.ABSOLUTE.toSeconds()));
        ctx.json(describe(principal.get(), session));
    }

    /** Who the request is: the UI asks on load to decide between its pages and the sign-in form. */
    void whoAmI(Context ctx) {
        Principal p = AccessGate.principal(ctx).orElseThrow();
        ctx.json(describe(p, AccessGate.session(ctx).orElse(null)));
    }

    void signOut(Context ctx) {
        AccessGate.session(ctx).ifPresent(s -> sessions.end(s.id()));
        ctx.header("Set-Cookie", cookie(ctx, "", 0));
        ctx.status(204);
    }

    /** Secure when the client spoke HTTPS (Docket's TLS connector, or a trusted proxy that ended TLS). */
    private String cookie(Context ctx, String value, long maxAgeSeconds) {
        return AccessGate.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
                + ("https".equals(ctx.scheme()) ? "; Secure" : "");
    }

    private static Map<String, Object> describe(Principal p, Sessions.Session session) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", p.name());
        out.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        out.put("role", p.role().id());
        out.put("customers", p.customers().stream().sorted().toList());
        out.put("csrfToken", session == null ? null : session.csrfToken());
        return out;
    }
}
