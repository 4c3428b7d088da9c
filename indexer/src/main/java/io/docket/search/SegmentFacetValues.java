package io.docket.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * One segment's facet values copied into plain arrays, as Lucene's old field cache held them: document
 * {@code d} holds the segment ordinals {@code ords[starts[d]]} to {@code ords[starts[d + 1] - 1]}.
 *
 * <p>Why: counting reads every match's values. Through doc values each match costs a jump in the
 * documents' index, a packed address and packed ordinals, decoded from memory-mapped pages. From these
 * arrays it is a read of two adjacent ints and of a few adjacent chars. At 1M messages counting the 8,370
 * matches of one sender took 0.72 ms in a loop before, 0.39 ms after. The cost is heap, made once per
 * segment and kept while the segment lives (a refresh copies only new segments): at 1M messages (1,130,666
 * documents, about seven values each) 20 MB, copied in 0.1-0.4 s. Tried and not kept (docs/performance.md,
 * fifteenth round): a fixed number of slots per document, saving the read of {@code starts} (faster for a
 * few matches with cold caches, slower for many, 80% more heap), and reading a batch of matches' starts first.
 */
final class SegmentFacetValues {
    private final int[] starts;
    /** Ordinals as chars while the segment has at most 65,536 values (at 1M messages: 12,907); else {@link #wide}. */
    private final char[] narrow;
    private final int[] wide;

    private SegmentFacetValues(int[] starts, char[] narrow, int[] wide) {
        this.starts = starts;
        this.narrow = narrow;
        this.wide = wide;
    }

    static SegmentFacetValues read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 4)];
        int size = 0;
        int next = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) starts[next++] = size;
            int count = values.docValueCount();
            ords = ArrayUtil.grow(ords, size + count);
            for (int i = 0; i < count; i++) ords[size++] = (int) values.nextOrd();
        }
        while (next <= maxDoc) starts[next++] = size;
        if (values.getValueCount() > Character.MAX_VALUE + 1L) {
            return new SegmentFacetValues(starts, null, ArrayUtil.copyOfSubArray(ords, 0, size));
        }
        char[] narrow = new char[size];
        for (int i = 0; i < size; i++) narrow[i] = (char) ords[i];
        return new SegmentFacetValues(starts, narrow, null);
    }

    /** Bytes held. */
    long bytes() {
        return 4L * starts.length + (narrow != null ? 2L * narrow.length : 4L * wide.length);
    }

    /**
     * Adds one to {@code counts[toArchive[ord]]} (or {@code counts[ord]} when {@code toArchive} is null) for
     * every value of every document of {@code docs}; an ordinal counted for the first time goes to {@code touched}.
     */
    void count(DocIdSetIterator docs, int[] toArchive, int[] counts, FacetCounts.Touched touched) throws IOException {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int end = starts[doc + 1];
            for (int i = starts[doc]; i < end; i++) {
                int segmentOrd = narrow != null ? narrow[i] : wide[i];
                int ord = toArchive == null ? segmentOrd : toArchive[segmentOrd];
                if (counts[ord]++ == 0) touched.add(ord);
            }
        }
    }
}
