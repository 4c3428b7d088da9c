package io.docket.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docket's codec is found by name when an index is opened, and archives written with Lucene's own still open and merge. */
class DocketCodecTest {
    @TempDir
    Path dir;

    @Test
    void foundByItsNameThroughLucenesServiceLookup() {
        assertInstanceOf(DocketCodec.class, Codec.forName(DocketCodec.NAME));
    }

    @Test
    void anArchiveWrittenWithLucenesCodecOpensAndItsSegmentsMergeIntoDocketsCodec() throws Exception {
        String body = "Payment terms: 30% deposit, 70% balance against the B/L copy. ".repeat(400); // spans several chunks
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter older = new IndexWriter(directory, new IndexWriterConfig().setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_SPEED)))) {
            for (int i = 0; i < 300; i++) older.addDocument(doc("old-" + i, i + " " + body));
        }
        try (MessageIndex index = MessageIndex.open(dir, 16)) {
            for (int i = 0; i < 300; i++) index.upsert("new-" + i, doc("new-" + i, i + " " + body));
            index.commit();
            try (FSDirectory directory = FSDirectory.open(dir)) {
                assertEquals(Set.of("Lucene104", DocketCodec.NAME), codecs(directory));
            }
        }
        // Merged, every document is rewritten by Docket's codec and reads back whole.
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setCodec(new DocketCodec()))) {
            writer.forceMerge(1);
            writer.commit();
            assertEquals(Set.of(DocketCodec.NAME), codecs(directory));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                StoredFields stored = reader.storedFields();
                Set<String> ids = new HashSet<>();
                for (int d = 0; d < reader.maxDoc(); d++) {
                    Document read = stored.document(d);
                    String id = read.get(IndexFields.ID);
                    ids.add(id);
                    assertEquals(id.substring(id.indexOf('-') + 1) + " " + body, read.get(IndexFields.BODY));
                }
                assertEquals(600, ids.size());
            }
        }
    }

    private static Document doc(String id, String body) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        doc.add(new StoredField(IndexFields.BODY, body));
        return doc;
    }

    private static Set<String> codecs(FSDirectory directory) throws Exception {
        Set<String> names = new HashSet<>();
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) names.add(segment.info.getCodec().getName());
        return names;
    }
}
