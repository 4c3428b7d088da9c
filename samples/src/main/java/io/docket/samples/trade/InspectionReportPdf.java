package io.docket.samples.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Kevin's pre-shipment inspection report for HD-2024-0117, sent to Müller over WhatsApp: a one-page PDF
 * with a real text layer, deterministic like {@link ProformaInvoicePdf} (fixed /ID and dates, no compression).
 */
final class InspectionReportPdf {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private InspectionReportPdf() {
    }

    static byte[] hd20240117() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                float y = 800;
                text(cs, BOLD, 14, 50, y, "HUADA LIGHTING CO., LTD. - QUALITY CONTROL");
                text(cs, BOLD, 16, 50, y -= 34, "Pre-shipment Inspection Report");
                String[][] rows = {
                    {"Order No.", "HD-2024-0117 (Buyer's Bestellnummer 4500123460)"},
                    {"Buyer", "Mueller GmbH, Hamburg"},
                    {"Product", "HD-PL6060-40W LED panel 600x600 mm 40W 4000K"},
                    {"Inspected", "2024-04-10, Shenzhen factory, AQL II 1.0/2.5"},
                    {"Lot", "6,000 pcs in 1,500 cartons, 125 pcs sampled"},
                    {"Light output", "3,980 lm average (spec 3,800 lm min.)"},
                    {"Flicker test", "0 defects in 125 pcs"},
                    {"Carton marking", "MUELLER / HAMBURG / HD-2024-0117 / C/No. 1-1500"},
                    {"Result", "PASSED - released for shipment"},
                    {"Inspector", "Kevin Wang, QC Manager"}};
                y -= 20;
                for (String[] row : rows) {
                    text(cs, BOLD, 10, 50, y -= 16, row[0] + ":");
                    text(cs, REGULAR, 10, 160, y, row[1]);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Pre-shipment Inspection Report HD-2024-0117");
            info.setAuthor("Huada Lighting Co., Ltd.");
            info.setProducer("Docket sample generator");
            GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(8)), Locale.ROOT);
            created.clear();
            created.set(2024, 3, 10, 15, 0, 0);
            info.setCreationDate(created);
            info.setModificationDate(created);
            COSArray id = new COSArray();
            byte[] idBytes = "docket:QC-HD-2024-0117".getBytes(StandardCharsets.US_ASCII);
            id.add(new COSString(idBytes));
            id.add(new COSString(idBytes));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
