package io.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.model.MessageRecord;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import io.docket.model.Sha256;
import io.docket.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {
    @TempDir
    Path dir;

    private static byte[] mail(String messageId, String extraHeader, String subject, String body) {
        return ("Message-ID: <" + messageId + ">\r\n" + extraHeader
                + "From: Hans Müller <hans@mueller-gmbh.de>\r\nTo: lily.chen@huada-lighting.com\r\n"
                + "Date: Tue, 05 Mar 2024 10:15:00 +0100\r\nSubject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RawMessage at(byte[] bytes, String folder, String locator) {
        return new RawMessage(bytes, new Place(Place.IMAP, "sales", folder, locator));
    }

    private List<IngestOutcome> ingest(EmbeddedArchive archive, RawMessage... messages) throws InterruptedException {
        List<IngestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable listening = archive.listeners().add(outcomes::add)) {
            for (RawMessage m : messages) archive.sink().accept(m);
            archive.commit();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return outcomes;
    }

    @Test
    void originalsComeBackByteForByteUnderTheirSha256() throws Exception {
        byte[] bytes = mail("a1@mueller-gmbh.de", "", "Order HD-2024-0117", "Bitte bestätigen Sie den Liefertermin.");
        try (EmbeddedArchive archive = Archives.open(dir)) {
            IngestOutcome outcome = ingest(archive, at(bytes, "INBOX", "1:1")).getFirst();
            IngestOutcome.Archived archived = assertInstanceOf(IngestOutcome.Archived.class, outcome);
            byte[] back = archive.raw(archived.id(), Optional.empty()).orElseThrow().bytes();
            assertArrayEquals(bytes, back);
            assertEquals(Sha256.of(bytes), Sha256.of(back));
        }
    }

    @Test
    void theSameMessageInInboxAndSentIsOneMessageSeenInTwoPlaces() throws Exception {
        byte[] bytes = mail("a2@huada-lighting.com", "", "Quotation", "Unit price USD 12.80/pc");
        try (EmbeddedArchive archive = Archives.open(dir)) {
            // Workers run in parallel, so outcomes arrive in any order; what each kind counts is exact.
            List<IngestOutcome> outcomes = ingest(archive, at(bytes, "INBOX", "1:7"), at(bytes, "Sent", "3:2"), at(bytes, "Sent", "3:2"));
            assertEquals(1, outcomes.stream().filter(o -> o instanceof IngestOutcome.Archived).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(o -> o instanceof IngestOutcome.SeenAgain).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(o -> o instanceof IngestOutcome.AlreadyArchived).count(), outcomes.toString());
            String id = outcomes.stream().filter(o -> o instanceof IngestOutcome.Archived).map(o -> ((IngestOutcome.Archived) o).id()).findFirst().orElseThrow();
            MessageRecord record = archive.store().message(id).orElseThrow();
            assertEquals(java.util.Set.of("INBOX", "Sent"), java.util.Set.copyOf(record.folders()));
            assertEquals(1, record.variants().size());
            assertEquals(1, archive.stats().messages());
            assertEquals(1, archive.stats().originals());
            assertEquals(1, archive.search(SearchRequest.of("quotation")).total());
            assertEquals(1, archive.search(SearchRequest.of("folder:sent")).total());
        }
    }

    @Test
    void theIndexShowsTheFirstOriginalWhateverVariantsComeLater() throws Exception {
        // A list copy with other text arrives second, then a copy of it in a third folder: the message stays
        // searchable by its first original's words (the ones its record and message view show), not the copy's.
        byte[] first = mail("a4@mueller-gmbh.de", "", "Delivery", "Please confirm the loading date alpha");
        byte[] listCopy = mail("a4@mueller-gmbh.de", "List-Id: <trade.example.org>\r\n", "Delivery", "Please confirm the loading date beta");
        try (EmbeddedArchive archive = Archives.open(dir)) {
            ingest(archive, at(first, "INBOX", "1:1"));
            assertInstanceOf(IngestOutcome.NewVariant.class, ingest(archive, at(listCopy, "Lists", "2:1")).getFirst());
            assertInstanceOf(IngestOutcome.SeenAgain.class, ingest(archive, at(listCopy, "Archive", "3:1")).getFirst());
            assertEquals(1, archive.search(SearchRequest.of("alpha")).total());
            assertEquals(0, archive.search(SearchRequest.of("beta")).total());
            assertEquals(1, archive.search(SearchRequest.of("folder:Archive alpha")).total(), "the new folder is indexed too");
        }
    }

    @Test
    void otherBytesWithTheSameMessageIdAreKeptAsAVariant() throws Exception {
        byte[] inbox = mail("a3@mueller-gmbh.de", "Received: from mx1.example.net\r\n", "Payment terms", "30% T/T deposit");
        byte[] sent = mail("a3@mueller-gmbh.de", "X-Mailer: Outlook\r\n", "Payment terms", "30% T/T deposit");
        try (EmbeddedArchive archive = Archives.open(dir)) {
            List<IngestOutcome> outcomes = ingest(archive, at(inbox, "INBOX", "1:1"));
            outcomes.addAll(ingest(archive, at(sent, "Sent", "2:1")));
            assertInstanceOf(IngestOutcome.NewVariant.class, outcomes.get(1));
            String id = ((IngestOutcome.Archived) outcomes.get(0)).id();
            MessageRecord record = archive.store().message(id).orElseThrow();
            assertEquals(List.of(Sha256.of(inbox), Sha256.of(sent)), record.variants().stream().map(MessageRecord.Variant::sha256).toList());
            assertArrayEquals(sent, archive.raw(id, Optional.of(Sha256.of(sent))).orElseThrow().bytes());
            assertEquals(1, archive.stats().messages());
            assertEquals(2, archive.stats().originals());
            assertEquals(1, archive.search(SearchRequest.of("deposit")).total(), "one hit per message, however many copies");
        }
    }

    @Test
    void repliesJoinTheirThreadWhateverTheArrivalOrder() throws Exception {
        byte[] root = mail("t1@mueller-gmbh.de", "", "Order HD-2024-0117", "first");
        byte[] reply = mail("t2@huada-lighting.com", "In-Reply-To: <t1@mueller-gmbh.de>\r\nReferences: <t1@mueller-gmbh.de>\r\n", "Re: Order HD-2024-0117", "second");
        byte[] replyToReply = mail("t3@mueller-gmbh.de", "In-Reply-To: <t2@huada-lighting.com>\r\nReferences: <t1@mueller-gmbh.de> <t2@huada-lighting.com>\r\n", "AW: Re: Order HD-2024-0117", "third");
        byte[] subjectOnly = mail("t4@mueller-gmbh.de", "", "AW: Order HD-2024-0117", "fourth, from a client that drops References");
        try (EmbeddedArchive archive = Archives.open(dir)) {
            ingest(archive, at(replyToReply, "INBOX", "1"), at(subjectOnly, "INBOX", "2"));
            ingest(archive, at(reply, "Sent", "1"));
            ingest(archive, at(root, "INBOX", "3"));
            var threads = archive.search(SearchRequest.of("hd-2024-0117")).hits().stream().map(h -> h.message().threadId()).distinct().toList();
            assertEquals(1, threads.size(), "all four messages in one thread");
            assertEquals(1, archive.stats().threads());
            var tree = archive.thread(threads.getFirst()).orElseThrow();
            assertEquals(4, tree.size());
            assertTrue(tree.roots().stream().anyMatch(n -> n.message().messageId().equals("t1@mueller-gmbh.de")
                    && n.replies().getFirst().message().messageId().equals("t2@huada-lighting.com")
                    && n.replies().getFirst().replies().getFirst().message().messageId().equals("t3@mueller-gmbh.de")));
        }
    }
}
