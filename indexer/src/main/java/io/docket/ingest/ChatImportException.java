package io.docket.ingest;

/** A chat import refused before anything was archived (an unknown customer, no time zone); the message says how to fix it. */
public final class ChatImportException extends RuntimeException {
    public ChatImportException(String message) {
        super(message);
    }
}
