package io.docket.evidence.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
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

    private final List<PDType0Font> fonts = new ArrayList<>();
    private final List<CmapLookup> cmaps = new ArrayList<>();
    private final String replacement;

    private FontSet(PDDocument doc) throws IOException {
        for (String resource : RESOURCES) {
            try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("font " + resource + " is missing from the jar (indexer/pom.xml fetches it)");
                // The document owns the parsed font until it is saved; PDFBox subsets it then.
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                cmaps.add(ttf.getUnicodeCmapLookup());
                fonts.add(PDType0Font.load(doc, ttf, true));
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

    private int fontIndex(int codePoint) {
        for (int i = 0; i < cmaps.size(); i++) if (cmaps.get(i).getGlyphId(codePoint) != 0) return i;
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
                runs.add(new Run(fonts.get(currentFont), current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.append(piece);
        }
        if (!current.isEmpty()) runs.add(new Run(fonts.get(currentFont), current.toString()));
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
