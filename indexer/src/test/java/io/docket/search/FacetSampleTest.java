package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts over a large match set come from an evenly spread sample and estimate the exact counts
 * closely; small match sets, and requests that insist, are counted exactly.
 */
class FacetSampleTest {
    private static final int DOCS = 130_000;
    /** Shares of the values, as the exact counts must show them: a frequent, a middling and a rare value. */
    private static final String[] COUNTRIES = {"de", "de", "de", "de", "de", "cn", "cn", "cn", "es", "ae"};

    static ByteBuffersDirectory directory;
    static DirectoryReader reader;
    static ExecutorService threads;

    @BeforeAll
    static void index() throws Exception {
        directory = new ByteBuffersDirectory();
        FacetsConfig config = new FacetsConfig();
        // Several segments of uneven size, as a real archive has, so sampling has to carry on across them.
        IndexWriterConfig writerConfig = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            int[] cuts = {7_000, 40_000, 41_000, 95_000};
            int cut = 0;
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                doc.add(new StringField("kind", i % 3 == 0 ? "inquiry" : "other", Field.Store.NO));
                // Values repeating with a period of ten: taking every 2^n-th match would never see "ae" (the aliasing the hash avoids).
                doc.add(new SortedSetDocValuesFacetField("country", COUNTRIES[(i * 7) % COUNTRIES.length]));
                writer.addDocument(config.build(doc));
                if (cut < cuts.length && i == cuts[cut]) {
                    writer.commit();
                    cut++;
                }
            }
        }
        reader = DirectoryReader.open(directory);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() throws Exception {
        threads.shutdown();
        reader.close();
        directory.close();
    }

    private static FacetSample sample(IndexSearcher searcher, Query query, boolean exact) throws Exception {
        return searcher.search(query, FacetSample.collector(exact));
    }

    private static Map<String, Long> counts(FacetSample sample) throws Exception {
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, new FacetsConfig());
        FacetResult top = new SortedSetDocValuesFacetCounts(state, sample.matches()).getTopChildren(10, "country");
        Map<String, Long> out = new HashMap<>();
        for (LabelAndValue lv : top.labelValues) out.put(lv.label, sample.estimate(lv.value.longValue()));
        return out;
    }

    private static void assertWithin(Map<String, Long> exact, Map<String, Long> estimated, double tolerance) {
        assertEquals(exact.keySet(), estimated.keySet());
        exact.forEach((value, count) -> {
            double error = Math.abs(estimated.get(value) - count) / (double) count;
            assertTrue(error <= tolerance, value + ": estimated " + estimated.get(value) + ", exact " + count);
        });
    }

    @Test
    void aSmallMatchSetIsCountedExactly() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query smallSet = new TermQuery(new Term("kind", "inquiry"));
        FacetSample sample = sample(searcher, smallSet, false);
        assertEquals(43_334, sample.total());
        assertTrue(sample.exact());
        assertEquals(counts(sample(searcher, smallSet, true)), counts(sample));
    }

    @Test
    void aLargeMatchSetIsSampledEvenlyAndEstimatesTheExactCounts() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetSample exact = sample(searcher, new MatchAllDocsQuery(), true);
        assertTrue(exact.exact());
        assertEquals(DOCS, exact.total());
        Map<String, Long> exactCounts = counts(exact);
        assertEquals(Map.of("de", 65_000L, "cn", 39_000L, "es", 13_000L, "ae", 13_000L), exactCounts);

        FacetSample sampled = sample(searcher, new MatchAllDocsQuery(), false);
        assertFalse(sampled.exact());
        assertEquals(DOCS, sampled.total(), "the total stays exact");
        assertTrue(sampled.counted() >= 0.9 * FacetSample.SAMPLE_SIZE && sampled.counted() <= 2 * FacetSample.SAMPLE_SIZE,
                "counted " + sampled.counted());
        assertWithin(exactCounts, counts(sampled), 0.05);
        assertEquals(counts(sampled), counts(sample(searcher, new MatchAllDocsQuery(), false)), "the same sample every time");
    }

    @Test
    void slicesSearchedInParallelAreBroughtToOneSamplingRate() throws Exception {
        // One slice per segment: each recorder thins on its own, and the reduce must even them out.
        IndexSearcher searcher = new IndexSearcher(reader, threads) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, 1, 1, false);
            }
        };
        assertTrue(searcher.getSlices().length > 1);
        Map<String, Long> exactCounts = counts(sample(searcher, new MatchAllDocsQuery(), true));
        FacetSample sampled = sample(searcher, new MatchAllDocsQuery(), false);
        assertEquals(DOCS, sampled.total());
        assertFalse(sampled.exact());
        assertWithin(exactCounts, counts(sampled), 0.05);
    }

    @Test
    void anEstimateIsTheSampleCountScaledToTheTotal() {
        FacetSample sample = new FacetSample(null, 545_499, 34_094);
        assertEquals(545_499, sample.estimate(34_094));
        assertEquals(54_544, sample.estimate(3_409));
        assertEquals(12, new FacetSample(null, 40, 40).estimate(12));
    }
}
