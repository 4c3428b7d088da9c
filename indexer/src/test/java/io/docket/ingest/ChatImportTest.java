package io.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.backend.MessageView;
import io.docket.backend.RawOriginal;
import io.docket.config.CustomerConfig;
import io.docket.config.TradeConfig;
import io.docket.evidence.ChatAgreement;
import io.docket.evidence.OpenAgreement;
import io.docket.evidence.OrderEvidence;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatLimits;
import io.docket.harvest.files.FileSource;
import io.docket.model.MessageRecord;
import io.docket.parse.chat.ChatFormatException;
import io.docket.search.SearchRequest;
import io.docket.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample trade mailbox and the two sample WhatsApp exports of order HD-2024-0117 in one archive:
 * what each import reports, the chat messages as archived items, re-imports, search, the order's
 * evidence with the confirmation check, re-indexing and the archive's own verification.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatImportTest {
    static final Path SAMPLES = Path.of(System.getProperty("docket.root", "..")).resolve("samples");
    static final Path ANDROID = SAMPLES.resolve("chats/WhatsApp Chat with Hans Müller.txt");
    static final Path IOS = SAMPLES.resolve("chats/WhatsApp Chat - Petra Schmidt.zip");
    static final TradeConfig TRADE = new TradeConfig(List.of("huada-lighting.com"), ZoneId.of("Asia/Shanghai"), List.of(
            new CustomerConfig("Müller GmbH", List.of("mueller-gmbh.de"), List.of(), List.of("Hans Müller", "Petra Schmidt"), List.of())),
            List.of());

    private Path dir;
    private EmbeddedArchive archive;
    private ChatImportReport android;
    private ChatImportReport ios;
    private long mailMessages;

    @BeforeAll
    void importMailAndChats() throws Exception {
        dir = Files.createTempDirectory("docket-chat-import");
        archive = Archives.open(dir, TRADE);
        new FileSource(List.of(SAMPLES.resolve("trade-mailbox"))).emitTo(archive.sink());
        archive.commit();
        mailMessages = archive.stats().messages();
        android = archive.importChat(ChatExport.read(ANDROID, ChatLimits.DEFAULTS), "sales", "", Optional.empty(), Optional.empty());
        ios = archive.importChat(ChatExport.read(IOS, ChatLimits.DEFAULTS), "qc", "", Optional.empty(), Optional.empty());
    }

    @AfterAll
    void close() throws Exception {
        archive.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private SearchResult search(String q) {
        return archive.search(new SearchRequest(q, 100, 0, SearchRequest.SortOrder.DATE_ASCENDING));
    }

    @Test
    void eachImportSaysHowItReadTheExport() {
        assertEquals("android", android.format());
        assertEquals("day-first", android.dateOrder());
        assertEquals("day-first: \"29/02/2024\" on line 1 is no date read month-first", android.dateOrderReason());
        assertEquals("Asia/Shanghai", android.zone());
        assertEquals("company", android.zoneSource());
        assertEquals(List.of("muller-gmbh"), android.customers());
        assertEquals(9, android.messages());
        assertEquals(9, android.archived());
        assertEquals(1, android.notices());
        assertTrue(android.newOriginal());

        assertEquals("ios", ios.format());
        assertEquals("month-first", ios.dateOrder());
        assertEquals("Petra Schmidt", ios.title());
        assertEquals(9, ios.archived());
        assertEquals(2, ios.attachments(), "the photo and the inspection report");
        assertEquals(List.of(), ios.warnings());
        assertEquals(mailMessages + 18, archive.stats().messages());
    }

    @Test
    void reImportingAnExportArchivesNothingTwice() throws Exception {
        long originals = archive.stats().originals();
        ChatImportReport again = archive.importChat(ChatExport.read(ANDROID, ChatLimits.DEFAULTS), "sales", "", Optional.empty(), Optional.empty());
        assertEquals(0, again.archived());
        assertEquals(9, again.duplicates());
        assertFalse(again.newOriginal());
        assertEquals(android.ids(), again.ids(), "same ids: the messages are named by chat, time, sender and text");
        assertEquals(originals, archive.stats().originals());
        assertEquals(mailMessages + 18, archive.stats().messages());

        ChatImportReport other = archive.importChat(ChatExport.read(ANDROID, ChatLimits.DEFAULTS), "lily", "", Optional.empty(), Optional.empty());
        assertEquals(0, other.archived(), "the same file under another account is the same chat, seen again");
        assertEquals(9, other.seenAgain());
        assertEquals(mailMessages + 18, archive.stats().messages());
        assertEquals(List.of("sales", "lily"), archive.store().message(android.ids().getFirst()).orElseThrow().places().stream()
                .map(io.docket.model.Place::account).toList());
    }

    @Test
    void aChatMessageIsAnArchivedItemPointingAtItsExportAndLines() throws Exception {
        MessageRecord summary = archive.store().message(android.ids().get(1)).orElseThrow();
        assertEquals("whatsapp", summary.source());
        assertEquals("Hans Müller", summary.from().name());
        assertEquals("WhatsApp: Hans Müller", summary.subject());
        assertEquals("2024-02-29T23:54+08:00", summary.date().toString());
        assertEquals("3-7", summary.chat().lines());
        assertEquals("WhatsApp Chat with Hans Müller.txt", summary.chat().file());
        assertEquals("sales", summary.places().getFirst().account());
        assertEquals("muller-gmbh", summary.trade().fromCustomer());

        MessageView view = archive.message(summary.id()).orElseThrow();
        assertEquals("In short:\n6,000 pcs at USD 12.50/pc\nCIF Hamburg\nPayment by L/C at sight\nCan you agree?", view.parsed().body());
        assertTrue(view.chatLines().startsWith("29/02/2024, 23:54 - Hans Müller: In short:\n"), view.chatLines());
        RawOriginal raw = archive.raw(summary.id(), Optional.empty()).orElseThrow();
        assertArrayEquals(Files.readAllBytes(ANDROID), raw.bytes(), "the original is the export, byte for byte");
        assertEquals("text/plain; charset=utf-8", raw.contentType());

        MessageRecord report = archive.store().message(ios.ids().get(5)).orElseThrow();
        assertEquals("Kevin Wang", report.from().name());
        assertEquals("", report.trade().fromCustomer(), "Kevin is one of ours");
        assertEquals("00000014-Inspection_Report_HD-2024-0117.pdf", report.attachments().getFirst().name());
        byte[] pdf = archive.attachment(report.id(), 0).orElseThrow().bytes();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("application/zip", archive.raw(report.id(), Optional.empty()).orElseThrow().contentType());
    }

    @Test
    void chatMessagesAreSearchedWithTheSameLanguage() {
        assertEquals(18, search("source:whatsapp").total());
        assertEquals(18, search("source:whatsapp customer:muller-gmbh").total());
        assertEquals(mailMessages, search("source:email").total());
        SearchResult report = search("attachment:\"Pre-shipment Inspection Report\"");
        assertEquals(1, report.total());
        assertEquals(ios.ids().get(5), report.hits().getFirst().message().id());
        assertEquals(3, search("source:whatsapp order:HD20240117").total(), "Hans's opening, the inspection report, Petra's request");
        assertEquals(2, search("source:whatsapp clause:delivery").total());
        assertEquals(1, search("from:\"Kevin Wang\" \"ship on 2024-04-12\"").total());
    }

    @Test
    void theOrdersEvidenceMixesChatAndMailInTimeOrderAndChecksEachChatTerm() {
        OrderEvidence hd = archive.orderEvidence("HD-2024-0117").orElseThrow();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < hd.items().size(); i++) {
            sources.add(hd.items().get(i).message().source());
            if (i > 0) assertFalse(hd.items().get(i).message().date().isBefore(hd.items().get(i - 1).message().date()), "time order");
        }
        assertTrue(sources.contains("whatsapp") && sources.contains("email"));
        // Lily's acceptance names no order: it is in the evidence through its conversation, as a reply is through its thread.
        OrderEvidence.Item acceptance = hd.items().stream().filter(i -> i.message().id().equals(android.ids().get(3))).findFirst().orElseThrow();
        assertTrue(acceptance.viaThread());
        assertEquals("whatsapp", acceptance.message().source());

        List<String> confirmed = hd.chatAgreements().stream().filter(ChatAgreement::confirmed)
                .map(a -> a.chat().from().name() + " " + a.clause().type() + "=" + a.clause().value()).toList();
        assertEquals(List.of("Hans Müller price=USD 12.50/pc", "Hans Müller incoterm=CIF Hamburg", "Hans Müller payment=L/C at sight",
                "Lily Chen incoterm=CIF Hamburg", "Lily Chen price=USD 12.50/pc", "Lily Chen payment=L/C at sight"), confirmed);
        ChatAgreement price = hd.chatAgreements().stream().filter(a -> a.chat().from().name().equals("Lily Chen")
                && a.clause().type().equals("price")).findFirst().orElseThrow();
        assertEquals("RE: AW: Re: Anfrage LED-Panels 600x600 40W", price.confirmedBy().subject(), "Lily's email of 1 March, 11:20");
        assertEquals("email", price.confirmedBy().source());

        List<ChatAgreement> open = hd.unconfirmed();
        assertEquals(List.of("Petra Schmidt delivery=ETD 2024-04-12", "Kevin Wang delivery=ETD 2024-04-12"),
                open.stream().map(a -> a.chat().from().name() + " " + a.clause().type() + "=" + a.clause().value()).toList());
    }

    @Test
    void aConversationEndsAfterTwelveSilentHours() {
        assertEquals(java.time.Duration.ofHours(12), io.docket.thread.ThreadLinks.CHAT_CONVERSATION_GAP);
        MessageRecord night = archive.store().message(android.ids().getFirst()).orElseThrow();
        MessageRecord morning = archive.store().message(android.ids().getLast()).orElseThrow();
        assertEquals(night.threadId(), morning.threadId(), "23:52 to 09:02 is one conversation");
        MessageRecord april10 = archive.store().message(ios.ids().get(6)).orElseThrow();
        MessageRecord april15 = archive.store().message(ios.ids().get(7)).orElseThrow();
        assertFalse(april10.threadId().equals(april15.threadId()), "five days later is a new one");
    }

    @Test
    void theOpenAgreementsAcrossOrdersOldestFirst() {
        List<OpenAgreement> open = archive.unconfirmed();
        assertEquals(2, open.size(), open.toString());
        // The inspection report names the buyer's Bestellnummer too: one line per statement, our number first (the one it names).
        assertEquals(List.of("HD20240117", "4500123460"), open.getFirst().orderKeys());
        assertEquals(List.of("HD-2024-0117", "4500123460"), open.getFirst().orders());
        assertEquals("Petra Schmidt", open.getFirst().agreement().chat().from().name());
        assertTrue(open.get(0).agreement().chat().date().isBefore(open.get(1).agreement().chat().date()));
    }

    @Test
    void chatTimesDoNotVoteOnTheCustomersTimeZone() {
        assertEquals(ZoneId.of("Europe/Berlin"), archive.customer("muller-gmbh").orElseThrow().zone(),
                "Hans's chat messages carry the phone's +08:00, not Hamburg's");
    }

    @Test
    void badExportsAndUnknownCustomersAreRefusedBeforeAnythingIsArchived() throws Exception {
        long before = archive.stats().messages();
        ChatExport garbage = ChatExport.of("notes.txt", "just some notes\nno stamps".getBytes(StandardCharsets.UTF_8), ChatLimits.DEFAULTS);
        assertThrows(ChatFormatException.class, () -> archive.importChat(garbage, "", "", Optional.empty(), Optional.empty()));
        ChatImportException unknown = assertThrows(ChatImportException.class, () -> archive.importChat(
                ChatExport.read(ANDROID, ChatLimits.DEFAULTS), "", "Nobody Ltd", Optional.empty(), Optional.empty()));
        assertTrue(unknown.getMessage().startsWith("no customer \"Nobody Ltd\": give a customer's name or id from docket.yml (Müller GmbH)"),
                unknown.getMessage());
        assertEquals(before, archive.stats().messages());
    }

    @Test
    void reindexingRereadsChatMessagesFromTheirExportsAndTheArchiveVerifies() {
        MessageRecord before = archive.store().message(ios.ids().get(2)).orElseThrow();
        archive.pipeline().reindexAll(id -> {});
        MessageRecord after = archive.store().message(ios.ids().get(2)).orElseThrow();
        assertEquals(before, after);
        assertEquals(18, search("source:whatsapp").total());
        var report = archive.verify();
        assertTrue(report.intact(), report.problems().toString());
    }
}
