package io.docket.api;

import io.docket.access.AuditLog;
import io.docket.access.AuditQuery;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /api/v1/audit: the audit log, newest first, filtered by actor, action, target text and time, with the
 * state of its hash chain: checked from the first entry at {@code wholeLogCheckedAt} (the server's first
 * read, or {@code verify=full}) and since then up to the newest entry at every request.
 */
final class AuditHandler {
    private final AuditLog log;

    AuditHandler(AuditLog log) {
        this.log = log;
    }

    void list(Context ctx) {
        AuditQuery query;
        try {
            query = new AuditQuery(blankToNull(ctx.queryParam("actor")), blankToNull(ctx.queryParam("action")),
                    blankToNull(ctx.queryParam("target")), instant(ctx, "from"), instant(ctx, "to"),
                    Params.integer(ctx, "limit", 100, 1, AuditQuery.MAX_LIMIT), Params.integer(ctx, "before", 0, 0, Integer.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String verify = blankToNull(ctx.queryParam("verify"));
        if (verify != null && !verify.equals("full")) throw ApiException.badRequest("verify must be \"full\" or absent, got \"" + verify + "\"");
        AuditLog.Page page = log.read(query, verify != null);
        AuditLog.Verification chain = page.chain();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", page.entries());
        body.put("chain", ApiJson.fields("entries", chain.entries(), "intact", chain.intact(), "problem", chain.problem(),
                "wholeLogCheckedAt", chain.wholeLogCheckedAt() == null ? null : chain.wholeLogCheckedAt().toString()));
        ctx.json(body);
    }

    private static Instant instant(Context ctx, String name) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return null;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, got \"" + value + "\"");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
