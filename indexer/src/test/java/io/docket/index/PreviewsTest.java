package io.docket.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PreviewsTest {
    @Test
    void aPreviewIsTheBodysBeginningOnOneLine() {
        assertEquals("Dear Lily, the price is USD 4.20. Regards, Hans", Previews.of("\n\n  Dear Lily,\r\n\r\nthe price\tis USD 4.20.\n\nRegards,\nHans\n"));
        assertEquals("", Previews.of(null));
        assertEquals("", Previews.of(" \n\t"));
    }

    @Test
    void aLongBodyIsCutAndSaysSo() {
        String preview = Previews.of("word ".repeat(1_000));
        assertEquals(Previews.CHARS + " …".length(), preview.length());
        assertTrue(preview.endsWith(" …"), preview);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String preview = Previews.of("a".repeat(Previews.CHARS - 1) + "😀 and more text after the emoji");
        assertEquals("a".repeat(Previews.CHARS - 1) + " …", preview);
        String whole = Previews.of("a".repeat(Previews.CHARS - 2) + "😀 and more");
        assertEquals("a".repeat(Previews.CHARS - 2) + "😀 …", whole);
    }

    @Test
    void documentsIndexedBeforePreviewsHaveNone() throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                Document old = new Document();
                old.add(new StringField(IndexFields.ID, "old", Field.Store.YES));
                writer.addDocument(old);
                writer.commit(); // its own segment, as an archive built before previews has
                for (String body : new String[] {"Zahlungsbedingungen: 30% T/T", "交期 45 天"}) {
                    Document doc = new Document();
                    doc.add(Previews.field(body));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(2, reader.leaves().size());
                assertArrayEquals(new String[] {"交期 45 天", null, "Zahlungsbedingungen: 30% T/T"},
                        Previews.of(reader, new int[] {2, 0, 1}));
            }
        }
    }
}
