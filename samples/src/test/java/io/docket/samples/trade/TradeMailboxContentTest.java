package io.docket.samples.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every message parses, and the facts the README promises are really in the bytes. */
class TradeMailboxContentTest {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final List<MimeMessage> messages = new ArrayList<>();

    @BeforeAll
    static void parse() throws Exception {
        for (GeneratedMessage m : new TradeMailboxGenerator().generate()) {
            messages.add(new MimeMessage(SESSION, new ByteArrayInputStream(m.rfc822())));
        }
    }

    @Test
    void everyMessageHasIdDateAndFrom() throws Exception {
        for (MimeMessage m : messages) {
            assertNotNull(m.getMessageID(), m.getSubject());
            assertNotNull(m.getSentDate(), m.getMessageID());
            assertEquals(1, m.getFrom().length, m.getMessageID());
            assertNotNull(m.getSubject(), m.getMessageID());
        }
    }

    @Test
    void charsetsPerLanguage() throws Exception {
        Set<String> charsets = new TreeSet<>();
        for (MimeMessage m : messages) {
            for (Part p : leaves(m)) {
                if (p.isMimeType("text/plain")) {
                    charsets.add(new jakarta.mail.internet.ContentType(p.getContentType()).getParameter("charset"));
                    assertFalse(((String) p.getContent()).contains("\uFFFD"), m.getMessageID());
                }
            }
        }
        assertEquals(Set.of("UTF-8", "ISO-2022-JP", "GB2312", "ISO-8859-1", "windows-1256"), charsets);
    }

    @Test
    void pdfsHaveATextLayerWithThePiNumber() throws Exception {
        int pdfs = 0;
        for (MimeMessage m : messages) {
            for (Part p : attachments(m, "application/pdf")) {
                try (PDDocument doc = Loader.loadPDF(p.getInputStream().readAllBytes())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertTrue(text.contains("P/I No.: PI-2024-"), p.getFileName());
                    pdfs++;
                }
            }
        }
        assertEquals(8, pdfs); // 7 distinct PIs; PI-2024-0588 is also in INBOX (CC to finance)
    }

    @Test
    void orderHd20240142IsOnlyInsideThePdf() throws Exception {
        boolean inPdf = false;
        for (MimeMessage m : messages) {
            assertFalse(m.getSubject().contains("HD-2024-0142"));
            for (Part p : leaves(m)) {
                if (p.isMimeType("text/plain")) {
                    assertFalse(((String) p.getContent()).contains("HD-2024-0142"), m.getMessageID());
                } else if (p.isMimeType("application/pdf")) {
                    try (PDDocument doc = Loader.loadPDF(p.getInputStream().readAllBytes())) {
                        String text = new PDFTextStripper().getText(doc);
                        inPdf |= text.contains("Order No.: HD-2024-0142") && text.contains("PI-2024-0611");
                    }
                }
            }
        }
        assertTrue(inPdf);
    }

    @Test
    void officeFilesAndPhotoOpen() throws Exception {
        int docx = 0;
        int xlsx = 0;
        int jpeg = 0;
        for (MimeMessage m : messages) {
            for (Part p : attachments(m, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
                try (XWPFDocument doc = new XWPFDocument(p.getInputStream());
                     XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    assertTrue(text.getText().matches("(?s).*(HD-SC-2024-033|S/C No. 24HD017).*"));
                    docx++;
                }
            }
            for (Part p : attachments(m, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
                try (XSSFWorkbook wb = new XSSFWorkbook(p.getInputStream())) {
                    assertTrue(wb.getSheetAt(0).getLastRowNum() >= 1);
                    xlsx++;
                }
            }
            for (Part p : attachments(m, "image/jpeg")) {
                assertEquals("Order#4500123456_LED-Panel_Sample_20240305.jpg", p.getFileName());
                assertEquals(320, ImageIO.read(p.getInputStream()).getWidth());
                jpeg++;
            }
        }
        assertEquals(3, docx); // HD-SC-2024-033 twice (Sent + INBOX copy), 24HD017 once
        assertEquals(6, xlsx); // message files, counting the Sent+INBOX copies of internal forwards
        assertEquals(1, jpeg);
    }

    @Test
    void repeatOrderThreadLinksBySubjectOnly() throws Exception {
        int replies = 0;
        for (MimeMessage m : messages) {
            if (m.getSubject().equals("RE: PO No.: 4500123457 - LED troffers repeat order")) {
                assertNull(m.getHeader("In-Reply-To"));
                assertNull(m.getHeader("References"));
                replies++;
            }
        }
        assertEquals(4, replies);
    }

    @Test
    void nonAsciiFileNameUsesRfc2231() throws Exception {
        boolean found = false;
        for (MimeMessage m : messages) {
            for (Part p : leaves(m)) {
                String[] disp = p.getHeader("Content-Disposition");
                if (disp != null && disp[0].contains("filename*=UTF-8''Pr%C3%BCfbericht")) {
                    found = true;
                }
            }
        }
        assertTrue(found);
    }

    private static List<Part> attachments(MimeMessage m, String type) throws Exception {
        List<Part> out = new ArrayList<>();
        for (Part p : leaves(m)) {
            if (p.isMimeType(type) && Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> out = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                out.addAll(leaves(child));
            }
        } else {
            out.add(part);
        }
        return out;
    }
}
