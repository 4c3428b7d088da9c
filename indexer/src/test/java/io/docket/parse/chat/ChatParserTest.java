package io.docket.parse.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The WhatsApp export layouts, one fixture per pathology (samples/chat-fixtures). */
class ChatParserTest {
    static final Path DIR = Path.of(System.getProperty("docket.root", "..")).resolve("samples/chat-fixtures");
    private final ChatParser parser = new ChatParser();

    static String fixture(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    private ChatTranscript parse(String name) throws IOException {
        return parser.parse(fixture(name), Optional.empty());
    }

    @Test
    void androidDayFirst24hWithMultiLineMessagesNoticesAndOmittedMedia() throws IOException {
        ChatTranscript t = parse("android-24h-day-first.txt");
        assertEquals(ChatFormat.ANDROID, t.format());
        assertEquals(DateOrder.DAY_FIRST, t.dateOrder());
        assertEquals("day-first: \"29/02/2024\" on line 1 is no date read month-first", t.dateOrderReason());
        assertEquals(5, t.messages().size(), t.messages().toString());
        assertEquals(List.of(1, 8), t.notices().stream().map(ChatNotice::line).toList(), "the encryption notice and the group change");

        ChatMessage first = t.messages().getFirst();
        assertEquals("Hans Müller", first.sender());
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 52), first.time());
        assertEquals("Good evening, about Order No. HD-2024-0117:\nwe need 6,000 pcs.\n\nCan you do USD 12.50/pc?", first.text());
        assertEquals(2, first.firstLine());
        assertEquals(5, first.lastLine());

