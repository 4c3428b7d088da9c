package io.docket.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Rewrites a prefix (or any multi-term query) into its {@code limit} terms with the most documents, as
 * plain term clauses. Only for marking snippets: the unified highlighter reads plain terms' offsets from
 * the postings, while an unexpanded prefix makes it re-analyse every hit's text (in the query profile at
 * 6k, {@code spam*} spent most of its snippet time in that). Lucene's own top-terms rewrites rank by
 * boost, which is the same for every completion of a prefix, so they would keep alphabetically first
 * terms rather than common ones.
 */
final class MostFrequentTermsRewrite extends MultiTermQuery.RewriteMethod {
    /** Completions read at most per segment: "a*" must not walk the whole dictionary for a snippet. */
    private static final int MAX_VISITED = 20_000;

    private final int limit;

    MostFrequentTermsRewrite(int limit) {
        this.limit = limit;
    }

    @Override
    public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
        Map<BytesRef, Integer> docFreqs = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(query.getField());
            if (terms == null) continue;
            TermsEnum completions = getTermsEnum(query, terms, null);
            int visited = 0;
            for (BytesRef term = completions.next(); term != null && visited < MAX_VISITED; term = completions.next(), visited++) {
                docFreqs.merge(BytesRef.deepCopyOf(term), completions.docFreq(), Integer::sum);
            }
        }
        if (docFreqs.isEmpty()) return new MatchNoDocsQuery("no completions of " + query);
        List<Map.Entry<BytesRef, Integer>> ranked = new ArrayList<>(docFreqs.entrySet());
        ranked.sort(Map.Entry.<BytesRef, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<BytesRef, Integer> e : ranked.subList(0, Math.min(limit, ranked.size()))) {
            any.add(new TermQuery(new Term(query.getField(), e.getKey())), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MostFrequentTermsRewrite r && r.limit == limit;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(limit);
    }
}
