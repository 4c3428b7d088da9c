package io.docket.backend;

import io.docket.model.Header;
import io.docket.model.MessageRecord;
import io.docket.model.ParsedMessage;

/** One message as the message endpoint shows it: the record plus what is re-read from its original. */
public record MessageView(MessageRecord record, ParsedMessage parsed) {}
