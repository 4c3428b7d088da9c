package io.docket.evidence;

import java.util.List;

/**
 * A chat agreement no email has confirmed yet, with the orders it is about: one line of the list a rep
 * works through, oldest first, sending each confirmation email. One statement is one line even when it
 * concerns several order numbers (our order number and the buyer's for the same deal).
 *
 * @param orderKeys the folded order keys ("HD20240117"), in the order they were found
 * @param orders    how each is most often written ("HD-2024-0117")
 * @param customers the customers of those orders
 */
public record OpenAgreement(List<String> orderKeys, List<String> orders, List<CustomerSummary> customers, ChatAgreement agreement) {
    public OpenAgreement {
        orderKeys = List.copyOf(orderKeys);
        orders = List.copyOf(orders);
        customers = List.copyOf(customers);
    }
}
