package io.docket.evidence.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class FontSetTest {
    /** Trade-mail lines in every script the set covers, and Hindi, whose conjuncts need PDFBox's substitutions. */
    private static final List<String> LINES = List.of(
            "Payment terms: 30% T/T in advance, balance against B/L copy (office, affiliate, fluffy: ffi fl).",
            "交期：收到定金后35天，FOB宁波。付款方式 T/T 30%。",
            "Zahlungsbedingungen geändert: 60 Tage netto, Lieferung DAP Hamburg — Müller GmbH.",
            "شروط الدفع: خطاب اعتماد عند الاطلاع",
            "Условия оплаты: 100% предоплата. Όροι πληρωμής: 30 ημέρες.",
            "भुगतान की शर्तें बदल गई हैं: क्षेत्र, श्रीमान, द्वारा",
            "Mixed 交期 and भुगतान and Zahlung.");

    @Test
    void theLatinFontKeepsDevanagariSubstitutionsAndTheCopyWithoutThemHasNone() throws IOException {
        byte[] latin = resource(FontSet.RESOURCES.getFirst());
        assertEquals(Language.DEVANAGARI, parse(latin).getGsubData().getLanguage(), "PDFBox picks one language per font");
        assertSame(GsubData.NO_DATA_FOUND, parse(FontSet.withoutGsub(latin)).getGsubData());
        assertEquals(parse(latin).getUnicodeCmapLookup().getGlyphId('क'), parse(FontSet.withoutGsub(latin)).getUnicodeCmapLookup().getGlyphId('क'));
    }

    @Test
    void everyLineIsDrawnWithTheGlyphsPdfBoxsOwnSubstitutionsGive() throws IOException {
        for (String line : LINES) {
            assertEquals(drawnWithOriginalFonts(line), drawnWithFontSet(line), line);
        }
    }

    @Test
    void onlyRunsInTheScriptOfAFontsSubstitutionsUseTheFontThatHasThem() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = FontSet.load(doc);
            PDType0Font latin = fonts.runs("Zahlung").getFirst().font();
            PDType0Font hindi = fonts.runs("भुगतान").getFirst().font();
            assertNotSame(latin, hindi);
            assertSame(latin, fonts.runs("Условия").getFirst().font(), "one Latin/Greek/Cyrillic font without substitutions");
            assertSame(hindi, fonts.runs("शर्तें").getFirst().font());
            assertEquals(fonts.width("Zahlung", 10), (float) latin.getStringWidth("Zahlung") / 100, 1e-3);
        }
    }

    /** The show-text operands FontSet's runs give. */
    private static List<String> drawnWithFontSet(String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            FontSet fonts = FontSet.load(doc);
            return draw(doc, fonts.runs(line).stream().map(r -> new Object[]{r.font(), r.text()}).toList());
        }
    }

    /** The same runs drawn with each font as PDFBox loads it from the file, substitutions and all. */
    private static List<String> drawnWithOriginalFonts(String line) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            List<TrueTypeFont> files = new ArrayList<>();
            List<PDType0Font> originals = new ArrayList<>();
            for (String resource : FontSet.RESOURCES) {
                TrueTypeFont ttf = parse(resource(resource));
                files.add(ttf);
                originals.add(PDType0Font.load(doc, ttf, true));
            }
            FontSet fonts = FontSet.load(doc);
            List<Object[]> runs = new ArrayList<>();
            for (FontSet.Run run : fonts.runs(line)) {
                int first = run.text().codePointAt(0);
                int face = 0;
                while (files.get(face).getUnicodeCmapLookup().getGlyphId(first) == 0) face++;
                runs.add(new Object[]{originals.get(face), run.text()});
            }
            return draw(doc, runs);
        }
    }

    private static final Pattern SHOWN = Pattern.compile("(<[0-9A-Fa-f]*>|\\((?:\\\\.|[^\\\\)])*\\)) ?Tj");

    private static List<String> draw(PDDocument doc, List<Object[]> runs) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
            stream.beginText();
            for (Object[] run : runs) {
                stream.setFont((PDType0Font) run[0], 10);
                stream.showText((String) run[1]);
            }
            stream.endText();
        }
        String content;
        try (InputStream in = page.getContents()) {
            content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        List<String> shown = new ArrayList<>();
        Matcher m = SHOWN.matcher(content);
        while (m.find()) shown.add(m.group(1));
        assertEquals(runs.size(), shown.size(), content);
        return shown;
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FontSet.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
