package io.docket.evidence;

import io.docket.model.MessageRecord;
import io.docket.model.TradeFacts;
import java.util.Objects;

/**
 * A term a chat message states for an order, and whether a later email confirms it.
 *
 * @param chat         the chat message
 * @param clause       the term it states
 * @param viaThread    the message does not name the order itself but belongs to a conversation that does
 * @param confirmedBy  the earliest later email about the order that states the same term with the same value, or null
 * @param confirmation that email's statement of it, or null
 */
public record ChatAgreement(MessageRecord chat, TradeFacts.ClauseFact clause, boolean viaThread, MessageRecord confirmedBy,
                            TradeFacts.ClauseFact confirmation) {
    public static final String CONFIRMED = "confirmed";
    public static final String UNCONFIRMED = "unconfirmed";

    public ChatAgreement {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(clause, "clause");
        if ((confirmedBy == null) != (confirmation == null)) throw new IllegalArgumentException("a confirmation needs its email and its statement");
    }

    public boolean confirmed() {
        return confirmedBy != null;
    }

    public String status() {
        return confirmed() ? CONFIRMED : UNCONFIRMED;
    }
}
