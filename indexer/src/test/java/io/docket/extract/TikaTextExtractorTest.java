package io.docket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.ParseWarning;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TikaTextExtractorTest implements TextExtractorContract {
    private static final Path FIXTURES = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
    private static final TikaTextExtractor TIKA = new TikaTextExtractor();

    @AfterAll
    static void close() {
        TIKA.close();
    }

    @Override
    public TextExtractor extractor() {
        return TIKA;
    }

    /** The second part of a fixture message: the attachment every attachment-*.eml carries. */
    static byte[] attachmentOf(String fixture) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(Files.readAllBytes(FIXTURES.resolve(fixture))));
        try (InputStream in = ((MimeMultipart) message.getContent()).getBodyPart(1).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static List<String> codes(TextExtractor.Extraction x) {
        return x.warnings().stream().map(ParseWarning::code).toList();
    }

    @Test
    void pdfDocxXlsxPptxOdt() throws Exception {
        assertTrue(TIKA.extract(attachmentOf("attachment-pdf.eml"), "proforma.pdf", "application/pdf").text().contains("PI-2024-0588"));
        assertTrue(TIKA.extract(attachmentOf("attachment-docx.eml"), "contract.docx", null).text().contains("SC-2024-0311"));
        assertTrue(TIKA.extract(attachmentOf("attachment-xlsx.eml"), "prices.xlsx", null).text().contains("Brass fitting BF-12"));
        assertTrue(TIKA.extract(attachmentOf("attachment-pptx.eml"), "meeting.pptx", null).text().contains("albatross"));
        assertTrue(TIKA.extract(attachmentOf("attachment-odt.eml"), "minutes.odt", null).text().contains("MM-2024-05"));
    }

    @Test
    void typeIsDetectedFromBytesWhenTheMailSaysOctetStream() throws Exception {
        TextExtractor.Extraction x = TIKA.extract(attachmentOf("attachment-pdf.eml"), "", "application/octet-stream");
        assertEquals("Proforma Invoice PI-2024-0588\nBuyer: Acme GmbH\nTotal USD 12,400.00", x.text());
    }

    @Test
    void rtfHtmlAndCsv() {
        byte[] rtf = "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Letter of credit LC-7788\\par}".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Letter of credit LC-7788", TIKA.extract(rtf, "lc.rtf", "application/rtf").text());
        byte[] html = "<html><body><h1>Offer</h1><p>Valve &amp; fitting</p><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("Offer\nValve & fitting", TIKA.extract(html, "offer.html", "text/html").text());
        byte[] csv = "item,price\nvalve,38.50\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("item,price\nvalve,38.50", TIKA.extract(csv, "p.csv", "text/csv").text());
    }

    @Test
    void imagesAreSkippedWithoutWarning() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        TextExtractor.Extraction x = TIKA.extract(png, "logo.png", "application/octet-stream");
        assertEquals("", x.text());
        assertEquals(List.of(), x.warnings());
    }

    @Test
    void signaturesAreSkippedWithoutWarning() throws Exception {
        byte[] pgp = ("-----BEGIN PGP SIGNATURE-----\nComment: GnuPG v2 (GNU/Linux)\n\n"
                + "iHUEABYIAB0WIQRdCDkVdwe5VRwQuKkQNOqIVlUolgUCaxX+RQAKCRAQNOqIVlUo\n=dEwi\n-----END PGP SIGNATURE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
        // As RFC 3156 has it; Tika's detection calls armour text/plain, so the declared type is what tells.
        for (String declared : List.of("application/pgp-signature", "Application/PGP-Signature; name=\"signature.asc\"")) {
            TextExtractor.Extraction x = TIKA.extract(pgp, "signature.asc", declared);
            assertEquals("", x.text(), "declared " + declared);
            assertEquals(List.of(), x.warnings(), "declared " + declared);
        }
        TextExtractor.Extraction smime = TIKA.extract(new byte[] {0x30, (byte) 0x82, 0x01, 0x0a}, "smime.p7s", "application/pkcs7-signature; name=smime.p7s");
        assertEquals("", smime.text());
        assertEquals(List.of(), smime.warnings());
        assertEquals(new String(pgp, StandardCharsets.US_ASCII).strip(), TIKA.extract(pgp, "notes.txt", "text/plain").text(),
                "the same bytes as a text file are read");
    }

    @Test
    void aDeclaredImageIsNotReadWhateverItsBytes() throws Exception {
        TextExtractor.Extraction x = TIKA.extract(attachmentOf("attachment-pdf.eml"), "scan.png", "image/png");
        assertEquals("", x.text());
        assertEquals(List.of(), x.warnings());
    }

    @Test
    void zipBombIsRefusedInBoundedTime() throws Exception {
        byte[] bomb = attachmentOf("malformed-zip-bomb.eml");
        TextExtractor.Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> TIKA.extract(bomb, "bomb.zip", "application/zip"), "hang guard only");
        assertEquals(List.of("zip-bomb"), codes(x));
        assertEquals("", x.text());
    }

    @Test
    void deeplyNestedZipsAreABomb() throws Exception {
        byte[] zip = "innermost keyword: matryoshka".getBytes(StandardCharsets.UTF_8);
        for (int level = 0; level < 7; level++) zip = zipOf("level" + level + (level == 0 ? ".txt" : ".zip"), zip);
        TextExtractor.Extraction x = TIKA.extract(zip, "nested.zip", "application/zip");
        assertEquals(List.of("zip-bomb"), codes(x));
        assertTrue(x.warnings().getFirst().detail().contains("nested deeper than 5"), x.warnings().toString());
        byte[] shallow = zipOf("a.zip", zipOf("b.txt", "shallow keyword: platypus".getBytes(StandardCharsets.UTF_8)));
        assertTrue(TIKA.extract(shallow, "shallow.zip", "application/zip").text().contains("platypus"));
    }

    @Test
    void tooLargeIsNotRead() {
        try (TikaTextExtractor small = new TikaTextExtractor(ExtractionLimits.defaults().withMaxAttachmentBytes(10))) {
            TextExtractor.Extraction x = small.extract("eleven bytes".getBytes(StandardCharsets.US_ASCII), "a.txt", "text/plain");
            assertEquals(List.of("attachment-too-large"), codes(x));
            assertEquals("", x.text());
        }
    }

    @Test
    void textIsCutAtTheCharacterLimit() {
        try (TikaTextExtractor small = new TikaTextExtractor(ExtractionLimits.defaults().withMaxCharacters(100))) {
            TextExtractor.Extraction x = small.extract("word ".repeat(1000).getBytes(StandardCharsets.US_ASCII), "a.txt", "text/plain");
            assertEquals(List.of("extract-truncated"), codes(x));
            assertTrue(x.text().length() <= 100, "length " + x.text().length());
        }
    }

    @Test
    void slowParseTimesOut() throws Exception {
        byte[] pdf = attachmentOf("attachment-pdf.eml");
        try (TikaTextExtractor hasty = new TikaTextExtractor(ExtractionLimits.defaults().withTimeout(Duration.ofNanos(1)))) {
            TextExtractor.Extraction x = hasty.extract(pdf, "proforma.pdf", "application/pdf");
            assertEquals(List.of("extract-timeout"), codes(x));
        }
    }

    private static byte[] zipOf(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
