package io.docket.harvest.imap;

import java.io.IOException;

/**
 * An IMAP account could not be harvested. {@code retryable} separates a dropped or refused connection
 * (worth another attempt after a backoff) from a refusal that will not change by itself: a wrong
 * password, a TLS mismatch. Messages name the account and user, never the password.
 */
public final class ImapHarvestException extends IOException {
    private final boolean retryable;

    public ImapHarvestException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
