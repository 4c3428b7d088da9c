package io.docket.parse;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import io.docket.extract.Preloaded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.List;

/**
 * Names the main language of a text as an ISO 639-1 code, or "" when unsure. The script settles most
 * of it (kana means Japanese, Hangul Korean, Han alone Chinese, Arabic, Cyrillic read as Russian);
 * only Latin-script text needs the n-gram detector, restricted to the languages of Docket's mail so
 * that short business text is not mistaken for a rare neighbour. One instance serves all threads.
 */
public final class LanguageGuesser {
    /** Latin-script languages the n-gram detector chooses among. */
    public static final List<String> LATIN_LANGUAGES = List.of("en", "de", "es", "fr", "pt", "it", "nl", "pl", "cs", "sv", "tr");
    /** Text beyond this many characters does not change the guess, only its cost. */
    private static final int SAMPLE_CHARS = 4000;
    /**
     * The n-gram detector costs about 0.25 ms per 1000 characters (measured on this machine, 2.3k
     * chars took 0.6 ms); a thousand characters already settle the language of a business mail.
     */
    private static final int LATIN_SAMPLE_CHARS = 1000;
    /**
     * Most mail settles its language in its first few hundred characters: a guess this sure on this many
     * is kept, and only the rest read the whole {@link #LATIN_SAMPLE_CHARS}.
     */
    private static final int QUICK_SAMPLE_CHARS = 300;
    private static final double QUICK_CERTAINTY = 0.99;
    /** The detector is sure and wrong on little prose: a banner of asterisks, a letter in capitals ("de" for both). */
    private static final int QUICK_MIN_LOWER_CASE = 150;
    private static final double MIN_PROBABILITY = 0.5;
    private static final int SCRIPTS = UnicodeScript.values().length;

    /** Reading the n-gram profiles takes about half a second: done in the background from construction on. */
    private final Preloaded<NgramLanguageDetector> detector = new Preloaded<>("languages", LanguageGuesser::detector);
    /**
     * {@code CommonTextObjectFactories.forDetectingOnLargeText()} with the library's URL and e-mail filter
     * replaced by {@link LinkFilter}: the same output without its quadratic backtracking (ingest profile at
     * 100k: 5% of all CPU; on the 6k corpus 70% of a guess).
     */
    private final TextObjectFactory texts = texts(true);
    /**
     * {@link #texts} without the minority-script filter, for text whose every character is below
     * {@link #LATIN_OR_COMMON_BELOW}: such text holds one script at most, which that filter leaves as it is
     * (it looked up the script of every character: a seventh of a guess).
     */
    private final TextObjectFactory oneScriptTexts = texts(false);
    /** Every character below this (ASCII, Latin-1, Latin Extended-A and B) is of the Latin or the Common script. */
    static final char LATIN_OR_COMMON_BELOW = '\u0250';

    private static TextObjectFactory texts(boolean removeMinorityScripts) {
        TextObjectFactoryBuilder builder = new TextObjectFactoryBuilder().maxTextLength(10_000).withTextFilter(new LinkFilter());
        if (removeMinorityScripts) builder.withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3));
        return builder.build();
    }

    private static NgramLanguageDetector detector() {
        try {
            return NgramLanguageDetector.of(new LanguageProfileReader().readBuiltIn(
                    LATIN_LANGUAGES.stream().map(LdLocale::fromString).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the classpath", e);
        }
    }

    public String guess(String text) {
        if (text == null || text.isBlank()) return "";
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int[] letters = new int[SCRIPTS];
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (Character.isLetter(cp)) letters[UnicodeScript.LATIN.ordinal()]++; // ASCII: skip the table look-up
            } else if (Character.isLetter(cp)) {
                letters[UnicodeScript.of(cp).ordinal()]++;
            }
        }
        int kana = letters[UnicodeScript.HIRAGANA.ordinal()] + letters[UnicodeScript.KATAKANA.ordinal()];
        int han = letters[UnicodeScript.HAN.ordinal()];
        int hangul = letters[UnicodeScript.HANGUL.ordinal()];
        int latin = letters[UnicodeScript.LATIN.ordinal()];
        int arabic = letters[UnicodeScript.ARABIC.ordinal()];
        int cyrillic = letters[UnicodeScript.CYRILLIC.ordinal()];
        int cjk = kana + han + hangul;
        // A CJK character carries about a word, so weigh it against Latin words, not letters.
        int latinWords = latin / 5;
        int top = Math.max(Math.max(cjk, latinWords), Math.max(arabic, cyrillic) / 5);
        if (top == 0) return "";
        if (cjk == top) {
            if (hangul * 2 > cjk) return "ko";
            if (kana * 10 > cjk) return "ja"; // Japanese text is rarely under a tenth kana
            return "zh";
        }
        if (arabic / 5 == top) return "ar";
        if (cyrillic / 5 == top) return "ru";
        return latinLanguage(sample);
    }

    /** The text as the detector sees it after filtering (for tests). */
    String filtered(String text) {
        return texts.forText(text).toString();
    }

    private String latinLanguage(String sample) {
        String head = sample.length() > LATIN_SAMPLE_CHARS ? sample.substring(0, LATIN_SAMPLE_CHARS) : sample;
        TextObjectFactory factory = allBelow(head, LATIN_OR_COMMON_BELOW) ? oneScriptTexts : texts;
        if (sample.length() >= 2 * QUICK_SAMPLE_CHARS && lowerCaseLetters(sample, QUICK_SAMPLE_CHARS) >= QUICK_MIN_LOWER_CASE) {
            List<DetectedLanguage> quick = detector.get().getProbabilities(factory.forText(sample.substring(0, QUICK_SAMPLE_CHARS)));
            if (!quick.isEmpty() && quick.getFirst().getProbability() >= QUICK_CERTAINTY) return quick.getFirst().getLocale().getLanguage();
        }
        List<DetectedLanguage> ranked = detector.get().getProbabilities(factory.forText(head));
        if (ranked.isEmpty() || ranked.getFirst().getProbability() < MIN_PROBABILITY) return "";
        return ranked.getFirst().getLocale().getLanguage();
    }

    private static boolean allBelow(String text, char limit) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= limit) return false;
        return true;
    }

    private static int lowerCaseLetters(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) if (Character.isLowerCase(text.charAt(i))) n++;
        return n;
    }
}
