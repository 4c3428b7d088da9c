package io.docket.api;

import io.docket.backend.MessageView;
import io.docket.backend.ThreadView;
import io.docket.model.Address;
import io.docket.model.MessageRecord;
import io.docket.search.SearchResult;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's JSON shapes, built from the indexer's records. Kept apart from the records so the wire
 * format stays stable when the model grows. Dates: {@code date} in the sender's own offset, {@code dateUtc} in UTC.
 */
final class ApiJson {
    private ApiJson() {}

    static Map<String, Object> searchResult(SearchResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", result.total());
        out.put("tookMs", result.tookMs());
        out.put("hits", result.hits().stream().map(ApiJson::hit).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        result.facets().forEach((dim, counts) -> facets.put(dim,
                counts.stream().map(c -> fields("value", c.value(), "count", c.count())).toList()));
        out.put("facets", facets);
        out.put("facetsExact", result.facetsExact());
        return out;
    }

    static Map<String, Object> hit(SearchResult.Hit hit) {
        MessageRecord m = hit.message();
        Map<String, Object> out = summary(m);
        out.put("to", addresses(m.to()));
        out.put("cc", addresses(m.cc()));
        out.put("snippet", hit.snippet());
        Set<Integer> matched = Set.copyOf(hit.matchedAttachments());
        out.put("attachments", m.attachments().stream().map(a -> attachment(a, matched.contains(a.index()))).toList());
        out.put("folders", m.folders());
        out.put("lang", m.language());
        out.put("orders", TradeJson.orders(m.trade()));
        out.put("clauses", m.trade().clauseTypes());
        out.put("customers", m.trade().customers());
        return out;
    }

    static Map<String, Object> message(MessageView view) {
        MessageRecord m = view.record();
        Map<String, Object> out = summary(m);
        out.put("to", addresses(m.to()));
        out.put("cc", addresses(m.cc()));
        out.put("bcc", addresses(view.parsed().bcc()));
        out.put("lang", m.language());
        out.put("headers", view.parsed().headers().stream().map(h -> fields("name", h.name(), "value", h.value())).toList());
        out.put("body", view.parsed().body());
        out.put("hasHtml", !view.parsed().htmlBody().isEmpty());
        out.put("attachments", m.attachments().stream().map(a -> attachment(a, false)).toList());
        out.put("folders", m.folders());
        out.put("places", m.places().stream().map(p -> fields("source", p.source(), "account", p.account(),
                "folder", p.folder(), "locator", p.locator())).toList());
        out.put("originals", m.variants().stream().map(v -> fields("sha256", v.sha256().hex(), "size", v.size())).toList());
        out.put("warnings", m.warnings().stream().map(w -> fields("code", w.code(), "detail", w.detail())).toList());
        out.put("orders", TradeJson.orders(m.trade()));
        out.put("clauses", TradeJson.clauses(m.trade().clauses()));
        out.put("customers", m.trade().customers());
        out.put("chat", ChatJson.ref(m, view.chatLines()));
        return out;
    }

    static Map<String, Object> thread(ThreadView thread) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threadId", thread.threadId());
        out.put("size", thread.size());
        out.put("messages", thread.roots().stream().map(ApiJson::threadNode).toList());
        return out;
    }

    private static Map<String, Object> threadNode(ThreadView.Node node) {
        Map<String, Object> out = summary(node.message());
        out.put("replies", node.replies().stream().map(ApiJson::threadNode).toList());
        return out;
    }

    static Map<String, Object> summary(MessageRecord m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("messageId", m.messageId());
        out.put("threadId", m.threadId());
        out.put("date", iso(m.date()));
        out.put("dateUtc", m.date() == null ? null : iso(m.date().withOffsetSameInstant(ZoneOffset.UTC)));
        out.put("from", address(m.from()));
        out.put("subject", m.subject());
        out.put("source", m.source());
        return out;
    }

    static Map<String, Object> attachment(MessageRecord.AttachmentInfo a, boolean matched) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", a.index());
        out.put("name", a.name());
        out.put("contentType", a.contentType());
        out.put("size", a.size());
        out.put("sha256", a.sha256() == null ? null : a.sha256().hex());
        out.put("matched", matched);
        return out;
    }

    /** A JSON object with its fields in the order given: {@code Map.of} orders them anew at every JVM start. */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return out;
    }

    static Map<String, Object> address(Address a) {
        return fields("name", a.name(), "address", a.address());
    }

    static List<Map<String, Object>> addresses(List<Address> list) {
        return list.stream().map(ApiJson::address).toList();
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    static String iso(OffsetDateTime date) {
        return date == null ? null : ISO.format(date);
    }
}
