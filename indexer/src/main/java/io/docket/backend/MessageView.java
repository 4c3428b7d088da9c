package io.docket.backend;

import io.docket.model.MessageRecord;
import io.docket.model.ParsedMessage;

/**
 * One message as the message endpoint shows it: the record plus what is re-read from its original. For a
 * chat message, {@code chatLines} are its lines exactly as the export writes them (stamp, name, text);
 * empty for mail.
 */
public record MessageView(MessageRecord record, ParsedMessage parsed, String chatLines) {
    public MessageView {
        chatLines = chatLines == null ? "" : chatLines;
    }

    public MessageView(MessageRecord record, ParsedMessage parsed) {
        this(record, parsed, "");
    }
}
