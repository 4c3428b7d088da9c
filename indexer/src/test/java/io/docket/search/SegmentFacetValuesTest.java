package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Facet values copied out of doc values: kept per segment while it lives, and counted as Lucene counts them. */
class SegmentFacetValuesTest {
    private static final String FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    @Test
    void aSegmentWithMoreValuesThanACharHoldsCountsAsLuceneDoes() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            FacetsConfig config = new FacetsConfig();
            config.setMultiValued("tag", true);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                // 70,000 distinct tags (plus two shared ones) in one segment: more ordinals than a char holds.
                for (int i = 0; i < 70_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("kind", "k" + (i % 3), Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField("tag", "t" + i));
                    if (i % 5 == 0) doc.add(new SortedSetDocValuesFacetField("tag", "fifth"));
                    if (i % 7 == 0) doc.add(new SortedSetDocValuesFacetField("tag", "seventh"));
                    writer.addDocument(config.build(doc));
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(1, reader.leaves().size());
                var state = new DefaultSortedSetDocValuesReaderState(reader, config);
                assertTrue(state.getSize() > Character.MAX_VALUE + 1, "wide ordinals");
                FacetCounts ours = new FacetCounts(state, new SegmentFacetCache(FIELD));
                IndexSearcher searcher = new IndexSearcher(reader);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "k1")))) {
                    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                    FacetResult lucene = new SortedSetDocValuesFacetCounts(state, matches).getTopChildren(5, "tag");
                    List<FacetCounts.Count> expected = new ArrayList<>();
                    for (LabelAndValue lv : lucene.labelValues) expected.add(new FacetCounts.Count(lv.label, lv.value.intValue()));
                    Map<String, List<FacetCounts.Count>> top = ours.top(matches.getMatchingDocs(), List.of("tag"), 5);
                    assertEquals(expected, top.get("tag"), query.toString());
                    assertEquals("fifth", top.get("tag").get(0).label());
                }
            }
        }
    }

    private static void warm(SegmentFacetCache cache, DirectoryReader reader) throws Exception {
        for (var leaf : reader.leaves()) cache.get(leaf.reader());
    }

    @Test
    void keptWhileTheSegmentLivesAndDroppedAfterItIsMergedAway() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            FacetsConfig config = new FacetsConfig();
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 100; i++) {
                    Document doc = new Document();
                    doc.add(new SortedSetDocValuesFacetField("from", "sender" + (i % 10)));
                    writer.addDocument(config.build(doc));
                }
                writer.commit();
            }
            SegmentFacetCache cache = new SegmentFacetCache(FIELD);
            DirectoryReader three = DirectoryReader.open(writer);
            assertEquals(3, three.leaves().size());
            warm(cache, three);
            LeafReader first = three.leaves().get(0).reader();
            SegmentFacetValues kept = cache.get(first);
            long threeSegments = cache.bytes();

            // A reopened reader shares the untouched segments: nothing is copied again.
            Document more = new Document();
            more.add(new SortedSetDocValuesFacetField("from", "late@example.com"));
            writer.addDocument(config.build(more));
            DirectoryReader four = DirectoryReader.openIfChanged(three, writer);
            assertEquals(4, four.leaves().size());
            assertSame(kept, cache.get(four.leaves().get(0).reader()));
            warm(cache, four);
            assertTrue(cache.bytes() > threeSegments);

            writer.forceMerge(1);
            DirectoryReader merged = DirectoryReader.openIfChanged(four, writer);
            warm(cache, merged);
            three.close();
            four.close();
            long mergedBytes = SegmentFacetValues.read(merged.leaves().get(0).reader(), FIELD).bytes();
            assertEquals(mergedBytes, cache.bytes(), "only the merged segment's copy is left once the old readers close");
            merged.close();
            writer.close(); // the writer's pool held the merged segment open too
            assertEquals(0, cache.bytes());
        }
    }
}
