package io.docket.harvest.chat;

/** A file that cannot be read as a chat export (not text, a broken zip, too large); the message says which. */
public final class ChatExportException extends RuntimeException {
    public ChatExportException(String message) {
        super(message);
    }
}
