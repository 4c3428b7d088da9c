package io.docket.search.query;

/**
 * Limits for {@link DocketQueryParser}. Both guard the server against hostile or pasted input: the
 * parser is recursive, so depth bounds the stack, and length bounds the work per request.
 *
 * @param maxLength longest query accepted, in chars
 * @param maxDepth  deepest nesting of parentheses and negations accepted
 */
public record QueryParserConfig(int maxLength, int maxDepth) {
    public static final int DEFAULT_MAX_LENGTH = 2_000;
    public static final int DEFAULT_MAX_DEPTH = 32;

    public QueryParserConfig {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1, was " + maxDepth);
        }
    }

    public static QueryParserConfig defaults() {
        return new QueryParserConfig(DEFAULT_MAX_LENGTH, DEFAULT_MAX_DEPTH);
    }
}
