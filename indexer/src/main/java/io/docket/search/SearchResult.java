package io.docket.search;

import io.docket.model.MessageRecord;
import java.util.List;
import java.util.Map;

/**
 * What a search returns: exact total, the page of hits, facet counts over all matches ({@code facetsExact}
 * false when they were estimated from a sample of a very large match set, see {@link FacetSample}).
 */
public record SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean facetsExact) {
    /** One message (never one copy): its record, a highlighted snippet, and which attachments matched. */
    public record Hit(MessageRecord message, float score, String snippet, List<Integer> matchedAttachments) {}

    public record FacetCount(String value, long count) {}
}
