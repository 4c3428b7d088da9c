package io.docket.store;

/** The store itself failed (disk, corruption). Unlike bad input, this stops an import loudly. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
