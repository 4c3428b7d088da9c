package io.docket.search.query;

/**
 * A user query Docket cannot parse. Carries the reason and the 0-based character position so the
 * API can point at the mistake; {@link #getMessage()} reads "unbalanced parenthesis at position 14".
 */
public final class QuerySyntaxException extends RuntimeException {
    private final String reason;
    private final int position;
    private final String query;

    public QuerySyntaxException(String reason, int position, String query) {
        super(reason + " at position " + position);
        this.reason = reason;
        this.position = position;
        this.query = query;
    }

    /** The reason alone, without the position. */
    public String reason() {
        return reason;
    }

    /** 0-based index into the query string where the problem was found. */
    public int position() {
        return position;
    }

    public String query() {
        return query;
    }

    /**
     * The query with a caret under the offending character, for logs and plain-text clients:
     * <pre>
     * from:(hans OR lily
     *      ^ unbalanced parenthesis at position 5
     * </pre>
     */
    public String caretDetail() {
        return query + "\n" + " ".repeat(position) + "^ " + getMessage();
    }
}
