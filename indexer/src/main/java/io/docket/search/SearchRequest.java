package io.docket.search;

/**
 * One search: the query text in Docket's query language, a page, an order, and whether to compute
 * snippets and facets (a client paging through hits or exporting ids needs neither), and whether facet
 * counts must be exact even over a very large match set ({@link FacetSample}). Validated here, once.
 */
public record SearchRequest(String query, int limit, int offset, SortOrder sort, boolean snippets, boolean facets,
                            boolean exactFacets) {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 10_000;
    public static final int DEFAULT_LIMIT = 20;

    public enum SortOrder {
        RELEVANCE, DATE_ASCENDING, DATE_DESCENDING;

        /** Parses the API's spelling: relevance, date (oldest first) or -date (newest first). */
        public static SortOrder parse(String value) {
            return switch (value == null ? "relevance" : value) {
                case "relevance", "" -> RELEVANCE;
                case "date" -> DATE_ASCENDING;
                case "-date" -> DATE_DESCENDING;
                default -> throw new IllegalArgumentException("sort must be relevance, date or -date, got \"" + value + "\"");
            };
        }
    }

    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 0 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ", got " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", got " + offset);
        if (sort == null) sort = SortOrder.RELEVANCE;
    }

    public SearchRequest(String query, int limit, int offset, SortOrder sort, boolean snippets, boolean facets) {
        this(query, limit, offset, sort, snippets, facets, false);
    }

    public SearchRequest(String query, int limit, int offset, SortOrder sort) {
        this(query, limit, offset, sort, true, true);
    }

    /** The same request without snippets and facets: hits with their headers only. */
    public SearchRequest headersOnly() {
        return new SearchRequest(query, limit, offset, sort, false, false);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0, SortOrder.RELEVANCE);
    }
}
