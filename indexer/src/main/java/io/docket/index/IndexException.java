package io.docket.index;

/** The index itself failed (disk, corruption). Stops an import loudly, unlike bad input. */
public final class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
