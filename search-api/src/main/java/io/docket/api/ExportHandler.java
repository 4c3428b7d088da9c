package io.docket.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.evidence.bundle.BundleRequest;
import io.docket.evidence.bundle.BundleSummary;
import io.docket.evidence.bundle.BundleTooLargeException;
import io.docket.evidence.bundle.NothingToExportException;
import io.docket.search.InvalidQueryException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evidence bundles: made on POST (synchronously; a bundle of an order takes seconds), downloaded by id. */
final class ExportHandler {
    private static final Set<String> FIELDS = Set.of("order", "query", "thread");

    private final ReaderFor readers;
    private final ObjectMapper mapper;
    private final int maxQueryLength;

    ExportHandler(ReaderFor readers, ObjectMapper mapper, int maxQueryLength) {
        this.readers = readers;
        this.mapper = mapper;
        this.maxQueryLength = maxQueryLength;
    }

    void create(Context ctx) {
        BundleRequest request = request(Params.jsonBody(ctx));
        BundleSummary summary;
        try {
            String actor = AccessGate.principal(ctx).map(io.docket.access.Principal::auditName).orElse("?");
            summary = readers.of(ctx).createExport(request, "docket:api " + actor + " from " + ctx.ip());
            ctx.attribute(AuditTrail.TARGET, summary.request() + " -> " + summary.id());
        } catch (InvalidQueryException | BundleTooLargeException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (NothingToExportException e) {
            throw ApiException.notFound(e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", summary.id());
        body.put("request", summary.request());
        body.put("messages", summary.messages());
        body.put("attachments", summary.attachments());
        body.put("manifestSha256", summary.manifestSha256());
        body.put("keyFingerprint", summary.keyFingerprint());
        ctx.status(201).header("Location", "/api/v1/exports/" + summary.id()).json(body);
    }

    void download(Context ctx) {
        String id = ctx.pathParam("id");
        Path file = readers.of(ctx).exportedBundle(id).orElseThrow(() -> ApiException.notFound("no export with id " + id));
        ctx.header("Content-Disposition", "attachment; filename=\"docket-bundle-" + id + ".zip\"");
        try {
            // Streamed from disk (Javalin closes the stream): a bundle of thousands of messages never sits in memory.
            InputStream in = Files.newInputStream(file);
            ctx.contentType("application/zip").result(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {"order": "..."} or {"query": "..."} or {"thread": "..."}: exactly one, a non-empty string, nothing else. */
    private BundleRequest request(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not valid JSON: expected {\"order\": ...}, {\"query\": ...} or {\"thread\": ...}");
        }
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with one of order, query or thread");
        }
        List<String> unknown = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> { if (!FIELDS.contains(name)) unknown.add(name); });
        if (!unknown.isEmpty()) throw ApiException.badRequest("unknown field(s) " + String.join(", ", unknown) + ": give one of order, query or thread");
        for (String field : FIELDS) {
            if (json.has(field) && !json.get(field).isTextual()) throw ApiException.badRequest(field + " must be a string");
        }
        String query = text(json, "query");
        if (query != null && query.length() > maxQueryLength) {
            throw ApiException.badRequest("query is " + query.length() + " characters long; the limit is " + maxQueryLength);
        }
        try {
            return BundleRequest.of(text(json, "order"), query, text(json, "thread"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        return json.has(field) ? json.get(field).asText() : null;
    }
}
