package io.docket.model;

import java.util.List;

/**
 * What a message says about trade: the orders it names, the terms it states, and the customers it
 * involves. Derived from the parsed message and the company's configuration; {@code docket reindex}
 * derives it again after either changes.
 *
 * @param orders    every distinct order key with the first spelling and where it was found
 * @param clauses   terms stated in the message's own text and attachments (never in quoted text)
 * @param customers customer ids of the correspondents outside the company, in header order
 * @param fromCustomer the sender's customer id, or "" when the sender is one of ours (or unknown)
 */
public record TradeFacts(List<OrderRef> orders, List<ClauseFact> clauses, List<String> customers, String fromCustomer) {
    public static final TradeFacts EMPTY = new TradeFacts(List.of(), List.of(), List.of(), "");

    /**
     * @param key    the number folded so spellings meet ("HD20240117")
     * @param number the first spelling seen ("HD-2024-0117")
     * @param where  every place it was found: "subject", "body", "filename:N" or "attachment:N" (N the attachment index)
     */
    public record OrderRef(String key, String number, List<String> where) {
        public OrderRef {
            where = List.copyOf(where == null ? List.of() : where);
        }
    }

    /**
     * @param type     lower-case clause type ("payment", "incoterm", ...)
     * @param value    normalised value ("30% T/T deposit, 70% against B/L copy")
     * @param sentence the sentence as written
     * @param where    "subject", "body" or "attachment:N"
     */
    public record ClauseFact(String type, String value, String sentence, String where) {}

    public TradeFacts {
        orders = List.copyOf(orders == null ? List.of() : orders);
        clauses = List.copyOf(clauses == null ? List.of() : clauses);
        customers = List.copyOf(customers == null ? List.of() : customers);
        fromCustomer = fromCustomer == null ? "" : fromCustomer;
    }

    public List<String> orderKeys() {
        return orders.stream().map(OrderRef::key).toList();
    }

    public List<String> clauseTypes() {
        return clauses.stream().map(ClauseFact::type).distinct().toList();
    }
}
