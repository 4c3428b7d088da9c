package io.docket.parse.chat;

/** The text is not a WhatsApp export Docket can read, or its dates cannot be read without help; the message says which. */
public final class ChatFormatException extends RuntimeException {
    public ChatFormatException(String message) {
        super(message);
    }
}
