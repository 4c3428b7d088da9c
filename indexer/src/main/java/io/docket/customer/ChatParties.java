package io.docket.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is who in one chat. A chat export names people as the exporting phone saved them, never by mail
 * address, so a sender belongs to a customer when docket.yml lists the name or number under that
 * customer's {@code chatNames} or {@code phones}, or when the sender is the chat's counterpart (the person
 * a one-to-one export is named after) and the chat's customer is known. Everyone else is taken to be
 * ours: the phone's owner and colleagues. The chat's customer is the one given at import
 * ({@code --customer}), else every customer its senders or its counterpart belong to.
 */
public final class ChatParties {
    private final List<String> customers;
    private final Map<String, String> bySender;

    private ChatParties(List<String> customers, Map<String, String> bySender) {
        this.customers = List.copyOf(customers);
        this.bySender = Map.copyOf(bySender);
    }

    /**
     * @param counterpart the name a one-to-one export is named after, or "" (a group, or a file renamed by hand)
     * @param given       the customer given at import, or empty
     */
    public static ChatParties of(CustomerDirectory directory, List<String> senders, String counterpart,
                                 Optional<CustomerDirectory.Customer> given) {
        Optional<CustomerDirectory.Customer> ofCounterpart = counterpart.isBlank() ? Optional.empty()
                : directory.customerOfChatSender(counterpart);
        Optional<CustomerDirectory.Customer> chatCustomer = given.or(() -> ofCounterpart);
        LinkedHashSet<String> all = new LinkedHashSet<>();
        given.ifPresent(c -> all.add(c.id()));
        Map<String, String> bySender = senders.stream().distinct().collect(Collectors.toMap(Function.identity(), sender -> {
            Optional<CustomerDirectory.Customer> own = directory.customerOfChatSender(sender);
            if (own.isPresent()) return own.get().id();
            boolean isCounterpart = !counterpart.isBlank()
                    && CustomerDirectory.foldName(sender).equals(CustomerDirectory.foldName(counterpart));
            return isCounterpart ? chatCustomer.map(CustomerDirectory.Customer::id).orElse("") : "";
        }));
        for (String sender : senders) if (!bySender.get(sender).isEmpty()) all.add(bySender.get(sender));
        ofCounterpart.ifPresent(c -> all.add(c.id()));
        return new ChatParties(new ArrayList<>(all), bySender);
    }

    /** The customers of every message of the chat, the given one first. */
    public List<String> customers() {
        return customers;
    }

    /** The sender's customer id, or "" when the sender is one of ours. */
    public String customerOf(String sender) {
        return bySender.getOrDefault(sender, "");
    }
}
