package io.docket.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.testing.SampleTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The ASCII shortcut of {@link FoldingFilter} changes nothing: tokens are exactly ICU folding's. */
class FoldingFilterTest {
    /** The chain as it was before the shortcut. */
    private static final Analyzer ICU = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            ICUTokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
    };
    private static final Analyzer DOCKET = new DocketAnalyzer();

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term + "@" + offsets.startOffset() + "-" + offsets.endOffset());
            stream.end();
        }
        return out;
    }

    @Test
    void everyAsciiCharacterButTheTwoAccentsFoldsToItsLowerCase() {
        for (char c = 0; c < 0x80; c++) {
            String expected = c == '^' || c == '`' ? "" : c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c);
            assertEquals(expected, ICUFoldingFilter.NORMALIZER.normalize(String.valueOf(c)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void everySampleTextGivesTheSameTokensAsIcuFolding() throws IOException {
        List<String> texts = SampleTexts.all();
        assertTrue(texts.size() > 100, "samples found: " + texts.size());
        for (String text : texts) assertEquals(tokens(ICU, text), tokens(DOCKET, text));
    }

    @Test
    void mixedScriptsAndCasesGiveTheSameTokensAsIcuFolding() throws IOException {
        String[] pieces = {"MÜLLER", "Müller", "GmbH", "ＨＤ２０２４", "HD-2024-0117", "envío", "ÉTÉ", "Straße", "STRASSE", "ǅ", "K\u0301",
                "ﬁle", "Ⅻ", "a^b", "`QUOTE`", "x^2", "İstanbul", "ΣΊΣΥΦΟΣ", "交期", "支払い", "الدفع", "٤٥", "naïve", "O'NEIL", "3.5", "x\u00a0y", "ℌ", "Å", "A\u030a"};
        Random random = new Random(20261123);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(6);
            for (int w = 0; w < words; w++) {
                String piece = pieces[random.nextInt(pieces.length)];
                // Glue some pieces together, so one token mixes ASCII and other letters.
                text.append(piece).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String s = text.toString();
            assertEquals(tokens(ICU, s), tokens(DOCKET, s), s);
        }
    }
}
