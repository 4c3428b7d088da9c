package io.docket.bench.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
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
 * A one-page proforma invoice with a real text layer (Helvetica, so Latin-1 only), drawn with PDFBox as
 * samples/'s generator does. Deterministic: fixed /ID and dates, no compression, so the bytes do not
 * depend on the clock or the zlib build.
 */
final class ProformaPdf {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private ProformaPdf() {}

    /** The PDF of these lines (the first is the title) and its text, as the attachment of a letter. */
    static Letter.Attachment render(String fileName, String id, java.time.LocalDate date, List<String> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                float y = 800;
                for (int i = 0; i < lines.size(); i++) {
                    cs.beginText();
                    cs.setFont(i == 0 ? BOLD : REGULAR, i == 0 ? 14 : 9);
                    cs.newLineAtOffset(50, y);
                    cs.showText(lines.get(i));
                    cs.endText();
                    y -= i == 0 ? 26 : 14;
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(lines.getFirst());
            info.setProducer("Docket bench trade-mail generator");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"), Locale.ROOT);
            created.clear();
            created.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 0, 0);
            info.setCreationDate(created);
            info.setModificationDate(created);
            // Without an /ID PDFBox derives one from the current time (PDF 32000-1 section 14.4).
            COSArray ids = new COSArray();
            byte[] idBytes = ("docket-bench:" + id).getBytes(StandardCharsets.US_ASCII);
            ids.add(new COSString(idBytes));
            ids.add(new COSString(idBytes));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return new Letter.Attachment(fileName, "application/pdf", out.toByteArray(), String.join("\n", lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
