package io.docket.samples.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * Draws a proforma invoice with PDFBox, with a real text layer. Deterministic: fixed /ID and dates,
 * and no Flate compression, so the bytes do not depend on the zlib build of the JVM.
 */
final class ProformaInvoicePdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ProformaInvoicePdf() {
    }

    static byte[] render(ProformaInvoice pi) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                draw(cs, pi);
            }
            fixMetadata(doc, pi);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream cs, ProformaInvoice pi) throws IOException {
        float y = 800;
        text(cs, BOLD, 14, 50, y, "HUADA LIGHTING CO., LTD.");
        text(cs, REGULAR, 8, 50, y -= 12, "Bldg 5, Nanshan Science Park, Shenzhen 518057, Guangdong, China");
        text(cs, REGULAR, 8, 50, y -= 10, "Tel: +86 755 2345 6789   Fax: +86 755 2345 6790   www.huada-lighting.com");
        text(cs, BOLD, 16, 200, y -= 30, "PROFORMA INVOICE");
        text(cs, REGULAR, 10, 50, y -= 25, "P/I No.: " + pi.piNumber());
        text(cs, REGULAR, 10, 350, y, "Date: " + DAY.format(pi.date()));
        if (pi.orderRef() != null) {
            text(cs, REGULAR, 10, 50, y -= 14, "Order No.: " + pi.orderRef());
        }
        text(cs, BOLD, 10, 50, y -= 20, "Buyer: " + pi.buyer());
        for (String line : pi.buyerAddress()) {
            text(cs, REGULAR, 9, 50, y -= 12, line);
        }
        y -= 22;
        float[] cols = {50, 140, 330, 400, 470};
        String[] heads = {"Model", "Description", "Qty", "Unit Price", "Amount"};
        for (int i = 0; i < cols.length; i++) {
            text(cs, BOLD, 9, cols[i], y, heads[i]);
        }
        for (LineItem item : pi.items()) {
            y -= 14;
            text(cs, REGULAR, 9, cols[0], y, item.model());
            text(cs, REGULAR, 9, cols[1], y, item.description());
            text(cs, REGULAR, 9, cols[2], y, LineItem.count(item.quantity()) + " " + item.unit());
            text(cs, REGULAR, 9, cols[3], y, pi.currency() + " " + LineItem.money(item.unitPrice()));
            text(cs, REGULAR, 9, cols[4], y, pi.currency() + " " + LineItem.money(item.amount()));
        }
        text(cs, BOLD, 10, 330, y -= 22, "TOTAL " + pi.incoterm() + ": " + pi.currency() + " " + LineItem.money(pi.total()));
        y -= 30;
        for (String[] term : new String[][] {{"Price term", pi.incoterm()}, {"Payment", pi.payment()},
                {"Delivery", pi.delivery()}, {"Packing", pi.packing()}, {"HS code", "9405.42.00"}}) {
            text(cs, BOLD, 9, 50, y, term[0] + ":");
            text(cs, REGULAR, 9, 130, y, term[1]);
            y -= 13;
        }
        y -= 15;
        text(cs, BOLD, 9, 50, y, "Beneficiary bank:");
        text(cs, REGULAR, 9, 130, y, "Bank of China, Shenzhen Branch, SWIFT BKCHCNBJ45A");
        text(cs, REGULAR, 9, 130, y -= 12, "A/C No. 7563 2145 8890 1234 (USD)");
        text(cs, REGULAR, 9, 50, y -= 40, "For and on behalf of Huada Lighting Co., Ltd.      Lily Chen, Sales Manager");
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void fixMetadata(PDDocument doc, ProformaInvoice pi) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Proforma Invoice " + pi.piNumber());
        info.setAuthor("Huada Lighting Co., Ltd.");
        info.setProducer("Docket sample generator");
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(8)), Locale.ROOT);
        created.clear();
        created.set(pi.date().getYear(), pi.date().getMonthValue() - 1, pi.date().getDayOfMonth(), 9, 0, 0);
        info.setCreationDate(created);
        info.setModificationDate(created);
        // Without an /ID, PDFBox derives one from the current time (PDF 32000-1 section 14.4).
        COSArray id = new COSArray();
        byte[] idBytes = ("docket:" + pi.piNumber()).getBytes(StandardCharsets.US_ASCII);
        id.add(new COSString(idBytes));
        id.add(new COSString(idBytes));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }
}
