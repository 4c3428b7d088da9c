package io.docket.parse.chat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One message of a chat export, as its lines say it: the phone's local time (no zone: exports carry
 * none), the sender as the exporting phone names them, and the text with its continuation lines.
 *
 * @param index     position among the export's messages (system notices not counted), from 0
 * @param firstLine line of the time stamp, from 1 (after a byte order mark)
 * @param lastLine  last continuation line
 * @param text      the message as written, continuation lines joined with "\n", direction marks removed
 * @param media     files the message carried (attached or omitted)
 */
public record ChatMessage(int index, int firstLine, int lastLine, LocalDateTime time, String sender, String text,
                          List<ChatMedia> media) {
    public ChatMessage {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sender, "sender");
        text = text == null ? "" : text;
        media = List.copyOf(media == null ? List.of() : media);
        if (index < 0) throw new IllegalArgumentException("message index must be >= 0");
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + "-" + lastLine);
        }
    }
}
