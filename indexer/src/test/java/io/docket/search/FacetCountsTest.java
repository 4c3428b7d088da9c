package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Docket's facet counting gives exactly what Lucene's gives, for match sets small and large. */
class FacetCountsTest {
    private static final List<String> DIMS = List.of("from", "year", "folder", "never-indexed");

    @Test
    void sameTopValuesAsLuceneOverManySegmentsAndMatchSets() throws Exception {
        for (boolean oneSegment : new boolean[] {false, true}) {
            try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
                index(directory, oneSegment);
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    if (!oneSegment) assertTrue(reader.leaves().size() > 3, "several segments");
                    IndexSearcher searcher = new IndexSearcher(reader);
                    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
                    FacetCounts ours = new FacetCounts(state, new SegmentFacetCache(FacetsConfig.DEFAULT_INDEX_FIELD_NAME));
                    int compared = 0;
                    int valuesCompared = 0;
                    for (Query query : queries()) {
                        FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
                        SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, matches);
                        // Twice: a reused count array must start from zero again.
                        for (int round = 0; round < 2; round++) {
                            Map<String, List<FacetCounts.Count>> top = ours.top(matches.getMatchingDocs(), DIMS, 5);
                            assertEquals(DIMS, List.copyOf(top.keySet()));
                            for (String dim : DIMS) {
                                assertEquals(expected(lucene, state, dim), top.get(dim), query + " " + dim);
                                compared++;
                                valuesCompared += top.get(dim).size();
                            }
                        }
                    }
                    assertEquals(queries().size() * DIMS.size() * 2, compared);
                    // Four queries match something; each shows 5 senders, 4 years and 5 folders (twice over).
                    assertEquals(4 * (5 + 4 + 5) * 2, valuesCompared);
                }
            }
        }
    }

    private static List<FacetCounts.Count> expected(SortedSetDocValuesFacetCounts lucene, SortedSetDocValuesReaderState state, String dim)
            throws Exception {
        List<String> indexed = new ArrayList<>();
        state.getDims().forEach(indexed::add);
        if (!indexed.contains(dim)) return List.of();
        FacetResult result = lucene.getTopChildren(5, dim);
        List<FacetCounts.Count> out = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) out.add(new FacetCounts.Count(lv.label, lv.value.intValue()));
        }
        return out;
    }

    /** Match-all and k0 match most of each segment (counted in segment ordinals first); the rare one a few per segment. */
    private static List<Query> queries() {
        BooleanQuery.Builder rare = new BooleanQuery.Builder();
        rare.add(new TermQuery(new Term("kind", "k3")), BooleanClause.Occur.MUST);
        rare.add(new TermQuery(new Term("bucket", "b7")), BooleanClause.Occur.MUST);
        return List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "k0")), new TermQuery(new Term("kind", "k3")),
                rare.build(), new TermQuery(new Term("kind", "nothing")));
    }

    /** Senders with skewed frequencies (many ties among the rare ones), years, and several folders per message. */
    private static void index(ByteBuffersDirectory directory, boolean oneSegment) throws Exception {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("folder", true);
        Random random = new Random(42);
        IndexWriterConfig writerConfig = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (int i = 0; i < 6_000; i++) {
                Document doc = new Document();
                doc.add(new StringField("kind", "k" + (i % 4), Field.Store.NO));
                doc.add(new StringField("bucket", "b" + random.nextInt(10), Field.Store.NO));
                // Some messages hold no facet value at all: the copied values must skip them, not shift the next ones.
                if (i % 97 == 5) {
                    writer.addDocument(doc);
                    continue;
                }
                int sender = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 400);
                doc.add(new SortedSetDocValuesFacetField("from", "sender" + sender + "@example.com"));
                doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(2001 + random.nextInt(4))));
                for (int f = 0, folders = random.nextInt(3); f < folders; f++) {
                    doc.add(new SortedSetDocValuesFacetField("folder", "folder" + random.nextInt(12)));
                }
                writer.addDocument(config.build(doc));
                if (!oneSegment && i % 1_400 == 1_399) writer.commit();
            }
        }
    }
}
