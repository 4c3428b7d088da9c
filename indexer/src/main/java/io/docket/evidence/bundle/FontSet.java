package io.docket.evidence.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The timeline's fonts, embedded as subsets: each character is drawn with the first font that has a
 * glyph for it (Latin/Greek/Cyrillic, then CJK, then Arabic). The fonts come from the build (see
 * indexer/pom.xml), never from the machine, so a bundle looks the same wherever it is made.
 */
final class FontSet {
    private static final String BASE = "/io/docket/evidence/bundle/fonts/";
    static final List<String> RESOURCES = List.of(
            BASE + "latin/400Regular/NotoSans_400Regular.ttf",
            BASE + "sc/400Regular/NotoSansSC_400Regular.ttf",
            BASE + "arabic/400Regular/NotoSansArabic_400Regular.ttf");

    /** One stretch of text drawn with one font. */
    record Run(PDType0Font font, String text) {}

    /**
     * Scripts whose glyphs PDFBox substitutes (its GSUB workers), by the language it picks for a font.
     * It picks one language per font whatever the text: Noto Sans gets the Devanagari worker, which
     * rebuilt a regular expression from the font's ligatures at every line drawn, Latin text included
     * (30% of an export's time at 1M), and returned the glyphs unchanged for any other script.
     */
    private static final Map<Language, Character.UnicodeScript> SHAPED = Map.of(
            Language.BENGALI, Character.UnicodeScript.BENGALI,
            Language.DEVANAGARI, Character.UnicodeScript.DEVANAGARI,
            Language.GUJARATI, Character.UnicodeScript.GUJARATI,
            Language.LATIN, Character.UnicodeScript.LATIN);
    /** Per font resource: the script its substitutions are for (absent: none PDFBox applies). */
    private static final Map<String, Optional<Character.UnicodeScript>> SHAPED_SCRIPT = new ConcurrentHashMap<>();

    /** One font of the set: drawn without substitutions unless a run holds the script they are for. */
    private final class Face {
        final byte[] bytes;
        final CmapLookup cmap;
        final PDType0Font plain;
        final Character.UnicodeScript shapedScript;
        PDType0Font shaped;

        Face(String resource, byte[] bytes) throws IOException {
            this.bytes = bytes;
            // The document owns the parsed font until it is saved; PDFBox subsets it then.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(withoutGsub(bytes)));
            this.cmap = ttf.getUnicodeCmapLookup();
            this.plain = PDType0Font.load(doc, ttf, true);
            this.shapedScript = SHAPED_SCRIPT.computeIfAbsent(resource, r -> shapedScriptOf(bytes)).orElse(null);
        }

        PDType0Font fontFor(CharSequence run) {
            if (shapedScript == null || run.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == shapedScript)) return plain;
            if (shaped == null) {
                try {
                    shaped = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(bytes)), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the timeline fonts", e);
                }
            }
            return shaped;
        }
    }

    private final PDDocument doc;
    private final List<Face> faces = new ArrayList<>();
    private final String replacement;

    private FontSet(PDDocument doc) throws IOException {
        this.doc = doc;
        for (String resource : RESOURCES) {
            try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("font " + resource + " is missing from the jar (indexer/pom.xml fetches it)");
                faces.add(new Face(resource, in.readAllBytes()));
            }
        }
        this.replacement = covered('\uFFFD') ? "\uFFFD" : "?";
    }

    static FontSet load(PDDocument doc) {
        try {
            return new FontSet(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the timeline fonts", e);
        }
    }

    /**
     * The font file with its GSUB table's tag changed, so PDFBox finds no substitutions and maps each
     * character to its glyph by the cmap. The embedded subset never holds GSUB either way.
     */
    static byte[] withoutGsub(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0, at = 12; i < tables && at + 4 <= copy.length; i++, at += 16) {
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') copy[at] = 'g';
        }
        return copy;
    }

    private static Optional<Character.UnicodeScript> shapedScriptOf(byte[] font) {
        try {
            GsubData gsub = new TTFParser().parse(new RandomAccessReadBuffer(font)).getGsubData();
            return gsub == GsubData.NO_DATA_FOUND ? Optional.empty() : Optional.ofNullable(SHAPED.get(gsub.getLanguage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the substitutions of a timeline font", e);
        }
    }

    private int fontIndex(int codePoint) {
        for (int i = 0; i < faces.size(); i++) if (faces.get(i).cmap.getGlyphId(codePoint) != 0) return i;
        return -1;
    }

    boolean covered(int codePoint) {
        return fontIndex(codePoint) >= 0;
    }

    /**
     * Splits text into runs of one font each. Invisible format characters (bidi marks, joiners) are
     * dropped once bidi is applied; a character no font has (emoji, Hangul, Thai...) becomes U+FFFD, so
     * a gap in the record is visible instead of silent.
     */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFont = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) continue;
            String piece = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            int font = fontIndex(piece.codePointAt(0));
            if (font < 0) {
                piece = replacement;
                font = fontIndex(piece.codePointAt(0));
            }
            if (font != currentFont && !current.isEmpty()) {
                runs.add(new Run(faces.get(currentFont).fontFor(current), current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(piece);
        }
        if (!current.isEmpty()) runs.add(new Run(faces.get(currentFont).fontFor(current), current.toString()));
        return runs;
    }

    /** Width in points of text at the given size. */
    float width(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) width += width(run, size);
        return width;
    }

    static float width(Run run, float size) {
        try {
            return run.font().getStringWidth(run.text()) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
