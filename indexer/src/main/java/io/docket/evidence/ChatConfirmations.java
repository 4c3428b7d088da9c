package io.docket.evidence;

import io.docket.model.MessageRecord;
import io.docket.model.TradeFacts;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The confirmation check: good practice wants every price, payment, quantity, delivery or Incoterm agreed
 * in a chat confirmed by a formal email. For each such term a chat message about an order states, the
 * earliest later email about the same order that states the same term with the same normalised value
 * confirms it; without one it stays unconfirmed. Pure: it reads the messages given, nothing else.
 *
 * <p>"Later" is by instant. Values compare as the extractor normalised them ("USD 12.50/pc", "CIF Hamburg",
 * "L/C at sight"), ignoring case, accents' composition and spacing: an email that says "USD 12.50 per piece"
 * is read as "USD 12.50/pc" already, one that says "USD 12.80/pc" confirms nothing. Every statement
 * counts, a proposal as much as an acceptance: the check cannot know which one the parties meant to keep,
 * so a rep sees each and decides.
 */
public final class ChatConfirmations {
    /** The terms a chat must not settle alone (issue 10). */
    public static final Set<String> TERMS = Set.of("price", "payment", "quantity", "delivery", "incoterm");

    private ChatConfirmations() {}

    /**
     * @param messages  an order's messages (chat and mail), any order
     * @param viaThread ids of those that belong to the order through their thread or conversation only
     * @return every chat term statement, in time order, confirmed or not
     */
    public static List<ChatAgreement> check(List<MessageRecord> messages, Set<String> viaThread) {
        Comparator<MessageRecord> byTime = Comparator.comparing((MessageRecord r) -> r.date().toInstant()).thenComparing(MessageRecord::id);
        List<MessageRecord> dated = messages.stream().filter(r -> r.date() != null).sorted(byTime).toList();
        List<MessageRecord> emails = dated.stream().filter(r -> r.source().equals(MessageRecord.EMAIL)).toList();
        List<ChatAgreement> out = new ArrayList<>();
        for (MessageRecord chat : dated) {
            if (!chat.source().equals(MessageRecord.WHATSAPP)) continue;
            for (TradeFacts.ClauseFact clause : chat.trade().clauses()) {
                if (!TERMS.contains(clause.type())) continue;
                ChatAgreement agreement = new ChatAgreement(chat, clause, viaThread.contains(chat.id()), null, null);
                Instant said = chat.date().toInstant();
                search:
                for (MessageRecord email : emails) {
                    if (!email.date().toInstant().isAfter(said)) continue;
                    for (TradeFacts.ClauseFact stated : email.trade().clauses()) {
                        if (stated.type().equals(clause.type()) && sameValue(stated.value(), clause.value())) {
                            agreement = new ChatAgreement(chat, clause, viaThread.contains(chat.id()), email, stated);
                            break search;
                        }
                    }
                }
                out.add(agreement);
            }
        }
        return List.copyOf(out);
    }

    /** Equal as normalised values: NFKC, case folded, runs of spaces as one. */
    static boolean sameValue(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
