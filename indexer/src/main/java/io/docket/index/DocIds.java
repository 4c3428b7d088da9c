package io.docket.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * Reads the Docket id of a document in one segment. The id is a doc value so a page of hits or an
 * evidence list never decompresses a stored-fields block (deflated, and full of bodies) for 20 bytes;
 * segments written before the doc value existed fall back to the stored id.
 */
public final class DocIds {
    private static final Set<String> ID_ONLY = Set.of(IndexFields.ID);

    private final BinaryDocValues values;
    private final StoredFields stored;

    private DocIds(BinaryDocValues values, StoredFields stored) {
        this.values = values;
        this.stored = stored;
    }

    public static DocIds of(LeafReader reader) throws IOException {
        BinaryDocValues values = reader.getBinaryDocValues(IndexFields.ID);
        return new DocIds(values, values == null ? reader.storedFields() : null);
    }

    /** The ids of top-level documents in any order (a page sorted by date), each null if it has none. */
    public static String[] of(IndexReader reader, int[] docs) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        String[] ids = new String[docs.length];
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        DocIds current = null;
        for (int i : order) {
            int l = ReaderUtil.subIndex(docs[i], leaves);
            if (l != leaf) {
                leaf = l;
                current = of(leaves.get(l).reader());
            }
            ids[i] = current.id(docs[i] - leaves.get(l).docBase);
        }
        return ids;
    }

    /** The id of {@code doc} (segment-relative); documents must be asked for in increasing order within a segment. */
    public String id(int doc) throws IOException {
        if (values != null) {
            return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
        }
        return stored.document(doc, ID_ONLY).get(IndexFields.ID);
    }
}
