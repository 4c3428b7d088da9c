package io.docket.model;

import java.nio.charset.StandardCharsets;

/**
 * Docket's stable message ids. A message with a Message-ID is named after it, so every copy of it
 * (INBOX and Sent, two harvests, an import) is the same message. A message without one is named after
 * the content that identifies it to a reader (sender, date, subject, text), so re-importing it, or a
 * copy whose transport headers differ, gives the same id.
 */
public final class DocketIds {
    private static final int LENGTH = 20;

    private DocketIds() {}

    public static String of(ParsedMessage message) {
        if (!message.messageId().isEmpty()) return hash("mid\u0000" + message.messageId());
        String date = message.date() == null ? "" : message.date().toInstant().toString();
        return hash("content\u0000" + message.from().address() + '\u0000' + date + '\u0000' + message.subject()
                + '\u0000' + message.body());
    }

    /**
     * A chat message has no Message-ID: it is named after its chat, its time as the phone wrote it, its
     * sender and its text, and which repeat of those it is ("ok" twice in one minute), so re-importing the
     * same export (under any account), or a later export of the same chat, names it the same. The account
     * is left out on purpose: the same file uploaded by two people is one chat, seen twice.
     */
    public static String ofChat(String chat, java.time.LocalDateTime time, String sender, String text, int repeat) {
        return hash("whatsapp\u0000" + chat + '\u0000' + time + '\u0000' + sender + '\u0000' + text + '\u0000' + repeat);
    }

    private static String hash(String s) {
        return Sha256.of(s.getBytes(StandardCharsets.UTF_8)).hex().substring(0, LENGTH);
    }
}
