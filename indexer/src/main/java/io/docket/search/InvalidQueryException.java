package io.docket.search;

/** The user's query cannot be read; the message says where and why (shown to the user as is). */
public final class InvalidQueryException extends RuntimeException {
    private final int position;

    public InvalidQueryException(String message, int position, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    /** 0-based character position of the problem in the query, or -1 when it is the whole query. */
    public int position() {
        return position;
    }
}
