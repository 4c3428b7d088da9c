package io.docket.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.TopOrdAndIntQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The top values of each facet dimension among some matches, counted in the ordinals the matches hold.
 *
 * <p>Why not Lucene's {@code SortedSetDocValuesFacetCounts}: per request it allocates a count for every
 * value of the archive, scans each dimension's whole range for its top values, and looks every label up in
 * the terms dictionaries again. Here the count array is reused and only the values the matches hold are
 * visited and reset; labels are kept once looked up; the top values come from Lucene's own queue. The
 * result is the same: counts above zero, highest first, equal counts in value order (Lucene's tie-break
 * by ordinal). At 1M messages (15 segments, 12,907
 * values) 557 matches took 0.5-0.9 ms against Lucene's 0.8-1.8 ms, 42,640 sampled 6-8 ms against 6-9 ms.
 */
final class FacetCounts {
    /** A dimension's value and how many of the counted matches hold it. */
    record Count(String label, int count) {}

    private final SortedSetDocValuesReaderState state;
    private final Set<String> dims = new HashSet<>();
    /** Count arrays of {@code state.getSize()}, all zero, handed out to one request at a time. */
    private final ConcurrentLinkedQueue<int[]> spare = new ConcurrentLinkedQueue<>();
    /**
     * Each value's label once looked up: a lookup decodes a block of a segment's terms dictionary, and a
     * request shows up to seventy labels. Filled as requests show them (12,907 values at 1M messages).
     */
    private final AtomicReferenceArray<String> labels;

    /**
     * Each segment's value ordinals mapped to the archive's, as plain arrays made on first use: Lucene's
     * {@code OrdinalMap} decodes packed blocks at every lookup. At 1M messages (ten segments) counting the
     * 1,744 matches of "交期" went from 0.37-0.50 to 0.24-0.34 ms. Small: a segment holds at most the
     * archive's values (12,907 at 1M), 4 bytes each.
     */
    private final SegmentOrdinals segmentToArchive;
    private final SegmentFacetCache segments;

    FacetCounts(SortedSetDocValuesReaderState state, SegmentFacetCache segments) throws IOException {
        this.state = state;
        this.segments = segments;
        state.getDims().forEach(dims::add);
        this.labels = new AtomicReferenceArray<>(state.getSize());
        this.segmentToArchive = state.getDocValues() instanceof MultiSortedSetDocValues multi
                ? new SegmentOrdinals(multi.mapping, state.getReader().leaves().size()) : null;
    }

    /** The top {@code topN} values of each of {@code dims} among {@code matches}; a dimension never indexed has none. */
    Map<String, List<Count>> top(List<MatchingDocs> matches, List<String> dims, int topN) throws IOException {
        int[] counts = spare.poll();
        if (counts == null) counts = new int[state.getSize()];
        Touched touched = new Touched();
        try {
            for (MatchingDocs segment : matches) count(segment, counts, touched);
            Map<String, List<Count>> out = new LinkedHashMap<>();
            for (String dim : dims) out.put(dim, top(dim, counts, touched, topN));
            return out;
        } finally {
            for (int i = 0; i < touched.size; i++) counts[touched.ords[i]] = 0;
            spare.offer(counts);
        }
    }

    private void count(MatchingDocs segment, int[] counts, Touched touched) throws IOException {
        if (segment.totalHits() == 0 || segment.bits() == null) return;
        DocIdSetIterator docs = segment.bits().iterator();
        if (docs == null) return;
        segments.get(segment.context().reader()).count(docs, toArchive(segment.context().ord), counts, touched);
    }

    /** A segment's value ordinals mapped to the archive's, or null when the archive is that one segment. */
    private int[] toArchive(int segment) throws IOException {
        if (segmentToArchive == null) return null;
        int[] mapped = segmentToArchive.get(segment);
        if (mapped != null) return mapped;
        LongValues global = segmentToArchive.ordinals.getGlobalOrds(segment);
        SortedSetDocValues values = DocValues.getSortedSet(state.getReader().leaves().get(segment).reader(), state.getField());
        mapped = new int[(int) values.getValueCount()];
        for (int i = 0; i < mapped.length; i++) mapped[i] = (int) global.get(i);
        segmentToArchive.set(segment, mapped);
        return mapped;
    }

    private List<Count> top(String dim, int[] counts, Touched touched, int topN) throws IOException {
        if (!dims.contains(dim)) return List.of();
        OrdRange range = state.getOrdRange(dim);
        // Lucene's own queue for facet counts, so ties break as in its facets (the earlier value first).
        TopOrdAndIntQueue queue = new TopOrdAndIntQueue(topN);
        TopOrdAndIntQueue.OrdAndInt spareEntry = null;
        for (int i = 0; i < touched.size; i++) {
            int ord = touched.ords[i];
            if (ord < range.start() || ord > range.end()) continue;
            TopOrdAndIntQueue.OrdAndInt entry = spareEntry != null ? spareEntry : new TopOrdAndIntQueue.OrdAndInt();
            entry.ord = ord;
            entry.value = counts[ord];
            spareEntry = (TopOrdAndIntQueue.OrdAndInt) queue.insertWithOverflow(entry);
        }
        Count[] best = new Count[queue.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            TopOrdAndIntQueue.OrdAndInt entry = (TopOrdAndIntQueue.OrdAndInt) queue.pop();
            best[i] = new Count(label(entry.ord), entry.value);
        }
        return List.of(best);
    }

    /** The value's label; the archive's doc values are opened only for a label not yet kept (a view over every segment). */
    private String label(int ord) throws IOException {
        String label = labels.get(ord);
        if (label == null) {
            String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ord).utf8ToString());
            label = path[path.length - 1];
            labels.set(ord, label);
        }
        return label;
    }

    private static final class SegmentOrdinals extends AtomicReferenceArray<int[]> {
        final OrdinalMap ordinals;

        SegmentOrdinals(OrdinalMap ordinals, int segments) {
            super(segments);
            this.ordinals = ordinals;
        }
    }

    /** The ordinals counted at least once, each listed once. */
    static final class Touched {
        int[] ords = new int[256];
        int size;

        void add(int ord) {
            if (size == ords.length) ords = Arrays.copyOf(ords, size * 2);
            ords[size++] = ord;
        }
    }
}
