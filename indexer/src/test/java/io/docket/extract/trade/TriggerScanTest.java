package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.testing.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass scan must find exactly the words that asking each word on its own finds. */
class TriggerScanTest {
    private static final List<Triggers> SETS = ClauseExtractor.RULES.stream().map(ClauseRule::triggers).toList();
    private static final TriggerScan SCAN = TriggerScan.over(SETS);

    @Test
    void findsWhatEachWordFindsAloneOnTheSamples() {
        List<String> texts = new ArrayList<>(SampleTexts.all());
        for (LabelledFixture f : LabelledFixture.read("clauses.tsv", ";")) texts.add(f.text());
        int found = 0;
        for (String text : texts) found += assertSameAsOneByOne(TradeText.fold(text).toLowerCase(Locale.ROOT));
        assertTrue(found > 500, "words found: " + found);
    }

    @Test
    void findsWhatEachWordFindsAloneInRandomMixtures() {
        // Trigger words (also cut short, to exercise the failure links) run together with letters,
        // digits, spaces and CJK, so words overlap, nest and touch their bounds in every way.
        List<String> pieces = new ArrayList<>();
        for (Triggers set : SETS) for (int w = 0; w < set.size(); w++) pieces.add(set.bare(w));
        String glue = "ab1 .-/é价x9 ";
        Random random = new Random(20261206);
        int found = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                if (random.nextInt(4) == 0) piece = piece.substring(0, 1 + random.nextInt(piece.length()));
                text.append(piece);
                if (random.nextBoolean()) text.append(glue.charAt(random.nextInt(glue.length())));
            }
            found += assertSameAsOneByOne(text.toString());
        }
        assertTrue(found > 3000, "words found: " + found);
    }

    @Test
    void boundsAreLooserThanTheRulesOwn() {
        Triggers incoterms = Triggers.of("^cif$");
        assertTrue(incoterms.foundIn("价格cif上海"), "CJK next to a Latin term does not break its bounds");
        assertTrue(incoterms.foundIn("(cif)"));
        assertTrue(!incoterms.foundIn("specific") && !incoterms.foundIn("9cif") && !incoterms.foundIn("cifx"));
        assertTrue(Triggers.of("^net3$").foundIn("net30"), "a digit after the word keeps the end bound");
        assertTrue(Triggers.of("$").foundIn("us$ 12"), "\"$\" alone is the dollar sign");
        assertNull(SCAN.presentIn("nothing to see here").stream().filter(java.util.Objects::nonNull).findAny().orElse(null));
    }

    /** @return how many words the text holds */
    private static int assertSameAsOneByOne(String lower) {
        List<Triggers> scanned = SCAN.presentIn(lower);
        int found = 0;
        for (int s = 0; s < SETS.size(); s++) {
            Triggers set = SETS.get(s);
            List<String> expected = new ArrayList<>();
            for (String word : set.words()) if (Triggers.of(word).foundIn(lower)) expected.add(word);
            List<String> actual = scanned.get(s) == null ? List.of() : scanned.get(s).words();
            assertEquals(expected, actual, () -> "in: " + lower);
            found += expected.size();
        }
        return found;
    }
}