        ChatMessage media = t.messages().get(2);
        assertEquals(List.of(new ChatMedia("", "media")), media.media());
        assertTrue(media.media().getFirst().omitted());
        assertEquals("This message was deleted", t.messages().get(3).text());
        // A colon in the text does not make the text a sender.
        ChatMessage last = t.messages().getLast();
        assertEquals("Hans Müller", last.sender());
        assertEquals("Thanks: see you in Hamburg", last.text());
        assertEquals(LocalDateTime.of(2024, 3, 13, 17, 5), last.time());
        assertEquals(4, last.index());
        assertEquals(List.of("Hans Müller", "Lily Chen", "Petra Schmidt"), t.senders());
    }

    @Test
    void androidMonthFirst12hWithNarrowNoBreakSpacePhoneSenderAndAttachedFile() throws IOException {
        ChatTranscript t = parse("android-12h-month-first-nnbsp.txt");
        assertEquals(DateOrder.MONTH_FIRST, t.dateOrder());
        assertTrue(t.dateOrderReason().contains("3/13/24"), t.dateOrderReason());
        assertEquals(1, t.notices().size());
        ChatMessage hans = t.messages().getFirst();
        assertEquals("+49 40 3098 7654", hans.sender(), "direction isolates around a number are not part of it");
        assertEquals(LocalDateTime.of(2024, 3, 12, 14, 5), hans.time());
        ChatMessage photo = t.messages().get(1);
        assertEquals(List.of(new ChatMedia("IMG-20240312-WA0003.jpg", "image")), photo.media());
        assertEquals("IMG-20240312-WA0003.jpg (file attached)\nSample photo, PO#4500123456", photo.text(), "CRLF lines joined with \\n");
        assertEquals(LocalDateTime.of(2024, 3, 13, 0, 15), t.messages().get(2).time(), "12:15 AM is a quarter past midnight");
        assertEquals(LocalDateTime.of(2024, 3, 13, 9, 30), t.messages().get(3).time());
    }

    @Test
    void androidInChineseWritesTheHalfOfTheDayBeforeTheHour() throws IOException {
        ChatTranscript t = parse("android-zh-12h-year-first.txt");
        assertEquals(ChatFormat.ANDROID, t.format());
        assertEquals(DateOrder.YEAR_FIRST, t.dateOrder());
        assertEquals(List.of(1), t.notices().stream().map(ChatNotice::line).toList(), "the encryption notice, in Chinese");
        assertEquals(List.of("张伟", "Kevin Wang", "张伟", "Kevin Wang", "张伟", "张伟", "Kevin Wang"), t.messages().stream().map(ChatMessage::sender).toList());
        assertEquals(List.of(LocalDateTime.of(2024, 4, 10, 15, 9), LocalDateTime.of(2024, 4, 10, 15, 10), LocalDateTime.of(2024, 4, 11, 0, 15),
                        LocalDateTime.of(2024, 4, 11, 1, 20), LocalDateTime.of(2024, 4, 11, 7, 45), LocalDateTime.of(2024, 4, 11, 12, 30),
                        LocalDateTime.of(2024, 4, 11, 21, 5)),
                t.messages().stream().map(ChatMessage::time).toList(), "下午 and 晚上 are afternoon and evening, 上午12 is midnight, 中午12 noon");
        assertEquals("好的，请发装箱单。\n另外请确认每箱数量。", t.messages().get(1).text());
    }

    @Test
    void iosInTaiwanChineseWithASpaceAfterTheHalfOfTheDay() throws IOException {
        ChatTranscript t = parse("ios-zh-tw-12h-year-first.txt");
        assertEquals(ChatFormat.IOS, t.format());
        assertEquals(DateOrder.YEAR_FIRST, t.dateOrder());
        assertEquals(List.of(LocalDateTime.of(2024, 4, 10, 15, 9, 12), LocalDateTime.of(2024, 4, 10, 15, 10, 40),
                LocalDateTime.of(2024, 4, 11, 0, 15, 3), LocalDateTime.of(2024, 4, 11, 9, 2)), t.messages().stream().map(ChatMessage::time).toList());
        assertEquals("張偉", t.messages().getFirst().sender());
        assertEquals(List.of(new ChatMedia("00000031-PHOTO-2024-04-11-00-15-03.jpg", "image")), t.messages().get(2).media(),
                "the attachment line with a full-width colon");
    }

    @Test
    void iosDayFirstWithDirectionMarksAttachmentsAndNotices() throws IOException {
        ChatTranscript t = parse("ios-24h-day-first-lrm.txt");
        assertEquals(ChatFormat.IOS, t.format());
        assertEquals(DateOrder.DAY_FIRST, t.dateOrder());
        assertEquals(List.of(1, 7), t.notices().stream().map(ChatNotice::line).toList(), "encryption and phone-number notices");
        assertEquals(5, t.messages().size());
        ChatMessage photo = t.messages().get(1);
        assertEquals("Kevin Wang", photo.sender(), "a mark before the stamp is still a stamp");
        assertEquals(LocalDateTime.of(2024, 3, 12, 14, 6, 2), photo.time());
        assertEquals(List.of(new ChatMedia("00000012-PHOTO-2024-03-12-14-05-31.jpg", "image")), photo.media());
        assertEquals("<attached: 00000012-PHOTO-2024-03-12-14-05-31.jpg>", photo.text(), "marks removed from the text");
        assertEquals("The cartons are packed,\nshipment on 2024-04-12.", t.messages().get(2).text());
        assertEquals(4, t.messages().get(2).firstLine());
        assertEquals(5, t.messages().get(2).lastLine());
        assertEquals(List.of(new ChatMedia("", "image")), t.messages().get(3).media());
        assertEquals(List.of(new ChatMedia("", "document")), t.messages().get(4).media());
    }

    @Test
    void iosMonthFirst12hWithNonContactTilde() throws IOException {
        ChatTranscript t = parse("ios-12h-month-first.txt");
        assertEquals(ChatFormat.IOS, t.format());
        assertEquals(DateOrder.MONTH_FIRST, t.dateOrder());
        assertEquals("Petra Schmidt", t.messages().getFirst().sender());
        assertEquals(LocalDateTime.of(2024, 4, 10, 14, 58, 7), t.messages().getFirst().time());
        assertEquals(LocalDateTime.of(2024, 4, 15, 9, 20, 3), t.messages().getLast().time());
    }

    @Test
    void ambiguousDatesAreRefusedNamingTheOptionThatSettlesThem() throws IOException {
        String text = fixture("dates-ambiguous.txt");
        ChatFormatException e = assertThrows(ChatFormatException.class, () -> parser.parse(text, Optional.empty()));
        assertEquals("the dates of this export read both day-first and month-first (\"03/04/2024\" on line 1): give the date order "
                + "(--date-order day-first or month-first; dateOrder= in the API)", e.getMessage());
        ChatTranscript dayFirst = parser.parse(text, Optional.of(DateOrder.DAY_FIRST));
        assertEquals(LocalDateTime.of(2024, 4, 3, 10, 0), dayFirst.messages().getFirst().time());
        assertEquals("given", dayFirst.dateOrderReason());
        ChatTranscript monthFirst = parser.parse(text, Optional.of(DateOrder.MONTH_FIRST));
        assertEquals(LocalDateTime.of(2024, 3, 4, 10, 0), monthFirst.messages().getFirst().time());
    }

    @Test
    void whenEveryDateReadsBothWaysTheOrderThatKeepsTimeMovingForwardWins() throws IOException {
        ChatTranscript t = parse("dates-order-by-time.txt");
        assertEquals(DateOrder.DAY_FIRST, t.dateOrder());
        assertEquals("day-first: read month-first, line 3 would go back in time", t.dateOrderReason());
        assertEquals(LocalDateTime.of(2024, 5, 2, 9, 0), t.messages().getLast().time());
    }

    @Test
    void aGivenOrderThatMakesNoDateIsRefusedWithTheLine() throws IOException {
        String text = fixture("android-24h-day-first.txt");
        ChatFormatException e = assertThrows(ChatFormatException.class, () -> parser.parse(text, Optional.of(DateOrder.MONTH_FIRST)));
        assertEquals("line 1: \"29/02/2024\" is not a date when read month-first; check the date order given", e.getMessage());
    }

    @Test
    void yearFirstDatesAsChinesePhonesWriteThem() throws IOException {
        ChatTranscript t = parse("dates-year-first.txt");
        assertEquals(DateOrder.YEAR_FIRST, t.dateOrder());
        assertEquals("张伟", t.messages().getFirst().sender());
        assertEquals(LocalDateTime.of(2024, 3, 1, 9, 12), t.messages().getFirst().time());
    }

    @Test
    void textThatIsNoExportIsRefused() throws IOException {
        String text = fixture("not-a-chat.txt");
        ChatFormatException e = assertThrows(ChatFormatException.class, () -> parser.parse(text, Optional.empty()));
        assertTrue(e.getMessage().startsWith("not a WhatsApp chat export"), e.getMessage());
        ChatFormatException notices = assertThrows(ChatFormatException.class, () -> parser.parse(fixture("notices-only.txt"), Optional.empty()));
        assertEquals("the export holds no message, only 2 notice(s) of WhatsApp's own", notices.getMessage());
    }

    @Test
    void aMediaLineInAnyLanguageIsFoundWhenTheFileIsInTheExport() {
        String text = "13/03/2024, 14:05 - Lily Chen: IMG-20240312-WA0003.jpg (Datei angehängt)\n";
        assertEquals(List.of(), parser.parse(text, Optional.empty()).messages().getFirst().media());
        ChatTranscript withZip = parser.parse(text, Optional.empty(), Set.of("IMG-20240312-WA0003.jpg"));
        assertEquals(List.of(new ChatMedia("IMG-20240312-WA0003.jpg", "image")), withZip.messages().getFirst().media());
    }

    @Test
    void aByteOrderMarkAndTextBeforeTheFirstStampAreTolerated() {
        ChatTranscript t = parser.parse("\uFEFFexported by a backup tool\n13/03/2024, 14:05 - Lily Chen: hello\n", Optional.empty());
        assertEquals(1, t.messages().size());
        assertEquals(2, t.messages().getFirst().firstLine());
        assertEquals(List.of("1 line(s) before the first time stamp were not read as messages"), t.warnings());
    }

    @Test
    void dateOrderNamesParse() {
        assertEquals(DateOrder.DAY_FIRST, DateOrder.parse("day-first"));
        assertEquals(DateOrder.MONTH_FIRST, DateOrder.parse("MDY"));
        assertEquals(DateOrder.YEAR_FIRST, DateOrder.parse("year_first"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateOrder.parse("sideways"));
        assertEquals("date order must be day-first, month-first or year-first, got \"sideways\"", e.getMessage());
    }
}
