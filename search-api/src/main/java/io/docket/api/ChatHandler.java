package io.docket.api;

import io.docket.backend.ArchiveBackend;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatExportException;
import io.docket.harvest.chat.ChatLimits;
import io.docket.ingest.ChatImportException;
import io.docket.ingest.ChatImportReport;
import io.docket.parse.chat.ChatFormatException;
import io.docket.parse.chat.DateOrder;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WhatsApp exports uploaded ({@code POST /api/v1/chats}) and the chat agreements no email confirms
 * ({@code GET /api/v1/unconfirmed}). An upload is the export file itself as the body (or a multipart
 * form's "file" part), read up to {@link ChatLimits#maxExportBytes()}; its name comes from {@code filename=}
 * or the Content-Disposition header, because WhatsApp's file name names the chat.
 */
final class ChatHandler {
    private static final Pattern DISPOSITION_NAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private final ArchiveBackend archive;
    private final ReaderFor readers;
    private final ChatLimits limits;

    /** Imports go to the archive itself (legal and admin only); the open agreements are read within the caller's scope. */
    ChatHandler(ArchiveBackend archive, ReaderFor readers) {
        this.archive = archive;
        this.readers = readers;
        this.limits = ChatLimits.DEFAULTS;
    }

    void upload(Context ctx) {
        Optional<DateOrder> dateOrder = Optional.ofNullable(blankToNull(ctx.queryParam("dateOrder"))).map(v -> {
            try {
                return DateOrder.parse(v);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("dateOrder: " + e.getMessage());
            }
        });
        Optional<ZoneId> zone = Optional.ofNullable(blankToNull(ctx.queryParam("zone"))).map(v -> {
            try {
                return ZoneId.of(v);
            } catch (DateTimeException e) {
                throw ApiException.badRequest("zone: unknown time zone \"" + v + "\" (use a region id such as Asia/Shanghai)");
            }
        });
        String customer = Optional.ofNullable(ctx.queryParam("customer")).orElse("");
        String account = Optional.ofNullable(ctx.queryParam("account")).orElse("");
        Upload upload = read(ctx);
        ChatImportReport report;
        try {
            ChatExport export = ChatExport.of(upload.name(), upload.bytes(), limits);
            report = archive.importChat(export, account, customer, dateOrder, zone);
        } catch (ChatExportException | ChatFormatException | ChatImportException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.status(201).json(ChatJson.report(report));
    }

    void unconfirmed(Context ctx) {
        int limit = Params.integer(ctx, "limit", 1_000, 1, 10_000);
        ctx.json(ChatJson.unconfirmed(readers.of(ctx).unconfirmed(), limit));
    }

    private record Upload(String name, byte[] bytes) {}

    private Upload read(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        try {
            if (type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
                UploadedFile file = ctx.uploadedFile("file");
                if (file == null) throw ApiException.badRequest("a multipart upload needs the export in a part named \"file\"");
                try (InputStream in = file.content()) {
                    return new Upload(name(ctx, file.filename()), bounded(in));
                }
            }
            try (InputStream in = ctx.req().getInputStream()) {
                return new Upload(name(ctx, null), bounded(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload failed", e);
        }
    }

    /** The body, never more than the limit (a larger upload is refused, not truncated). */
    private byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limits.maxExportBytes()) {
                throw new ApiException(413, "payload_too_large", "a chat export may be at most " + limits.maxExportBytes() + " bytes");
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) throw ApiException.badRequest("the body is empty: send the WhatsApp export (.txt or .zip) as the request body");
        return out.toByteArray();
    }

    /** filename= wins, then the part's or the Content-Disposition's name; WhatsApp's name says whose chat it is. */
    private static String name(Context ctx, String partName) {
        String given = blankToNull(ctx.queryParam("filename"));
        if (given != null) return given;
        if (partName != null && !partName.isBlank()) return partName;
        String disposition = ctx.header("Content-Disposition");
        if (disposition != null) {
            Matcher m = DISPOSITION_NAME.matcher(disposition);
            if (m.find()) return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return "upload";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
