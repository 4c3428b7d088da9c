package io.docket.api;

import io.docket.backend.AttachmentContent;
import io.docket.backend.RawOriginal;
import io.docket.model.Sha256;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.Optional;

/** Messages, their originals and attachments, and threads. */
final class MessageHandler {
    private final ReaderFor readers;

    MessageHandler(ReaderFor readers) {
        this.readers = readers;
    }

    void message(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(ApiJson.message(readers.of(ctx).message(id).orElseThrow(() -> ApiException.notFound("no message with id " + id))));
    }

    /** The HTML body, sanitized, as its own document with a policy that forbids every active content. */
    void html(Context ctx) {
        String id = ctx.pathParam("id");
        String html = readers.of(ctx).message(id).orElseThrow(() -> ApiException.notFound("no message with id " + id)).parsed().htmlBody();
        if (html.isBlank()) throw ApiException.notFound("message " + id + " has no HTML body");
        ctx.header("Content-Security-Policy", SafeHtml.CONTENT_SECURITY_POLICY);
        SecurityHeaders.allowSameOriginFrame(ctx);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType("text/html; charset=utf-8").result(SafeHtml.document(html));
    }

    void raw(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Sha256> variant = Optional.ofNullable(ctx.queryParam("sha256")).map(s -> {
            try {
                return new Sha256(s);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("sha256 must be 64 lower-case hex digits");
            }
        });
        RawOriginal raw = readers.of(ctx).raw(id, variant).orElseThrow(() -> ApiException.notFound(
                variant.isPresent() ? "message " + id + " has no original with sha256 " + variant.get() : "no message with id " + id));
        // RFC 9530 would call this Repr-Digest; Digest (RFC 3230) is what the API promises and tools check.
        ctx.header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(raw.sha256().bytes()));
        ctx.header("X-Docket-Sha256", raw.sha256().hex());
        // A chat message's original is its WhatsApp export (text or zip), offered under the name WhatsApp gave it.
        if (!raw.fileName().isEmpty()) ctx.header("Content-Disposition", ContentDisposition.attachment(raw.fileName(), 0));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(raw.contentType()).result(raw.bytes());
    }

    void attachment(Context ctx) {
        String id = ctx.pathParam("id");
        int index = Params.pathInteger(ctx, "index");
        AttachmentContent content = readers.of(ctx).attachment(id, index)
                .orElseThrow(() -> ApiException.notFound("message " + id + " has no attachment " + index));
        ctx.header("Content-Disposition", ContentDisposition.attachment(content.filename(), index));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(safeType(content.contentType())).result(content.bytes());
    }

    void thread(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(ApiJson.thread(readers.of(ctx).thread(id).orElseThrow(() -> ApiException.notFound("no thread with id " + id))));
    }

    /** Only a well-formed type/subtype goes back out; parameters from the mail are dropped. */
    private static String safeType(String contentType) {
        String base = contentType == null ? "" : contentType.split(";", 2)[0].strip();
        return base.matches("[A-Za-z0-9.+\\-]+/[A-Za-z0-9.+\\-]+") ? base : "application/octet-stream";
    }
}
