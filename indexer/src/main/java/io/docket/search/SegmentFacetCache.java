package io.docket.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Each live segment's {@link SegmentFacetValues}, kept by the segment's core (its documents and doc values,
 * which deletions do not change) and dropped when Lucene closes the core after a merge.
 */
final class SegmentFacetCache {
    private final String field;
    private final Map<IndexReader.CacheKey, SegmentFacetValues> bySegment = new ConcurrentHashMap<>();

    SegmentFacetCache(String field) {
        this.field = field;
    }

    /** The segment's values, copied on first use (at every call for a reader without a core key: nothing to keep them by). */
    SegmentFacetValues get(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return SegmentFacetValues.read(reader, field);
        IndexReader.CacheKey key = helper.getKey();
        SegmentFacetValues kept = bySegment.get(key);
        if (kept != null) return kept;
        // Two requests may both copy a new segment once; the first copy kept wins.
        SegmentFacetValues read = SegmentFacetValues.read(reader, field);
        kept = bySegment.putIfAbsent(key, read);
        if (kept != null) return kept;
        helper.addClosedListener(bySegment::remove);
        return read;
    }

    /** Bytes held by the live segments' copies. */
    long bytes() {
        return bySegment.values().stream().mapToLong(SegmentFacetValues::bytes).sum();
    }
}
