package io.docket.extract.trade;

import io.docket.customer.CustomerDirectory;
import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import io.docket.model.TradeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extract stage's trade facts for one parsed message: order numbers wherever they appear (subject,
 * body including quoted text, attachment names and text), the terms the message itself states (its new
 * text and its attachments, never quoted text), and the customers involved. Thread-safe.
 */
public final class TradeAnalyzer {
    private final OrderNumberExtractor orders;
    private final ClauseExtractor clauses = new ClauseExtractor();
    private final CustomerDirectory customers;

    public TradeAnalyzer(OrderPatterns patterns, CustomerDirectory customers) {
        this.orders = new OrderNumberExtractor(patterns);
        this.customers = customers;
    }

    public static TradeAnalyzer defaults() {
        return new TradeAnalyzer(OrderPatterns.DEFAULTS, CustomerDirectory.empty());
    }

    public OrderNumberExtractor orderNumbers() {
        return orders;
    }

    public CustomerDirectory customers() {
        return customers;
    }

    public TradeFacts analyze(ParsedMessage message) {
        String sender = customers.customerOf(message.from()).map(CustomerDirectory.Customer::id).orElse("");
        return analyze(message, customers.customersOf(message), sender);
    }

    /**
     * The same orders and terms, with the customers given: a chat message names its people as a phone
     * saved them, not by address, so who they are is decided for the whole chat ({@link io.docket.customer.ChatParties}).
     */
    public TradeFacts analyze(ParsedMessage message, List<String> customerIds, String fromCustomer) {
        Map<String, String> numbers = new LinkedHashMap<>();
        Map<String, Set<String>> places = new LinkedHashMap<>();
        addOrders(numbers, places, message.subject(), "subject");
        addOrders(numbers, places, message.body(), "body");
        for (Attachment a : message.attachments()) {
            addOrders(numbers, places, a.filename(), "filename:" + a.index());
            addOrders(numbers, places, a.text(), "attachment:" + a.index());
        }
        List<TradeFacts.OrderRef> found = new ArrayList<>();
        numbers.forEach((key, number) -> found.add(new TradeFacts.OrderRef(key, number, List.copyOf(places.get(key)))));

        // One statement per term and value per message: a proforma repeating "L/C at sight" three times states it once.
        Map<String, TradeFacts.ClauseFact> stated = new LinkedHashMap<>();
        for (ClauseStatement s : clauses.extractNew(message.body())) stated.putIfAbsent(s.type() + "\u0000" + s.value(), fact(s, "body"));
        for (Attachment a : message.attachments()) {
            for (ClauseStatement s : clauses.extract(a.text())) {
                stated.putIfAbsent(s.type() + "\u0000" + s.value(), fact(s, "attachment:" + a.index()));
            }
        }
        return new TradeFacts(found, new ArrayList<>(stated.values()), customerIds, fromCustomer);
    }

    private void addOrders(Map<String, String> numbers, Map<String, Set<String>> places, String text, String where) {
        if (text == null || text.isEmpty()) return;
        for (OrderMention m : orders.extract(text)) {
            numbers.putIfAbsent(m.key(), m.number());
            places.computeIfAbsent(m.key(), k -> new LinkedHashSet<>()).add(where);
        }
    }

    private static TradeFacts.ClauseFact fact(ClauseStatement s, String where) {
        return new TradeFacts.ClauseFact(s.type().name().toLowerCase(Locale.ROOT), s.value(), s.sentence().strip(), where);
    }
}
