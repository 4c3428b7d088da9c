package io.docket.api;

import io.docket.search.InvalidQueryException;
import io.docket.search.SearchRequest;
import io.javalin.http.Context;

/** GET /api/v1/search?q=&limit=&offset=&sort= */
final class SearchHandler {
    private final ReaderFor readers;
    private final int maxQueryLength;

    SearchHandler(ReaderFor readers, int maxQueryLength) {
        this.readers = readers;
        this.maxQueryLength = maxQueryLength;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null) q = "";
        if (q.length() > maxQueryLength) {
            throw ApiException.badRequest("query is " + q.length() + " characters long; the limit is " + maxQueryLength);
        }
        int limit = Params.integer(ctx, "limit", SearchRequest.DEFAULT_LIMIT, 0, SearchRequest.MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
        SearchRequest.SortOrder sort;
        try {
            sort = SearchRequest.SortOrder.parse(ctx.queryParam("sort"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        boolean snippets = Params.bool(ctx, "snippets", true);
        boolean facets = Params.bool(ctx, "facets", true);
        boolean exactFacets = Params.bool(ctx, "exactFacets", false);
        try {
            ctx.json(ApiJson.searchResult(readers.of(ctx).search(new SearchRequest(q, limit, offset, sort, snippets, facets, exactFacets))));
        } catch (InvalidQueryException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
