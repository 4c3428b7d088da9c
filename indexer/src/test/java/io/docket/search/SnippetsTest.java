package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.index.Previews;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets mark what the query looks for in the body (or, failing that, an attachment), and nothing the
 * query excludes or looks for elsewhere; without anything to mark they show the body's beginning.
 */
class SnippetsTest {
    @TempDir
    static Path dir;
    static EmbeddedArchive archive;

    private static byte[] mail(String messageId, String subject, String body) {
        return ("Message-ID: <" + messageId + ">\r\nFrom: Hans Müller <hans@mueller-gmbh.de>\r\nTo: lily.chen@huada-lighting.com\r\n"
                + "Date: Tue, 05 Mar 2024 10:15:00 +0100\r\nSubject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void archive() throws Exception {
        archive = Archives.open(dir.resolve("data"));
        Path fixtures = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
        List<byte[]> mails = List.of(
                mail("s1@mueller-gmbh.de", "Quotation for lamps", "Dear Lily, the shipment leaves Ningbo on Friday. Payment by T/T as agreed."),
                mail("s2@mueller-gmbh.de", "Shipping", "Shipping marks as before. The shipment is ready, shipment documents follow, shipped by sea."),
                mail("s3@mueller-gmbh.de", "Quotation", "We have no further questions about the quotation and will reply next week."),
                mail("s4@mueller-gmbh.de", "PI", "Hi Lily\r\n\r\nplease find the revised proforma attached\r\n\r\nRegards\r\nHans"),
                Files.readAllBytes(fixtures.resolve("attachment-pdf.eml")));
        int n = 0;
        for (byte[] m : mails) archive.sink().accept(new RawMessage(m, new Place(Place.IMAP, "sales", "INBOX", "1:" + ++n)));
        archive.commit();
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> snippets(String query) {
        return archive.search(SearchRequest.of(query)).hits().stream().map(SearchResult.Hit::snippet).toList();
    }

    @Test
    void marksTheWordsFoundButNotTheWordsExcluded() {
        List<String> found = snippets("shipment -shipping");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().contains("<mark>shipment</mark>"), found.getFirst());
        assertFalse(found.getFirst().contains("<mark>Payment</mark>"), found.getFirst());
        String either = snippets("shipment OR payment").stream().filter(s -> s.contains("Ningbo")).findFirst().orElseThrow();
        assertTrue(either.contains("<mark>shipment</mark>") && either.contains("<mark>Payment</mark>"), either);
    }

    @Test
    void aPrefixMarksItsCompletions() {
        String snippet = snippets("ship*").stream().filter(s -> s.contains("marks as before")).findFirst().orElseThrow();
        for (String word : List.of("Shipping", "shipment", "shipped")) assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
    }

    @Test
    void aWordSoughtInTheSubjectIsNotMarkedInTheBody() {
        List<String> found = snippets("subject:quotation");
        assertEquals(2, found.size(), found.toString());
        for (String s : found) assertFalse(s.contains("<mark>"), s);
        assertTrue(found.stream().anyMatch(s -> s.startsWith("We have no further questions about the quotation")), found.toString());
    }

    @Test
    void aQueryWithoutWordsShowsTheBodysBeginning() {
        for (String query : List.of("from:hans@mueller-gmbh.de", "date:2024-03-05")) {
            List<String> found = snippets(query);
            assertEquals(4, found.size(), query + " " + found);
            for (String s : found) assertFalse(s.isBlank() || s.contains("<mark>"), query + ": " + s);
            assertTrue(found.contains("Dear Lily, the shipment leaves Ningbo on Friday. Payment by T/T as agreed."), found.toString());
        }
    }

    @Test
    void aPassageIsTheParagraphWhenMailHasNoFullStops() {
        assertEquals(List.of("please find the <mark>revised</mark> proforma attached\n\n"), snippets("revised"));
    }

    @Test
    void aWordOnlyInAnAttachmentIsMarkedThere() {
        List<String> found = snippets("acme");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().contains("<mark>Acme</mark>"), found.getFirst());
    }

    @Test
    void whiteSpaceCollapsesAsTheRegexDidOnRandomMixedText() {
        String alphabet = " \t\n\r\f\u000Bab\u00A0\u2003\u3000交期-";
        java.util.Random random = new java.util.Random(20261123);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+", " "), Previews.collapseSpaces(s), () -> "for " + s.chars().boxed().toList());
        }
    }
}
