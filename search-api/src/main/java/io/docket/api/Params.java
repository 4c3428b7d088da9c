package io.docket.api;

import io.javalin.http.Context;

/** Reads and validates query parameters, turning bad values into 400s that name the parameter. */
final class Params {
    private Params() {}

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return defaultValue;
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got \"" + value + "\"");
        }
        if (parsed < min || parsed > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    static boolean bool(Context ctx, String name, boolean defaultValue) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) return defaultValue;
        return switch (raw) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, got \"" + raw + "\"");
        };
    }

    static int pathInteger(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got \"" + value + "\"");
        }
    }

    /**
     * The request body as text. JSON is UTF-8 (RFC 8259), so a charset the client names is not trusted:
     * a bogus one must not turn a bad request into a server error.
     */
    static String jsonBody(Context ctx) {
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (io.javalin.http.HttpResponseException sized) {
            throw sized; // 413 for a body over the limit: already the right answer
        } catch (Exception e) {
            // Jetty reports a body shorter than its Content-Length (or a dropped upload) as an I/O error: the client's fault.
            throw ApiException.badRequest("the request body could not be read in full (did it end before its Content-Length?)");
        }
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
}
