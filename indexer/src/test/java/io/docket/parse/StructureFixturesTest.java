package io.docket.parse;

import static io.docket.parse.Fixtures.codes;
import static io.docket.parse.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import io.docket.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MIME structure fixtures: HTML bodies, forwarded mail, real attachments and broken structure. */
class StructureFixturesTest {
    @Test
    void htmlOnlyBodyIsRenderedAsText() {
        ParsedMessage m = parse("html-only.eml");
        assertEquals("Dear Ms. Smith,\nPlease find the updated price list below & confirm.\nValve DN50\tUSD 38.50\n"
                + "Best regards,\nAnna Schmidt", m.body());
        assertFalse(m.body().contains("do-not-index"), "script text is not body text");
        assertTrue(m.htmlBody().contains("<b>updated</b>"), m.htmlBody());
        assertEquals("en", m.language());
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void alternativePrefersPlainTextAndKeepsTheHtml() {
        ParsedMessage m = parse("multipart-alternative-related.eml");
        assertEquals("Plain version: shipment leaves Ningbo on Friday.", m.body(), "the HTML alternative is not read twice");
        assertEquals("<p>HTML version: shipment leaves <b>Ningbo</b> on Friday.</p>"
                + "<img src=\"cid:logo@docket\"><img src=\"cid:chart@docket\">", m.htmlBody());
        // The cid-only logo belongs to the HTML; the named chart is an attachment (image: no text, no warning).
        assertEquals(List.of(new Attachment(0, "chart.png", "image/png", 70, m.attachments().getFirst().sha256(), "2.3", "")),
                m.attachments());
        assertEquals(70, Fixtures.PARSER.attachmentBytes(Fixtures.bytes("multipart-alternative-related.eml"), "2.2").orElseThrow().length,
                "the logo is still served by its path");
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void alternativeWithoutPlainTextReadsTheHtml() {
        String raw = "From: a@example.org\r\nDate: Wed, 17 Jan 2024 10:15:00 +0800\r\nMessage-ID: <h@example.org>\r\n"
                + "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n"
                + "<p>Only&nbsp;HTML</p>\r\n--b--\r\n";
        ParsedMessage m = Fixtures.PARSER.parse(raw.getBytes(StandardCharsets.US_ASCII));
        assertEquals("Only HTML", m.body());
        assertEquals("<p>Only&nbsp;HTML</p>", m.htmlBody());
    }

    @Test
    void forwardedMessageJoinsTheCarrier() {
        ParsedMessage m = parse("forwarded-rfc822.eml");
        assertEquals("FYI, see the supplier's mail below.\n\n"
                + "---------- Forwarded message ----------\n"
                + "From: Li Wei <li.wei@supplier.example.cn>\n"
                + "Date: Wed, 17 Jan 2024 16:30:00 +0800\n"
                + "Subject: Packing list 装箱单 HD-20240117\n"
                + "To: Docket Fixtures <fixtures@docket.example>\n\n"
                + "Attached is the packing list, 480 cartons.", m.body());
        List<Attachment> a = m.attachments();
        assertEquals(2, a.size());
        assertEquals(new Attachment(0, "terms.txt", "text/plain", 56, a.get(0).sha256(), "2",
                "Payment terms: 30% deposit, balance against copy of B/L."), a.get(0));
        assertEquals(new Attachment(1, "packing-list.csv", "text/csv", 25, a.get(1).sha256(), "3.2",
                "carton,qty\nHD-CTN-01,480"), a.get(1), "the forwarded mail's attachment is numbered as the carrier's");
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void pdfTextIsExtracted() {
        ParsedMessage m = parse("attachment-pdf.eml");
        assertFalse(m.body().contains("PI-2024-0588"), "the invoice number is only inside the PDF");
        Attachment pdf = m.attachments().getFirst();
        assertEquals("proforma.pdf", pdf.filename());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("Proforma Invoice PI-2024-0588\nBuyer: Acme GmbH\nTotal USD 12,400.00", pdf.text());
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void docxTextIsExtracted() {
        Attachment docx = parse("attachment-docx.eml").attachments().getFirst();
        assertEquals("contract.docx", docx.filename());
        assertEquals("Sales Contract SC-2024-0311\nSeller: Hangzhou Docket Trading Co.\n"
                + "Incoterms FOB Ningbo, payment by irrevocable letter of credit.", docx.text());
    }

    @Test
    void xlsxCellsAreExtracted() {
        Attachment xlsx = parse("attachment-xlsx.eml").attachments().getFirst();
        assertEquals("prices.xlsx", xlsx.filename());
        assertTrue(xlsx.text().contains("Stainless valve DN50\t38.50"), xlsx.text());
        assertTrue(xlsx.text().contains("Brass fitting BF-12\t4.20"), xlsx.text());
    }

    @Test
    void pptxAndOdtTextIsExtracted() {
        assertEquals("Quarterly review Q1-2024\nContainer bookings up 12 percent, keyword: albatross",
                parse("attachment-pptx.eml").attachments().getFirst().text());
        assertEquals("Meeting minutes MM-2024-05\nAgreed: inspection by SGS before loading.",
                parse("attachment-odt.eml").attachments().getFirst().text());
    }

    @Test
    void pgpSignatureIsKeptAsAnAttachmentWithoutText() {
        ParsedMessage m = parse("signed-pgp.eml");
        assertTrue(m.body().startsWith("Dear Hans,"), m.body());
        assertTrue(m.body().contains("30% T/T deposit, 70% against B/L copy"), m.body());
        Attachment signature = m.attachments().getFirst();
        assertEquals("signature.asc", signature.filename());
        assertEquals("application/pgp-signature", signature.contentType());
        assertEquals("", signature.text(), "the armour and the signer's banner are not text anyone searches");
        byte[] raw = Fixtures.bytes("signed-pgp.eml");
        String armour = new String(raw, StandardCharsets.US_ASCII);
        armour = armour.substring(armour.indexOf("-----BEGIN PGP SIGNATURE-----"), armour.indexOf("\r\n\r\n--sig-boundary-0117--"));
        assertEquals(Sha256.of((armour + "\r\n").getBytes(StandardCharsets.US_ASCII)), signature.sha256(),
                "the signature's own bytes are kept, so the signature can still be verified from the original");
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void zipContentsAreExtractedRecursively() {
        ParsedMessage m = parse("attachment-zip.eml");
        Attachment zip = m.attachments().getFirst();
        assertEquals("shipping.zip", zip.filename());
        assertTrue(zip.text().contains("Shipping marks: DOCKET-ZIP-7731"), zip.text());
        assertTrue(zip.text().contains("Nested archive keyword: quokka"), "a zip inside the zip is read too");
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void truncatedMultipartKeepsWhatArrived() {
        ParsedMessage m = parse("malformed-truncated-boundary.eml");
        assertEquals("The attachment below was cut off in transit.", m.body());
        Attachment pdf = m.attachments().getFirst();
        assertEquals("report.pdf", pdf.filename());
        assertEquals(174, pdf.size(), "every complete base64 group before the cut");
        assertEquals(List.of("truncated-multipart", "truncated-part", "extract-failed"), codes(m));
    }

    @Test
    void missingBoundaryParameterIsFoundInTheBody() {
        ParsedMessage m = parse("malformed-missing-boundary.eml");
        assertEquals("The boundary parameter is missing.", m.body());
        assertEquals("Notes keyword: wombat", m.attachments().getFirst().text());
        assertEquals(List.of("missing-boundary"), codes(m));
    }

    @Test
    void zipBombIsStoppedQuickly() {
        ParsedMessage m = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parse("malformed-zip-bomb.eml"),
                "hang guard only: the check itself inflates about 11 MB");
        Attachment bomb = m.attachments().getFirst();
        assertEquals("bomb.zip", bomb.filename());
        assertEquals("", bomb.text());
        assertEquals(List.of("zip-bomb"), codes(m));
        assertEquals("Harmless looking archive.", m.body());
    }

    @Test
    void pdfNamedEmlIsNotAnEmail() {
        ParsedMessage m = parse("not-an-email.eml");
        assertEquals(List.of("not-an-email"), codes(m));
        assertEquals("", m.subject());
        assertEquals("", m.body());
    }

    @Test
    void emptyAndGarbageInputReturnWithWarnings() {
        assertEquals(List.of("not-an-email"), codes(Fixtures.PARSER.parse(new byte[0])));
        assertEquals(List.of("not-an-email"), codes(Fixtures.PARSER.parse(null)));
        byte[] garbage = new byte[4096];
        new java.util.Random(17).nextBytes(garbage);
        assertEquals(List.of("not-an-email"), codes(Fixtures.PARSER.parse(garbage)));
    }

    @Test
    void headersWithoutBodyStillParse() {
        ParsedMessage m = Fixtures.PARSER.parse("From: a@example.org\r\nSubject: cut after the headers".getBytes());
        assertEquals("cut after the headers", m.subject());
        assertEquals("", m.body());
        assertEquals(List.of("missing-message-id", "missing-date"), codes(m));
    }

    @Test
    void attachmentBytesAreServedFromTheOriginal() {
        byte[] raw = Fixtures.bytes("forwarded-rfc822.eml");
        ParsedMessage m = Fixtures.PARSER.parse(raw);
        for (Attachment a : m.attachments()) {
            byte[] byPath = Fixtures.PARSER.attachmentBytes(raw, a.partPath()).orElseThrow();
            byte[] byIndex = Fixtures.PARSER.attachmentBytes(raw, a.index()).orElseThrow();
            assertEquals(a.sha256(), Sha256.of(byPath), "part " + a.partPath());
            assertEquals(a.sha256(), Sha256.of(byIndex), "attachment " + a.index());
        }
        // The line break before a boundary belongs to the boundary (RFC 2046 section 5.1.1).
        assertEquals("carton,qty\r\nHD-CTN-01,480", new String(Fixtures.PARSER.attachmentBytes(raw, "3.2").orElseThrow()));
        assertTrue(Fixtures.PARSER.attachmentBytes(raw, "9").isEmpty());
        assertTrue(Fixtures.PARSER.attachmentBytes(raw, 2).isEmpty());
    }
}
