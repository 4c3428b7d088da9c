package io.docket.api;

import io.javalin.http.Context;

/**
 * Headers every response carries. API answers hold mail, so nothing caches them and nothing frames
 * them; the message HTML route replaces the frame rules with its own (the UI frames it, sandboxed).
 */
final class SecurityHeaders {
    /** HSTS when the client spoke HTTPS: to Docket's own TLS connector, or to a trusted proxy that said so. */
    void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if ("https".equals(ctx.scheme())) ctx.header("Strict-Transport-Security", "max-age=31536000");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
        }
    }

    /** For the one API route the web UI shows in a frame of its own. */
    static void allowSameOriginFrame(Context ctx) {
        ctx.header("X-Frame-Options", "SAMEORIGIN");
    }
}
