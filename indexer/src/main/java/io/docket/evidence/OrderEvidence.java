package io.docket.evidence;

import io.docket.model.Address;
import io.docket.model.MessageRecord;
import io.docket.model.TradeFacts;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the archive holds about one order, in time order: the messages that name it (and, marked
 * {@code viaThread}, the other messages of their threads), and each term's history across them.
 *
 * @param key           the folded order key ("HD20240117")
 * @param number        how the order is most often written ("HD-2024-0117")
 * @param customers     the customers involved, with their time zones
 * @param companyZone   our own time zone, for "our local time"
 * @param clauseHistory per clause type, every statement in time order
 * @param chatAgreements every term a chat message states for the order, confirmed by a later email or not ({@link ChatConfirmations})
 */
public record OrderEvidence(String key, String number, List<CustomerSummary> customers, ZoneId companyZone,
                            List<Item> items, Map<String, List<ClauseEntry>> clauseHistory, List<ChatAgreement> chatAgreements) {
    public OrderEvidence {
        chatAgreements = List.copyOf(chatAgreements == null ? List.of() : chatAgreements);
    }

    /** The chat agreements no email confirms. */
    public List<ChatAgreement> unconfirmed() {
        return chatAgreements.stream().filter(a -> !a.confirmed()).toList();
    }


    /**
     * @param customerLocalDate the date in the time zone of the message's customer (null when unknown)
     * @param companyLocalDate  the date in our time zone
     * @param matchedAttachments indexes of attachments whose name or text names the order
     */
    public record Item(MessageRecord message, boolean viaThread, OffsetDateTime customerLocalDate,
                       OffsetDateTime companyLocalDate, String excerpt, Set<Integer> matchedAttachments) {
        public List<TradeFacts.ClauseFact> clauses() {
            return message.trade().clauses();
        }
    }

    /**
     * One statement of a term: when, by whom, in which message, and the sentence that says it.
     *
     * @param source       "email" or "whatsapp"
     * @param fromCustomer the sender's customer id, or "" when the sender is one of ours
     */
    public record ClauseEntry(OffsetDateTime date, String value, String id, String messageId, Address from, String sentence,
                              String where, boolean viaThread, String source, String fromCustomer) {}
}
