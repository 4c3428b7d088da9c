package io.docket.api;

import io.docket.search.SearchResult;
import java.util.Map;

/** Lets the command line print exactly the API's JSON for `--json`. */
public final class ApiJsonAccess {
    private ApiJsonAccess() {}

    public static Map<String, Object> searchResult(SearchResult result) {
        return ApiJson.searchResult(result);
    }
}
