package io.docket.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MessageIndex#keepWarm}: every segment searches can see has been warmed, merged ones on the merge's thread. */
class MessageIndexWarmTest {
    @TempDir
    Path dir;

    @Test
    void warmsTheCurrentSegmentsThenEachFlushedAndMergedOne() throws Exception {
        try (MessageIndex index = MessageIndex.open(dir, 16)) {
            add(index, 0, 50);
            index.flushBuffered();
            index.refresh();
            Map<IndexReader.CacheKey, String> warmed = new ConcurrentHashMap<>();
            index.keepWarm(segment -> {
                if (segment.getCoreCacheHelper() != null) warmed.putIfAbsent(segment.getCoreCacheHelper().getKey(), Thread.currentThread().getName());
            });
            assertEquals(segments(index), warmed.keySet(), "the segments searchable when warming was asked for");

            // Twelve flushes: more small segments than the merge policy keeps in a tier, so a merge follows.
            for (int round = 1; round <= 12; round++) {
                add(index, round * 50, 50);
                index.flushBuffered();
                index.refresh();
                assertTrue(warmed.keySet().containsAll(segments(index)), "every searchable segment warmed after refresh " + round);
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (warmed.values().stream().noneMatch(name -> name.startsWith("Lucene Merge Thread")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(warmed.values().stream().anyMatch(name -> name.startsWith("Lucene Merge Thread")),
                    "a merged segment was warmed on the merge's thread: " + warmed.values());
            index.refresh();
            assertTrue(warmed.keySet().containsAll(segments(index)));
        }
    }

    @Test
    void warmingAskedForAfterTheIndexClosedDoesNothing() {
        MessageIndex index = MessageIndex.open(dir, 16);
        add(index, 0, 5);
        index.close();
        Set<String> calls = ConcurrentHashMap.newKeySet();
        index.keepWarm(segment -> calls.add("warmed"));
        assertTrue(calls.isEmpty());
    }

    private static void add(MessageIndex index, int from, int count) {
        for (int i = from; i < from + count; i++) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.ID, "m" + i, Field.Store.NO));
            index.upsert("m" + i, doc);
        }
    }

    private static Set<IndexReader.CacheKey> segments(MessageIndex index) {
        IndexSearcher searcher = index.acquire();
        try {
            Set<IndexReader.CacheKey> keys = ConcurrentHashMap.newKeySet();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                keys.add(reader.getCoreCacheHelper().getKey());
            }
            return keys;
        } finally {
            index.release(searcher);
        }
    }
}
