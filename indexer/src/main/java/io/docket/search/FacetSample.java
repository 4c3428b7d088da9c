package io.docket.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The matches whose facet values are counted: all of them up to {@code 2 × sampleSize}, above that a
 * sample of about {@code sampleSize} to {@code 2 × sampleSize} (each match kept with probability
 * 2<sup>-n</sup>), with the counts scaled back up by {@link #estimate}.
 *
 * <p>Why: counting values costs time in proportion to the matches. At 1M messages {@code spam*} matches
 * 545,000, and recording and counting every match took about 28 ms, more than finding them. The sample is
 * taken while the matches are collected, so the skipped ones are never recorded; the total and the hits
 * stay exact, and a value held by 10% of the matches is estimated within a few percent.
 *
 * <p>Whether a match is kept depends on a hash of its document number, not on its position: taking every
 * k-th match would alias with regular patterns in the archive (a message and its copy in Sent are often
 * neighbours, and every other match would then be from one folder). The hash makes the sample the same
 * for the same index, so counts do not flicker between requests, and thinning to a coarser rate keeps a
 * subset of what was kept, so slices searched apart agree.
 */
public record FacetSample(FacetsCollector matches, long total, long counted) {
    /** Exact counts up to twice this many matches; a request may insist on exact counts regardless. */
    public static final int SAMPLE_SIZE = 25_000;

    public boolean exact() {
        return counted == total;
    }

    /** A value's estimated count over all matches, from its count among the counted ones. */
    public long estimate(long countedWithValue) {
        if (exact() || counted == 0) return countedWithValue;
        return Math.round((double) countedWithValue * total / counted);
    }

    /** Collects the sample alongside the top hits (one pass); {@code exact} records every match. */
    public static CollectorManager<Recorder, FacetSample> collector(boolean exact) {
        int limit = exact ? Integer.MAX_VALUE : 2 * SAMPLE_SIZE;
        return new CollectorManager<>() {
            @Override
            public Recorder newCollector() {
                return new Recorder(limit);
            }

            @Override
            public FacetSample reduce(Collection<Recorder> recorders) {
                // Slices may have thinned to different rates: bring all to the coarsest, so every match had the same chance.
                long mask = recorders.stream().mapToLong(r -> r.mask).max().orElse(0);
                List<MatchingDocs> docs = new ArrayList<>();
                long total = 0;
                long counted = 0;
                for (Recorder r : recorders) {
                    r.thinTo(mask);
                    total += r.seen;
                    // One entry per segment, empty ones too: Lucene's counting takes a single entry for a single-segment index.
                    for (Segment s : r.segments) {
                        docs.add(s.matchingDocs());
                        counted += s.size;
                    }
                }
                return new FacetSample(new Recorded(docs), total, counted);
            }
        };
    }

    /** Records the matches the current rate keeps; halves the rate (keeping a subset) whenever the limit is passed. */
    public static final class Recorder implements Collector {
        private final int limit;
        private final List<Segment> segments = new ArrayList<>();
        private long seen;
        /** Kept: matches whose hash has its low bits clear under this mask (2^n - 1, so a rate of 2^-n). */
        private long mask;
        private int recorded;

        Recorder(int limit) {
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            Segment segment = new Segment(context);
            segments.add(segment);
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    seen++;
                    if ((mix(docBase + doc) & mask) != 0) return;
                    segment.add(doc);
                    if (++recorded > limit) thinTo(mask * 2 + 1);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Keeps only the recorded matches a coarser rate keeps. */
        void thinTo(long newMask) {
            if (newMask == mask) return;
            recorded = 0;
            for (Segment s : segments) {
                int docBase = s.context.docBase;
                int kept = 0;
                for (int i = 0; i < s.size; i++) {
                    if ((mix(docBase + s.docs[i]) & newMask) == 0) s.docs[kept++] = s.docs[i];
                }
                s.size = kept;
                recorded += kept;
            }
            mask = newMask;
        }
    }

    /** MurmurHash3's 64-bit finaliser: neighbouring document numbers get unrelated low bits. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    private static final class Segment {
        final LeafReaderContext context;
        int[] docs = new int[64];
        int size;

        Segment(LeafReaderContext context) {
            this.context = context;
        }

        void add(int doc) {
            if (size == docs.length) docs = Arrays.copyOf(docs, size * 2);
            docs[size++] = doc;
        }

        /** Lucene's builder picks a sorted list or a bit set by density (nothing for an empty segment), as {@link FacetsCollector} does. */
        MatchingDocs matchingDocs() {
            DocIdSetBuilder builder = new DocIdSetBuilder(context.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = builder.grow(size);
            for (int i = 0; i < size; i++) adder.add(docs[i]);
            return new MatchingDocs(context, builder.build(), size, null);
        }
    }

    /** Hands the recorded matches to Lucene's facet counting. */
    private static final class Recorded extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Recorded(List<MatchingDocs> docs) {
            this.docs = List.copyOf(docs);
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }
}
