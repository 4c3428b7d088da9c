package io.docket.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene 10.4's codec (its fast stored-field compression, LZ4) with stored fields compressed in 16 KB chunks
 * instead of 80 KB. Why: a hit's snippet reads one stored document, and LZ4 with a preset dictionary
 * decompresses the chunk's dictionary (a twentieth of the chunk) and every tenth of the chunk the document
 * overlaps: at least 12 KB for an 80 KB chunk, whatever the document's size. At 1M messages 20 random bodies
 * loaded in 0.70-0.92 ms before and 0.31-0.38 ms after (32 KB chunks: 0.38-0.46 ms; 8 KB: 0.31-0.33 ms),
 * for stored fields 14% larger (1,484 -> 1,696 MB; 32 KB: +8%, 8 KB: +21%).
 *
 * <p>Lucene finds a segment's codec by the name written in it (this class is listed in
 * {@code META-INF/services}); segments written before keep theirs and are rewritten by merges. The stored
 * fields' format name below is written in every such segment and must never change.
 */
public final class DocketCodec extends FilterCodec {
    public static final String NAME = "Docket104";
    static final int CHUNK_BYTES = 16 * 1024;
    private static final StoredFieldsFormat STORED_FIELDS = new Lucene90CompressingStoredFieldsFormat(
            "DocketStoredFields16k", Lucene90StoredFieldsFormat.BEST_SPEED_MODE, CHUNK_BYTES, 1024, 10);

    public DocketCodec() {
        super(NAME, new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED));
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return STORED_FIELDS;
    }
}
