package io.docket.parse.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A parsed chat export: its layout, how its dates were read and why, its messages in file order and
 * WhatsApp's own notices.
 *
 * @param dateOrderReason one sentence saying how the date order was decided ("given", or the line that settles it)
 * @param lines           lines in the text
 * @param warnings        what could not be read as expected (text before the first message...)
 */
public record ChatTranscript(ChatFormat format, DateOrder dateOrder, String dateOrderReason, List<ChatMessage> messages,
                             List<ChatNotice> notices, int lines, List<String> warnings) {
    public ChatTranscript {
        messages = List.copyOf(messages);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
    }

    /** Everyone who wrote in the chat, in order of their first message. */
    public List<String> senders() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (ChatMessage m : messages) out.add(m.sender());
        return new ArrayList<>(out);
    }
}
