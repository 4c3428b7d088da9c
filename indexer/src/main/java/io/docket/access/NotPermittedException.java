package io.docket.access;

/** The principal's role does not allow the action (the HTTP layer answers 403). */
public final class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
