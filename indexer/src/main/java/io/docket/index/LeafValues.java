package io.docket.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/** A per-document string value of one segment, read for documents in increasing order (doc values only go forward). */
@FunctionalInterface
public interface LeafValues {
    /** The value of {@code doc} (segment-relative), or null if it has none. */
    String get(int doc) throws IOException;

    /** Opens a segment's values. */
    @FunctionalInterface
    interface Opener {
        LeafValues open(LeafReader reader) throws IOException;
    }

    /** The values of top-level documents given in any order (a page sorted by date), each null if it has none. */
    static String[] of(IndexReader reader, int[] docs, Opener opener) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        String[] values = new String[docs.length];
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        LeafValues current = null;
        for (int i : order) {
            int l = ReaderUtil.subIndex(docs[i], leaves);
            if (l != leaf) {
                leaf = l;
                current = opener.open(leaves.get(l).reader());
            }
            values[i] = current.get(docs[i] - leaves.get(l).docBase);
        }
        return values;
    }
}
