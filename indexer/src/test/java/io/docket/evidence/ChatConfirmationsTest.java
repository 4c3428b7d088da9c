package io.docket.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.Address;
import io.docket.model.MessageRecord;
import io.docket.model.Place;
import io.docket.model.Sha256;
import io.docket.model.TradeFacts;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The confirmation check on hand-made records: which email, if any, confirms each chat term. */
class ChatConfirmationsTest {
    private static MessageRecord message(String id, String source, String date, TradeFacts.ClauseFact... clauses) {
        return new MessageRecord(id, "", List.of(new MessageRecord.Variant(Sha256.of(id.getBytes(StandardCharsets.UTF_8)), 1, 0)),
                List.of(new Place(source.equals("email") ? Place.FILE : source, "", "", id)), "t", List.of(), id,
                new Address(id, ""), List.of(), List.of(), OffsetDateTime.parse(date), List.of(), "en", List.of(), source,
                new TradeFacts(List.of(), List.of(clauses), List.of(), ""), null);
    }

    private static TradeFacts.ClauseFact clause(String type, String value) {
        return new TradeFacts.ClauseFact(type, value, "… " + value + " …", "body");
    }

    @Test
    void theEarliestLaterEmailWithTheSameValueConfirms() {
        MessageRecord chat = message("chat", "whatsapp", "2024-03-01T08:49:00+08:00", clause("price", "USD 12.50/pc"));
        MessageRecord before = message("before", "email", "2024-02-29T16:40:00+01:00", clause("price", "USD 12.50/pc"));
        MessageRecord other = message("other", "email", "2024-03-01T10:00:00+08:00", clause("price", "USD 12.80/pc"));
        MessageRecord first = message("first", "email", "2024-03-01T11:20:00+08:00", clause("price", "usd  12.50/PC"));
        MessageRecord second = message("second", "email", "2024-03-05T15:30:00+08:00", clause("price", "USD 12.50/pc"));
        List<ChatAgreement> result = ChatConfirmations.check(List.of(second, chat, other, before, first), Set.of());
        assertEquals(1, result.size());
        ChatAgreement a = result.getFirst();
        assertTrue(a.confirmed());
        assertEquals("confirmed", a.status());
        assertEquals("first", a.confirmedBy().id(), "an email before the chat and one with another value do not confirm it");
        assertEquals("usd  12.50/PC", a.confirmation().value());
    }

    @Test
    void noLaterEmailWithTheValueLeavesItUnconfirmed() {
        MessageRecord chat = message("chat", "whatsapp", "2024-04-10T15:13:02+08:00", clause("delivery", "ETD 2024-04-12"));
        MessageRecord advice = message("advice", "email", "2024-04-16T17:45:00+08:00", clause("delivery", "ETD 2024-04-18, ETA 2024-05-28"));
        MessageRecord sameInstant = message("same", "email", "2024-04-10T09:13:02+02:00", clause("delivery", "ETD 2024-04-12"));
        MessageRecord laterChat = message("later-chat", "whatsapp", "2024-04-11T09:00:00+08:00", clause("delivery", "ETD 2024-04-12"));
        List<ChatAgreement> result = ChatConfirmations.check(List.of(advice, chat, sameInstant, laterChat), Set.of("later-chat"));
        assertEquals(2, result.size(), "both chat statements are agreements: " + result);
        ChatAgreement a = result.getFirst();
        assertFalse(a.confirmed(), "an email at the same instant is not later, a chat is no email, ETD 04-18 is not ETD 04-12");
        assertEquals("unconfirmed", a.status());
        assertNull(a.confirmedBy());
        assertFalse(a.viaThread());
        assertTrue(result.get(1).viaThread());
    }

    @Test
    void onlyTheFiveTermsAreCheckedAndOnlyAgainstTheSameTerm() {
        MessageRecord chat = message("chat", "whatsapp", "2024-03-01T08:49:00+08:00",
                clause("packaging", "4 pcs/carton"), clause("incoterm", "CIF Hamburg"), clause("quantity", "6,000 pcs"));
        MessageRecord email = message("email", "email", "2024-03-02T08:00:00+08:00",
                clause("packaging", "4 pcs/carton"), clause("delivery", "CIF Hamburg"), clause("quantity", "6,000 pcs"));
        List<ChatAgreement> result = ChatConfirmations.check(List.of(chat, email), Set.of());
        assertEquals(List.of("incoterm", "quantity"), result.stream().map(a -> a.clause().type()).toList());
        assertFalse(result.get(0).confirmed(), "a delivery statement does not confirm an Incoterm, whatever its words");
        assertTrue(result.get(1).confirmed());
    }

    @Test
    void mailAloneHasNoChatAgreements() {
        MessageRecord email = message("email", "email", "2024-03-02T08:00:00+08:00", clause("price", "USD 1/pc"));
        assertEquals(List.of(), ChatConfirmations.check(List.of(email), Set.of()));
    }
}
