package io.docket.parse;

import io.docket.model.ParsedMessage;

/** The parse stage's contract: original bytes in, everything readable out; bad input is never thrown. */
public interface MessageParser {
    ParsedMessage parse(byte[] raw);
}
