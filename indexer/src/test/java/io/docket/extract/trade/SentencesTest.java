package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sentences stay short enough for the rules' patterns, whatever the text; real sentences are not cut. */
class SentencesTest {
    @Test
    void wrappedLinesWithoutPunctuationAreCutNearTheLimit() {
        byte[] bytes = new byte[30_000];
        new Random(7).nextBytes(bytes);
        String base64 = Base64.getMimeEncoder(60, "\n".getBytes()).encodeToString(bytes);
        List<Sentences.Span> spans = Sentences.split(base64);
        assertTrue(spans.size() > 30, spans.size() + " spans");
        for (Sentences.Span s : spans) assertTrue(s.end() - s.start() <= 1_100, "span of " + (s.end() - s.start()));
    }

    @Test
    void textWithoutAnyWhiteSpaceIsCutToo() {
        String blob = "x".repeat(20_000);
        for (Sentences.Span s : Sentences.split(blob)) assertTrue(s.end() - s.start() <= 4_001, "span of " + (s.end() - s.start()));
    }

    @Test
    void aWrappedSentenceStaysWhole() {
        String text = "Payment terms have been changed to 30% deposit by T/T and the balance of 70% against the\n"
                + "copy of the bill of lading, as agreed on the phone yesterday with your colleague in Hamburg.\nBest regards";
        List<Sentences.Span> spans = Sentences.split(text);
        assertEquals(2, spans.size(), spans.toString());
        assertTrue(text.substring(spans.get(0).start(), spans.get(0).end()).endsWith("in Hamburg."));
    }
}
