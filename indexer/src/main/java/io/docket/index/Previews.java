package io.docket.index;

import java.io.IOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.BytesRef;

/**
 * The beginning of a message's text, as a hit shows it when the query marks nothing in the body
 * ({@code from:}, {@code date:}, {@code order:}). Kept as a doc value so such a page of hits reads
 * 20 short values instead of decompressing 20 whole stored documents (their bodies and attachment
 * texts) for a few hundred characters: that was 20-46% of such a search's server time at 1M messages.
 */
public final class Previews {
    /** Characters of text a preview keeps, about the three lines a hit shows. */
    public static final int CHARS = 240;

    private Previews() {}

    /** The preview of a body: its beginning, each run of white space as one space, cut with " …" when longer. */
    public static String of(String body) {
        if (body == null) return "";
        String head = body.length() > CHARS * 4 ? body.substring(0, CHARS * 4) : body;
        String flat = collapseSpaces(head.strip());
        if (flat.length() <= CHARS) return flat;
        // Never end on half a surrogate pair.
        int cut = Character.isHighSurrogate(flat.charAt(CHARS - 1)) ? CHARS - 1 : CHARS;
        return flat.substring(0, cut) + " …";
    }

    static BinaryDocValuesField field(String body) {
        return new BinaryDocValuesField(IndexFields.PREVIEW, new BytesRef(of(body)));
    }

    /**
     * The previews of top-level documents in any order; null for a document indexed before previews were kept
     * (its caller falls back to the stored body).
     */
    public static String[] of(IndexReader reader, int[] docs) throws IOException {
        return LeafValues.of(reader, docs, leaf -> {
            BinaryDocValues values = leaf.getBinaryDocValues(IndexFields.PREVIEW);
            if (values == null) return doc -> null;
            return doc -> values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
        });
    }

    /**
     * Each run of white space (what a regex {@code \s} matches: space, tab, line breaks, form feed) as one space. By hand:
     * a regex per hit was 5% of a search with snippets for queries that mark nothing in the body.
     */
    public static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
            if (!space) out.append(c);
            else if (!inRun) out.append(' ');
            inRun = space;
        }
        return out.toString();
    }
}
