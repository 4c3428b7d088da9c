package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MailSentencesTest {
    private static List<String> sentences(String text) {
        BreakIterator breaks = new MailSentences();
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("Dear Lily,\nthe shipment leaves Ningbo on Friday.\n", "Payment by T/T as agreed. ", "Thanks!"),
                sentences("Dear Lily,\nthe shipment leaves Ningbo on Friday.\nPayment by T/T as agreed. Thanks!"));
        assertEquals(List.of("Is the price final? ", "\"Yes.\" ", "(See the PI.) ", "OK"),
                sentences("Is the price final? \"Yes.\" (See the PI.) OK"));
    }

    @Test
    void aFullStopBeforeALowerCaseWordOrInsideAWordEndsNothing() {
        assertEquals(List.of("Version 2.4.1 is out... see www.example.com, e.g. the notes.Next time."),
                sentences("Version 2.4.1 is out... see www.example.com, e.g. the notes.Next time."));
    }

    @Test
    void aBlankLineEndsAParagraphWithoutFullStops() {
        assertEquals(List.of("Hi Lily\r\n\r\n", "please find the revised PI attached\n \n", "Regards\nHans"),
                sentences("Hi Lily\r\n\r\nplease find the revised PI attached\n \nRegards\nHans"));
    }

    @Test
    void cjkSentencesEndWithOrWithoutSpace() {
        assertEquals(List.of("交期是45天。", "付款方式：30%定金！", "好吗？」 ", "OK"), sentences("交期是45天。付款方式：30%定金！好吗？」 OK"));
        assertEquals(List.of("هل السعر نهائي؟ ", "نعم."), sentences("هل السعر نهائي؟ نعم."));
    }

    @Test
    void emptyAndBlankTextsHaveOnlyTheirEnds() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of("  \n\n "), sentences("  \n\n "));
    }

    /** following, preceding, previous and isBoundary agree with the boundaries next() walks, on random mail-like text. */
    @Test
    void everyWayOfAskingFindsTheSameBoundaries() {
        String alphabet = "aZ. .!?\n\n\r \")。？」é交 ";
        Random random = new Random(20261206);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) built.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = built.toString();
            BreakIterator breaks = new MailSentences();
            breaks.setText(text);
            List<Integer> forward = new ArrayList<>();
            for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) forward.add(b);
            assertEquals(text.length(), (int) forward.getLast(), text);
            List<Integer> backward = new ArrayList<>();
            for (int b = breaks.last(); b != BreakIterator.DONE; b = breaks.previous()) backward.addFirst(b);
            assertEquals(forward, backward, text);
            for (int offset = 0; offset <= text.length(); offset++) {
                final int at = offset;
                int following = forward.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
                int preceding = forward.stream().filter(b -> b < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
                assertEquals(following, breaks.following(offset), () -> "following(" + at + ") in " + text);
                assertEquals(preceding, breaks.preceding(offset), () -> "preceding(" + at + ") in " + text);
                assertEquals(forward.contains(offset), breaks.isBoundary(offset), () -> "isBoundary(" + at + ") in " + text);
            }
        }
    }

    @Test
    void anOffsetOutsideTheTextIsRefused() {
        BreakIterator breaks = new MailSentences();
        breaks.setText("One. Two.");
        assertThrows(IllegalArgumentException.class, () -> breaks.following(10));
        assertThrows(IllegalArgumentException.class, () -> breaks.preceding(-1));
    }
}
