package io.docket.api;

import io.docket.access.AuditEvent;
import io.docket.access.AuditLog;
import io.docket.access.Principal;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every look at the archive in the audit log after the response is decided: who (or
 * "anonymous" when refused before sign-in), from where, which action on what, and the HTTP status, so
 * refused attempts are on record too. Health checks, the API description and the UI's "who am I" are not
 * looks at mail and are left out.
 */
final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    /** Request attribute: a handler's own description of the target, when the URL alone does not say it. */
    static final String TARGET = "docket.auditTarget";
    private static final String ACTION = "docket.auditAction";

    /** Route → action name. Exports and sign-outs are forced to disk; views and searches are not. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("GET /api/v1/stats", "stats"),
            Map.entry("GET /api/v1/search", "search"),
            Map.entry("GET /api/v1/messages/{id}", "message-view"),
            Map.entry("GET /api/v1/messages/{id}/html", "message-view"),
            Map.entry("GET /api/v1/messages/{id}/raw", "raw-download"),
            Map.entry("GET /api/v1/messages/{id}/attachments/{index}", "attachment-download"),
            Map.entry("GET /api/v1/threads/{id}", "thread-view"),
            Map.entry("GET /api/v1/orders", "orders-list"),
            Map.entry("GET /api/v1/orders/{order}/evidence", "evidence-view"),
            Map.entry("GET /api/v1/customers", "customers-list"),
            Map.entry("GET /api/v1/customers/{id}", "customer-view"),
            Map.entry("POST /api/v1/exports", "export"),
            Map.entry("GET /api/v1/exports/{id}", "export-download"),
            Map.entry("GET /api/v1/audit", "audit-read"),
            Map.entry("POST /api/v1/chats", "chat-import"),
            Map.entry("GET /api/v1/unconfirmed", "unconfirmed-list"),
            Map.entry("DELETE /api/v1/session", "logout"));

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /**
     * Runs first among the before-matched handlers, while the matched route and its path parameters are
     * at hand, so a request the gate then refuses is still recorded with what it asked for.
     */
    void note(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) return;
        String action = ACTIONS.get(endpoint.method.name() + " " + endpoint.path);
        if (action == null) return;
        ctx.attribute(ACTION, action);
        try {
            ctx.attribute(TARGET, target(ctx, action));
        } catch (ApiException unreadable) {
            ctx.attribute(TARGET, "(unreadable request)");
        }
    }

    void after(Context ctx) {
        String action = ctx.attribute(ACTION);
        if (action == null) return;
        Principal principal = AccessGate.principal(ctx).orElse(null);
        AuditEvent event = new AuditEvent(principal == null ? "anonymous" : principal.auditName(),
                principal == null ? "" : principal.role().id(), ctx.ip(), action, ctx.attribute(TARGET),
                Integer.toString(ctx.status().getCode()));
        try {
            if (action.equals("export") || action.equals("chat-import") || action.equals("logout")) log.recordDurably(event);
            else log.record(event);
        } catch (RuntimeException e) {
            // The answer is already decided; a full disk must not turn a served view into a 500. It is logged loudly.
            LOG.error("could not write the audit entry for {} {}: {}", action, event.target(), e.getMessage());
        }
    }

    private static String target(Context ctx, String action) {
        return switch (action) {
            case "search", "orders-list" -> "q=" + nullToEmpty(ctx.queryParam("q"));
            case "message-view", "thread-view", "customer-view", "export-download" -> ctx.pathParamMap().getOrDefault("id", "");
            case "raw-download" -> ctx.pathParam("id") + (ctx.queryParam("sha256") == null ? "" : " sha256=" + ctx.queryParam("sha256"));
            case "attachment-download" -> ctx.pathParam("id") + " attachment " + ctx.pathParam("index");
            case "evidence-view" -> ctx.pathParam("order");
            case "audit-read" -> nullToEmpty(ctx.queryString());
            case "export" -> "request body: " + abbreviate(Params.jsonBody(ctx));
            case "chat-import" -> "filename=" + nullToEmpty(ctx.queryParam("filename")) + " customer=" + nullToEmpty(ctx.queryParam("customer"));
            default -> "";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
