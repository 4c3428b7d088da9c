package io.docket.api;

import io.docket.evidence.CustomerSummary;
import io.docket.evidence.OrderEvidence;
import io.docket.evidence.OrderSummary;
import io.docket.model.MessageRecord;
import io.docket.model.TradeFacts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of orders, clauses, customers and order evidence. */
final class TradeJson {
    private TradeJson() {}

    static List<Map<String, Object>> orders(TradeFacts trade) {
        return trade.orders().stream().map(o -> ApiJson.fields("key", o.key(), "number", o.number(), "where", o.where())).toList();
    }

    static List<Map<String, Object>> clauses(List<TradeFacts.ClauseFact> clauses) {
        return clauses.stream().map(c -> ApiJson.fields("type", c.type(), "value", c.value(), "sentence", c.sentence(),
                "where", c.where())).toList();
    }

    static Map<String, Object> evidence(OrderEvidence evidence) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("order", evidence.number());
        out.put("key", evidence.key());
        out.put("companyTimeZone", zone(evidence.companyZone()));
        out.put("customers", evidence.customers().stream().map(TradeJson::customer).toList());
        out.put("items", evidence.items().stream().map(TradeJson::item).toList());
        Map<String, Object> history = new LinkedHashMap<>();
        evidence.clauseHistory().forEach((type, entries) -> history.put(type, entries.stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", ApiJson.iso(e.date()));
            entry.put("dateUtc", e.date() == null ? null : ApiJson.iso(e.date().withOffsetSameInstant(ZoneOffset.UTC)));
            entry.put("value", e.value());
            entry.put("id", e.id());
            entry.put("messageId", e.messageId());
            entry.put("from", ApiJson.address(e.from()));
            entry.put("sentence", e.sentence());
            entry.put("where", e.where());
            entry.put("viaThread", e.viaThread());
            entry.put("source", e.source());
            entry.put("fromCustomer", e.fromCustomer());
            return entry;
        }).toList()));
        out.put("clauseHistory", history);
        out.put("chatAgreements", evidence.chatAgreements().stream().map(ChatJson::agreement).toList());
        return out;
    }

    private static Map<String, Object> item(OrderEvidence.Item item) {
        MessageRecord m = item.message();
        Map<String, Object> out = ApiJson.summary(m);
        out.put("source", m.source());
        out.put("customerLocalDate", ApiJson.iso(item.customerLocalDate()));
        out.put("companyLocalDate", ApiJson.iso(item.companyLocalDate()));
        out.put("to", ApiJson.addresses(m.to()));
        out.put("cc", ApiJson.addresses(m.cc()));
        out.put("sha256", m.firstSha256().hex());
        out.put("excerpt", item.excerpt());
        out.put("viaThread", item.viaThread());
        out.put("clauses", clauses(item.clauses()));
        out.put("attachments", m.attachments().stream().map(a -> ApiJson.attachment(a, item.matchedAttachments().contains(a.index()))).toList());
        out.put("customers", m.trade().customers());
        out.put("chat", m.fromChat() ? ApiJson.fields("chat", m.chat().title(), "file", m.chat().file(), "firstLine", m.chat().firstLine(),
                "lastLine", m.chat().lastLine()) : null);
        return out;
    }

    static Map<String, Object> order(OrderSummary o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", o.key());
        out.put("order", o.number());
        out.put("messages", o.messages());
        out.put("first", instant(o.first()));
        out.put("last", instant(o.last()));
        out.put("customers", o.customers());
        return out;
    }

    static Map<String, Object> customer(CustomerSummary c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("name", c.name());
        out.put("configured", c.configured());
        out.put("messages", c.messages());
        out.put("firstContact", instant(c.firstContact()));
        out.put("lastContact", instant(c.lastContact()));
        out.put("timeZone", zone(c.zone()));
        out.put("orders", c.orders());
        return out;
    }

    static Map<String, Object> customerDetail(CustomerSummary c, List<OrderSummary> orders) {
        Map<String, Object> out = customer(c);
        out.put("orders", orders.stream().map(TradeJson::order).toList());
        out.put("activity", c.months().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> ApiJson.fields("month", e.getKey(), "messages", e.getValue())).toList());
        return out;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : ApiJson.iso(instant.atOffset(ZoneOffset.UTC));
    }

    private static String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }
}
