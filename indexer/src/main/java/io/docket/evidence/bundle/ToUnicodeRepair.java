package io.docket.evidence.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the PDF's text copy and search as the ideographs it shows. CJK fonts draw 文 (U+6587) and the
 * Kangxi radical ⽂ (U+2F42) with one glyph, and PDFBox writes the lowest code point of a shared glyph
 * into the font's ToUnicode map, so "日本", "大", "一" would copy out as radicals and a search for them
 * would find nothing. Run on a saved (hence subset) document: each font's map is rewritten with radicals
 * replaced by the ideographs they are compatibility forms of (NFKC).
 */
final class ToUnicodeRepair {
    private ToUnicodeRepair() {}

    static void repair(PDDocument doc) throws IOException {
        Set<Object> done = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && done.add(type0.getCOSObject())) repair(doc, type0);
            }
        }
    }

    private static void repair(PDDocument doc, PDType0Font font) throws IOException {
        // The subset's CIDToGIDMap says which CIDs exist: two bytes per CID, zero for an unused one.
        COSStream cidToGid = font.getDescendantFont().getCOSObject().getCOSStream(COSName.CID_TO_GID_MAP);
        if (cidToGid == null) return;
        byte[] gids;
        try (var in = cidToGid.createInputStream()) {
            gids = in.readAllBytes();
        }
        Map<Integer, String> map = new TreeMap<>();
        boolean changed = false;
        for (int cid = 1; cid < gids.length / 2; cid++) {
            if (gids[2 * cid] == 0 && gids[2 * cid + 1] == 0) continue;
            String unicode = font.toUnicode(cid);
            if (unicode == null) continue;
            String fixed = unradical(unicode);
            changed |= !fixed.equals(unicode);
            map.put(cid, fixed);
        }
        if (!changed) return;
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(map).getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    private static String unradical(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean radical = (cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF);
            out.append(radical ? Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC) : new String(Character.toChars(cp)));
        });
        return out.toString();
    }

    /** A ToUnicode CMap (Adobe Technical Note #5411) of single-code mappings, 100 to a block as the format requires. */
    private static String cmap(Map<Integer, String> map) {
        StringBuilder out = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = map.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += 100) {
            var block = entries.subList(from, Math.min(entries.size(), from + 100));
            out.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                out.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) out.append(String.format(Locale.ROOT, "%04X", (int) c));
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        return out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
