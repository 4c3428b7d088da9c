package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import io.docket.testing.SampleTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NgramLanguageDetector} must give what the library's detector gives, language for language and
 * probability for probability (exactly, not within a tolerance), on every sample text, on cut-outs of
 * them at the lengths the guesser reads, and on random mixtures of the languages' letters and spaces.
 */
class NgramLanguageDetectorTest {
    @Test
    void theUnsharedGeneratorDrawsWhatRandomDraws() {
        for (long seed : new long[] {41L, 0L, -7L, 20261207L}) {
            Random shared = new Random(seed);
            Random unshared = new NgramLanguageDetector.UnsharedRandom(seed);
            for (int i = 0; i < 5_000; i++) {
                int bound = 1 + (i * 7919) % 4099;
                assertEquals(shared.nextInt(bound), unshared.nextInt(bound), "seed " + seed + " draw " + i);
                if (i % 97 == 0) assertEquals(shared.nextGaussian(), unshared.nextGaussian());
            }
        }
    }

    @Test
    void givesTheLibrarysProbabilitiesExactly() throws IOException {
        List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(
                LanguageGuesser.LATIN_LANGUAGES.stream().map(LdLocale::fromString).toList());
        LanguageDetector library = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        NgramLanguageDetector fast = NgramLanguageDetector.of(profiles);

        List<String> texts = new ArrayList<>(List.of("", " ", "a", "  lead and trail  ", " ".repeat(80), "x".repeat(51),
                "Please confirm the shipping date and the number of containers for order HD-2024-0117.",
                "Bitte bestätigen Sie den Liefertermin und die Anzahl der Container.",
                "Le confirmamos el envío de su pedido mañana por la mañana, y el pago por transferencia.",
                "关于订单HD20240117的质量问题 mixed with English words and numbers 12345 and more text here"));
        for (String sample : SampleTexts.all()) {
            texts.add(sample);
            for (int cut : new int[] {49, 50, 51, 300, 1000}) if (sample.length() > cut) texts.add(sample.substring(0, cut));
        }
        Random random = new Random(11);
        String letters = "abcdefghijklmnopqrstuvwxyzäöüßéèàçñõãåłčřşı       .,";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(400); j > 0; j--) s.append(letters.charAt(random.nextInt(letters.length())));
            texts.add(s.toString());
        }
        int compared = 0;
        int comparedShort = 0;
        for (String text : texts) {
            List<DetectedLanguage> expected = library.getProbabilities(text);
            List<DetectedLanguage> actual = fast.getProbabilities(text);
            assertEquals(describe(expected), describe(actual), text);
            if (!expected.isEmpty() && text.length() > NgramLanguageDetector.SHORT_TEXT) compared++;
            if (!expected.isEmpty() && text.length() <= NgramLanguageDetector.SHORT_TEXT) comparedShort++;
        }
        assertTrue(compared > 1_000, "compared " + compared + " long texts with a guess");
        assertTrue(comparedShort > 100, "compared " + comparedShort + " short texts with a guess");
    }

    /** Languages and probabilities, every bit of each double. */
    private static String describe(List<DetectedLanguage> found) {
        StringBuilder out = new StringBuilder();
        for (DetectedLanguage d : found) {
            out.append(d.getLocale()).append('=').append(Long.toHexString(Double.doubleToRawLongBits(d.getProbability()))).append(' ');
        }
        return out.toString();
    }
}
