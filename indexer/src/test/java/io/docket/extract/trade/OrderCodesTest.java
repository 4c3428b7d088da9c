package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.testing.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderNumberExtractor#findCode} only skips positions where no document code can start: from
 * every starting point it must find exactly what the pattern's own {@code find(from)} finds, on every
 * sample message and attachment and on random text dense in capitals, digits, dashes and other scripts.
 */
class OrderCodesTest {
    private static final String ALPHABET = "ABCHDPIXZ-0123456789 ./\n-éÄ订号ab";

    @Test
    void findsWhatFindFindsFromEveryPosition() {
        List<String> texts = new ArrayList<>(List.of(
                "PI-2024-0588.pdf, HD-SC-2024-033, INV-2024-112, ISO-9001, EN-60598-1, ABCDE-2024-11, xHD-2024-0117, 3HD-2024-0117",
                "HD-2024-0117-A2 and HD-2024-0117/2 and HD-2024-0117.5, ÄHD-2024-01-02, 订单HD-2024-0117号, -HD-2024-01, .PI-2024-02"));
        Random random = new Random(20261123);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0, n = 5 + random.nextInt(40); c < n; c++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            texts.add(text.toString());
        }
        texts.addAll(SampleTexts.all());
        int codes = 0;
        for (String text : texts) {
            Matcher plain = OrderNumberExtractor.codePattern().matcher(text);
            Matcher skipping = OrderNumberExtractor.codePattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            boolean every = text.length() <= 600;
            for (int from = 0; from < text.length(); ) {
                boolean expected = plain.find(from);
                assertEquals(expected, OrderNumberExtractor.findCode(skipping, text, from), "from " + from + " in " + text);
                if (!expected) break;
                assertEquals(plain.start() + ":" + plain.end(), skipping.start() + ":" + skipping.end(), "from " + from + " in " + text);
                if (plain.start() == from || !every) codes++;
                from = every ? from + 1 : plain.end();
            }
        }
        assertTrue(codes > 100, "compared " + codes + " codes");
    }
}
