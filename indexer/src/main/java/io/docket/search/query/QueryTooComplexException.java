package io.docket.search.query;

/**
 * A query that parses but would expand into more clauses than the engine accepts (for Lucene,
 * {@code IndexSearcher.getMaxClauseCount()}). Thrown before searching, so the user gets a clear
 * "too many terms" instead of an engine error half-way through a search.
 */
public final class QueryTooComplexException extends RuntimeException {
    private final int clauses;
    private final int limit;

    public QueryTooComplexException(int clauses, int limit) {
        super("query expands to " + clauses + " clauses, more than the limit of " + limit
                + "; use fewer words or fields");
        this.clauses = clauses;
        this.limit = limit;
    }

    public int clauses() {
        return clauses;
    }

    public int limit() {
        return limit;
    }
}
