package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reply headers in each client's and language's form cut the quote, and the first-character gates in
 * front of the patterns hold every character a header may begin with (and not those of ordinary lines).
 */
class ReplyHeadersTest {
    @Test
    void everyFormOfReplyHeaderStartsTheQuote() {
        for (String header : List.of(
                "On Tue, 2 Apr 2024 at 10:15, Hans Müller <hans@mueller-gmbh.de> wrote:",
                "on Tue, 2 Apr 2024, Hans Müller wrote:",
                "Am 02.04.2024 um 10:15 schrieb Hans Müller <hans@mueller-gmbh.de>:",
                "El mar, 2 abr 2024 a las 10:15, Carlos Ruiz escribió:",
                "Le mar. 2 avr. 2024 à 10:15, Jean Dupont a écrit :",
                "Il giorno mar 2 apr 2024 Marco Rossi ha scritto:",
                "在 2024年4月2日 10:15，王伟 写道：",
                "-----Original Message-----",
                "--- Ursprüngliche Nachricht ---",
                "Hans Müller <hans@mueller-gmbh.de> schrieb:")) {
            String body = "Thanks, confirmed.\n\n" + header + "\n> old text\n";
            assertEquals("Thanks, confirmed.", QuotedText.mask(body).strip(), header);
        }
        String outlook = "Agreed.\n\nFrom: Hans Müller\nSent: Tuesday, April 2, 2024 10:15\nTo: Lily Chen\nSubject: Order HD-2024-0117\n\nold text\n";
        assertEquals("Agreed.", QuotedText.mask(outlook).strip());
        String forwarded = "---------- Forwarded message ---------\nFrom: Hans Müller\nDate: Tue, 2 Apr 2024\nSubject: PI\nTo: Lily\n\nNew evidence text.\n";
        assertTrue(QuotedText.mask(forwarded).contains("New evidence text."), "a forward is not a quote");
    }

    @Test
    void theGatesHoldEveryFirstCharacterOfAHeader() {
        BitSet attribution = ReplyHeaders.firstChars(Pattern.compile("On\\s.{4,300}\\swrote\\s?:|在.{4,300}写道\\s?[:：]|في\\s.{4,300}كتب.{0,200}[:：]",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        for (char c : "OoNn在ف".toCharArray()) assertEquals(c != 'N' && c != 'n', attribution.get(c), String.valueOf(c));
        assertFalse(attribution.get('T'));
        assertFalse(attribution.get('>'));
        // Case-insensitive matching folds more than ASCII: the Kelvin sign is a "k".
        BitSet kelvin = ReplyHeaders.firstChars(Pattern.compile("k.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(kelvin.get('\u212a') && kelvin.get('K') && kelvin.get('k'));
        assertEquals(3, kelvin.cardinality());
    }
}
