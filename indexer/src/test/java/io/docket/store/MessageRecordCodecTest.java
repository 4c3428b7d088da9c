package io.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docket.model.Address;
import io.docket.model.MessageRecord;
import io.docket.model.ParseWarning;
import io.docket.model.Place;
import io.docket.model.Sha256;
import io.docket.model.TradeFacts;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageRecordCodecTest {
    @TempDir
    Path dir;

    private static final Sha256 A = Sha256.of(new byte[] {1});
    private static final Sha256 B = Sha256.of(new byte[] {2});

    /** Every component filled, Chinese and right-to-left text, a negative offset, a date before 1970, a null digest. */
    static MessageRecord full() {
        return new MessageRecord("0065b406b60655535572", "20020918001200.C45A67004B@relay.example",
                List.of(new MessageRecord.Variant(A, 5007, 1795429959899L), new MessageRecord.Variant(B, 1, 0)),
                List.of(new Place(Place.MAILDIR, "/mail", "INBOX", "1000.M1P0.host:2,S"), new Place(Place.IMAP, "me@x", "已发送", "7:42")),
                "d5ab34f2c9fadbe9e502", List.of("p1", "p2"), "关于订单 HD-2024-0117 的质量问题 — مرحبا",
                new Address("Hans Müller", "hans@mueller-gmbh.de"),
                List.of(new Address("", "a@b.c"), new Address("王小明", "wang@example.cn")), List.of(new Address("C", "c@d.e")),
                OffsetDateTime.parse("1969-12-31T23:59:58.123456789-03:30"),
                List.of(new MessageRecord.AttachmentInfo(2, "Proforma_Invoice.pdf", "application/pdf", 123_456, A),
                        new MessageRecord.AttachmentInfo(3, "", "text/plain", 0, null)),
                "zh", List.of(new ParseWarning("charset-detected", "part 1 labelled iso-8859-1 read as UTF-8"), new ParseWarning("x", "")),
                "whatsapp",
                new TradeFacts(List.of(new TradeFacts.OrderRef("HD20240117", "HD-2024-0117", List.of("subject", "attachment:2"))),
                        List.of(new TradeFacts.ClauseFact("payment", "30% T/T deposit", "30% T/T deposit, 70% against B/L copy.", "body")),
                        List.of("mueller-gmbh.de"), "mueller-gmbh.de"),
                new io.docket.model.ChatRef("WhatsApp Chat with Hans Müller.txt", "Hans Müller", 7, 12, 14, "android", "day-first",
                        "Asia/Shanghai", "company", "muller-gmbh"));
    }

    @Test
    void roundTripsEveryComponent() {
        MessageRecord record = full();
        assertEquals(record, MessageRecordCodec.decode(MessageRecordCodec.encode(record)));
    }

    @Test
    void roundTripsTheEmptiestRecord() {
        MessageRecord record = new MessageRecord("x", null, List.of(), List.of(), null, null, null, null, null, null, null,
                null, null, null, null, null);
        assertEquals(record, MessageRecordCodec.decode(MessageRecordCodec.encode(record)));
    }

    @Test
    void readsRecordsWrittenAsJsonByEarlierVersions() {
        MessageRecord record = full();
        assertEquals(record, MessageRecordCodec.decode(StoreCodec.encode(record)));
    }

    @Test
    void theStoreWritesAndReadsTheBinaryForm() {
        MessageRecord record = full();
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.putMessage(record).commit();
            }
            assertEquals(MessageRecordCodec.V1, store.get(ArchiveStore.Family.MESSAGES, ArchiveStore.utf8(record.id()))[0]);
            assertEquals(record, store.message(record.id()).orElseThrow());
        }
    }

    @Test
    void refusesTruncatedAndUnknownValues() {
        byte[] bytes = MessageRecordCodec.encode(full());
        assertThrows(StoreException.class, () -> MessageRecordCodec.decode(Arrays.copyOf(bytes, bytes.length - 5)));
        assertThrows(StoreException.class, () -> MessageRecordCodec.decode(new byte[] {9, 1, 2}));
    }

    /** The codec writes components by position: a new component must be added there too, or it would be lost. */
    @Test
    void knowsEveryComponentOfTheRecordsItEncodes() {
        assertEquals("id messageId variants places threadId parentIds subject from to cc date attachments language warnings source trade chat",
                names(MessageRecord.class));
        assertEquals("sha256 size archivedAtMillis", names(MessageRecord.Variant.class));
        assertEquals("index name contentType size sha256", names(MessageRecord.AttachmentInfo.class));
        assertEquals("source account folder locator", names(Place.class));
        assertEquals("name address", names(Address.class));
        assertEquals("code detail", names(ParseWarning.class));
        assertEquals("orders clauses customers fromCustomer", names(TradeFacts.class));
        assertEquals("key number where", names(TradeFacts.OrderRef.class));
        assertEquals("type value sentence where", names(TradeFacts.ClauseFact.class));
        assertEquals("file title index firstLine lastLine format dateOrder zone zoneSource customer", names(io.docket.model.ChatRef.class));
    }

    private static String names(Class<? extends Record> type) {
        return String.join(" ", Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
