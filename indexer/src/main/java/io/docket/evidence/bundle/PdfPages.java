package io.docket.evidence.bundle;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BreakIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A small page-layout engine over PDFBox for the timeline: wrapped paragraphs in any script, a label
 * column, highlighted statements, and page numbers added once the page count is known.
 *
 * PDFBox draws glyphs in the order it is given and does no shaping, so this class does what a text
 * engine would: Arabic letters are shaped into their contextual forms (ICU ArabicShaping), each line is
 * put into visual order (ICU Bidi, Unicode Bidirectional Algorithm, UAX #9), and lines break where UAX #14
 * allows (ICU BreakIterator: between words, and between CJK characters, which have no spaces).
 */
final class PdfPages {
    static final float MARGIN = 56;
    private static final float BOTTOM = 64;
    private static final float LEADING = 1.35f;
    private static final float[] HIGHLIGHT = {1f, 0.93f, 0.55f};

    /** One laid-out line: its text in visual order, its width, and whether its paragraph runs right to left. */
    record Line(String visual, float width, boolean rtl) {}

    private final PDDocument doc;
    private final FontSet fonts;
    private final List<String> pageTags = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument doc, FontSet fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Starts a page; {@code tag} goes into its footer (the Bates number of the message on it). */
    void newPage(String tag) {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pageTags.add(tag == null ? "" : tag);
        try {
            stream = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void gap(float points) {
        y -= points;
    }

    /** A wrapped paragraph across the full width. */
    void paragraph(String text, float size, boolean bold) {
        for (Line line : lines(text, size, width())) {
            room(size);
            draw(line, MARGIN, width(), size, bold, false);
            y -= size * LEADING;
        }
    }

    /**
     * A label in the left column and its value wrapped in the right one, line by line so a long value
     * can run onto the next page; {@code highlight} marks the value as a statement to notice.
     */
    void field(String label, String value, float size, float labelWidth, boolean highlight) {
        List<Line> labels = lines(label, size, labelWidth - 8);
        float valueWidth = width() - labelWidth;
        List<Line> values = lines(value, size, valueWidth);
        for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
            room(size);
            if (i < labels.size()) draw(labels.get(i), MARGIN, labelWidth - 8, size, true, false);
            if (i < values.size()) draw(values.get(i), MARGIN + labelWidth, valueWidth, size, false, highlight);
            y -= size * LEADING;
        }
    }

    void rule() {
        room(4);
        try {
            // y is the next baseline; the line goes between it and the descenders of the line above.
            stream.setStrokingColor(0.6f, 0.6f, 0.6f);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y + 4);
            stream.lineTo(MARGIN + width(), y + 4);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 10;
    }

    /** Closes the last page and writes "page N of M" (and each page's tag) into every footer. */
    void finish(String footer) {
        closeStream();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footerStream = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footerStream;
                float size = 7.5f;
                y = 36;
                String left = pageTags.get(i).isEmpty() ? footer : pageTags.get(i) + " · " + footer;
                List<Line> leftLines = lines(left, size, width() - 90);
                if (!leftLines.isEmpty()) draw(leftLines.getFirst(), MARGIN, width() - 90, size, false, false);
                String page = String.format(Locale.ROOT, "Page %d of %d", i + 1, total);
                Line pageLine = lines(page, size, 90).getFirst();
                draw(pageLine, MARGIN + width() - pageLine.width(), pageLine.width(), size, false, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stream = null;
            }
        }
    }

    /** Lays a paragraph (or several, one per \n) out in lines no wider than {@code width}. */
    List<Line> lines(String text, float size, float width) {
        List<Line> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r\n|\r|\n", -1)) {
            String shaped = shapeArabic(paragraph.replace('\t', ' '));
            Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
            boolean rtl = !bidi.baseIsLeftToRight();
            for (int[] span : breakLines(shaped, size, width)) {
                String logical = shaped.substring(span[0], span[1]).stripTrailing();
                String visual = logical;
                if (bidi.getLength() > 0 && !(bidi.isLeftToRight() && !rtl)) {
                    Bidi line = bidi.setLine(span[0], span[0] + logical.length());
                    visual = line.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
                }
                out.add(new Line(visual, fonts.width(visual, size), rtl));
            }
        }
        return out;
    }

    /** Greedy line breaking at UAX #14 opportunities; a word wider than the line is cut by characters. */
    private List<int[]> breakLines(String text, float size, float width) {
        List<int[]> spans = new ArrayList<>();
        if (text.isBlank()) {
            spans.add(new int[] {0, 0});
            return spans;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        int lineStart = 0;
        int lastFit = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (fonts.width(text.substring(lineStart, end).stripTrailing(), size) <= width) {
                lastFit = end;
                continue;
            }
            if (lastFit > lineStart) {
                spans.add(new int[] {lineStart, lastFit});
                lineStart = lastFit;
            }
            // What is left up to this break may itself be too wide: cut it where it no longer fits.
            while (fonts.width(text.substring(lineStart, end).stripTrailing(), size) > width) {
                int cut = lineStart + Character.charCount(text.codePointAt(lineStart));
                while (cut < end) {
                    int next = cut + Character.charCount(text.codePointAt(cut));
                    if (fonts.width(text.substring(lineStart, next), size) > width) break;
                    cut = next;
                }
                spans.add(new int[] {lineStart, cut});
                lineStart = cut;
            }
            lastFit = end;
        }
        if (lineStart < text.length()) spans.add(new int[] {lineStart, text.length()});
        return spans;
    }

    private static String shapeArabic(String text) {
        if (text.codePoints().noneMatch(PdfPages::isArabic)) return text;
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    private static boolean isArabic(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF);
    }

    private void room(float size) {
        if (stream == null || y - size * LEADING < BOTTOM) newPage(pageTags.isEmpty() ? "" : pageTags.getLast());
    }

    /** Draws one line in a box: right-aligned when its paragraph is right to left. */
    private void draw(Line line, float x, float boxWidth, float size, boolean bold, boolean highlight) {
        float start = line.rtl() ? x + boxWidth - line.width() : x;
        try {
            if (highlight && line.width() > 0) {
                stream.setNonStrokingColor(HIGHLIGHT[0], HIGHLIGHT[1], HIGHLIGHT[2]);
                stream.addRect(start - 1.5f, y - size * 0.3f, line.width() + 3, size * 1.25f);
                stream.fill();
            }
            stream.setNonStrokingColor(0f, 0f, 0f);
            stream.setStrokingColor(0f, 0f, 0f);
            stream.beginText();
            // Bold by stroking the outlines too: one embedded weight per script keeps the fonts small.
            stream.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            if (bold) stream.setLineWidth(size * 0.035f);
            stream.newLineAtOffset(start, y);
            for (FontSet.Run run : fonts.runs(line.visual())) {
                stream.setFont(run.font(), size);
                stream.showText(run.text());
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (stream == null) return;
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stream = null;
        }
    }
}
