package io.docket.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * Reads the Docket id of a document in one segment. The id is a doc value so a page of hits or an
 * evidence list never decompresses a stored-fields block (compressed, and full of bodies) for 20 bytes;
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
        return LeafValues.of(reader, docs, leaf -> of(leaf)::id);
    }

    /** The id of {@code doc} (segment-relative); documents must be asked for in increasing order within a segment. */
    public String id(int doc) throws IOException {
        if (values != null) {
            return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
        }
        return stored.document(doc, ID_ONLY).get(IndexFields.ID);
    }
}
