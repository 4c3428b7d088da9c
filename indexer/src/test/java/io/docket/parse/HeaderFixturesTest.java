package io.docket.parse;

import static io.docket.parse.Fixtures.codes;
import static io.docket.parse.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.docket.model.Address;
import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header fixtures: encoded words, RFC 2231 file names, raw 8-bit bytes, missing and broken fields. */
class HeaderFixturesTest {
    @Test
    void encodedWordsInSubjectAndNames() {
        ParsedMessage m = parse("rfc2047-subject-and-names.eml");
        assertEquals("Re: 关于订单的质量问题 [HD-20240117]", m.subject(), "words split inside a character are joined");
        assertEquals(new Address("José García", "jose@example.es"), m.from());
        assertEquals(List.of(new Address("Müller, Jürgen", "jm@example.de"), new Address("王芳", "wang.fang@example.cn")), m.to());
        assertEquals(List.of(new Address("Zoë Ångström", "zoe@example.se"), new Address("Broken word", "broken@example.com"),
                new Address("Plain Person", "plain@example.org")), m.cc());
        assertEquals("rfc2047@docket.example", m.messageId());
        assertEquals(List.of("order-17@buyer.example"), m.inReplyTo());
        assertEquals(List.of("order-16@buyer.example", "order-17@buyer.example"), m.references());
        assertEquals(OffsetDateTime.of(2024, 1, 17, 10, 15, 0, 0, ZoneOffset.ofHours(8)), m.date());
        // The Cc word says ISO-8859-1 but carries UTF-8 bytes.
        assertEquals(List.of("charset-detected"), codes(m));
    }

    @Test
    void rfc2231AndQuotedEncodedWordFilenames() {
        ParsedMessage m = parse("rfc2231-filename.eml");
        assertEquals("Three reports attached.", m.body());
        List<Attachment> a = m.attachments();
        assertEquals(3, a.size());
        assertEquals("质量报告.txt", a.get(0).filename());
        assertEquals("抽检结果：合格率百分之九十八", a.get(0).text());
        assertEquals("Prüfbericht Müller GmbH.txt", a.get(1).filename(), "RFC 2231 continuations joined");
        assertEquals("Prüfergebnis: bestanden", a.get(1).text());
        assertEquals("报价单.csv", a.get(2).filename());
        assertEquals("text/csv", a.get(2).contentType());
        assertEquals("item,price\nvalve,38.50", a.get(2).text());
        assertEquals(List.of("2", "3", "4"), a.stream().map(Attachment::partPath).toList());
        assertEquals(List.of(), m.warnings());
    }

    @Test
    void raw8BitUtf8AndGbkHeaders() {
        ParsedMessage m = parse("malformed-8bit-header.eml");
        assertEquals(new Address("Jürgen Müller", "jm@example.de"), m.from(), "raw UTF-8 is RFC 6532 mail");
        assertEquals("关于质量问题的回复", m.subject());
        assertEquals("请查看质量问题的处理结果。", m.body());
        assertEquals(List.of("8bit-header"), codes(m));
        assertEquals("Subject: raw 8-bit bytes read as GB18030 (the body's charset)", m.warnings().getFirst().detail());
    }

    @Test
    void missingMessageIdIsEmptyWithWarning() {
        ParsedMessage m = parse("no-message-id.eml");
        assertEquals("", m.messageId());
        assertEquals("A message without Message-ID", m.subject());
        assertEquals(List.of("missing-message-id"), codes(m));
    }

    @Test
    void unreadableDateIsNullWithWarning() {
        ParsedMessage m = parse("malformed-bad-date.eml");
        assertNull(m.date());
        assertEquals(List.of("bad-date"), codes(m));
        assertEquals("Tomorrow at noon, maybe", m.warnings().getFirst().detail());
        assertEquals("The Date header of this message is not a date.", m.body());
    }

    @Test
    void missingDateHasItsOwnWarning() {
        byte[] raw = "From: a@example.org\r\nSubject: no date\r\nMessage-ID: <x@example.org>\r\n\r\nbody\r\n".getBytes();
        ParsedMessage m = Fixtures.PARSER.parse(raw);
        assertNull(m.date());
        assertEquals(List.of("missing-date"), codes(m));
    }
}
