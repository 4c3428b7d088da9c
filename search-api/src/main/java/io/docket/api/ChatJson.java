package io.docket.api;

import io.docket.evidence.ChatAgreement;
import io.docket.evidence.CustomerSummary;
import io.docket.evidence.OpenAgreement;
import io.docket.ingest.ChatImportReport;
import io.docket.model.ChatRef;
import io.docket.model.MessageRecord;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of chat imports, a chat message's place in its export, and chat agreements with their confirmation. */
final class ChatJson {
    private ChatJson() {}

    static Map<String, Object> report(ChatImportReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", r.file());
        out.put("sha256", r.sha256());
        out.put("newOriginal", r.newOriginal());
        out.put("chat", r.title());
        out.put("format", r.format());
        out.put("dateOrder", r.dateOrder());
        out.put("dateOrderReason", r.dateOrderReason());
        out.put("zone", r.zone());
        out.put("zoneSource", r.zoneSource());
        out.put("customers", r.customers());
        out.put("messages", r.messages());
        out.put("archived", r.archived());
        out.put("duplicates", r.duplicates());
        out.put("seenAgain", r.seenAgain());
        out.put("variants", r.variants());
        out.put("notices", r.notices());
        out.put("attachments", r.attachments());
        out.put("warnings", r.warnings());
        out.put("ids", r.ids());
        return out;
    }

    /** Where a chat message is in its first export and how that export was read; null for mail. */
    static Map<String, Object> ref(MessageRecord m, String lines) {
        if (!m.fromChat()) return null;
        ChatRef c = m.chat();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chat", c.title());
        out.put("file", c.file());
        out.put("firstLine", c.firstLine());
        out.put("lastLine", c.lastLine());
        out.put("format", c.format());
        out.put("dateOrder", c.dateOrder());
        out.put("zone", c.zone());
        out.put("zoneSource", c.zoneSource());
        out.put("lines", lines);
        return out;
    }

    static Map<String, Object> agreement(ChatAgreement a) {
        MessageRecord chat = a.chat();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", chat.id());
        out.put("chat", chat.fromChat() ? chat.chat().title() : "");
        out.put("date", ApiJson.iso(chat.date()));
        out.put("dateUtc", ApiJson.iso(chat.date().withOffsetSameInstant(ZoneOffset.UTC)));
        out.put("from", ApiJson.address(chat.from()));
        out.put("type", a.clause().type());
        out.put("value", a.clause().value());
        out.put("sentence", a.clause().sentence());
        out.put("viaThread", a.viaThread());
        out.put("status", a.status());
        out.put("confirmedBy", a.confirmed() ? confirmation(a) : null);
        return out;
    }

    private static Map<String, Object> confirmation(ChatAgreement a) {
        MessageRecord email = a.confirmedBy();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", email.id());
        out.put("messageId", email.messageId());
        out.put("date", ApiJson.iso(email.date()));
        out.put("dateUtc", email.date() == null ? null : ApiJson.iso(email.date().withOffsetSameInstant(ZoneOffset.UTC)));
        out.put("from", ApiJson.address(email.from()));
        out.put("subject", email.subject());
        out.put("sentence", a.confirmation().sentence());
        return out;
    }

    static Map<String, Object> unconfirmed(List<OpenAgreement> open, int limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", open.size());
        out.put("agreements", open.stream().limit(limit).map(o -> {
            Map<String, Object> entry = agreement(o.agreement());
            List<Map<String, Object>> orders = new java.util.ArrayList<>();
            for (int i = 0; i < o.orderKeys().size(); i++) orders.add(ApiJson.fields("key", o.orderKeys().get(i), "order", o.orders().get(i)));
            entry.put("orders", orders);
            entry.put("customers", o.customers().stream().map(CustomerSummary::id).toList());
            return entry;
        }).toList());
        return out;
    }
}
