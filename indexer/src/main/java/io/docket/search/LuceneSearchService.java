package io.docket.search;

import io.docket.access.Scope;
import io.docket.index.DocIds;
import io.docket.index.DocketAnalyzer;
import io.docket.index.DocumentMapper;
import io.docket.index.IndexFields;
import io.docket.index.MessageIndex;
import io.docket.index.Previews;
import io.docket.model.MessageRecord;
import io.docket.search.query.QueryNode;
import io.docket.store.ArchiveStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.IOFunction;

/**
 * Search over the embedded Lucene index. The query arrives already compiled from Docket's query tree;
 * hits are rendered from the store's records (one per message), snippets from the stored text.
 */
public final class LuceneSearchService {
    /** What separates words in an attachment's file name. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[_.#+\\-()\\[\\]]+");
    private static final int FACET_TOP = 10;
    private static final int HIGHLIGHT_SCAN_CHARS = 20_000;
    private static final Set<String> BODY_ONLY = Set.of(IndexFields.BODY);
    private static final Set<String> ATTACHMENTS_ONLY = Set.of(IndexFields.ATTACHMENT);
    private static final int MATCH_SCAN_CHARS = 200_000;
    private static final List<String> FACET_DIMENSIONS = List.of(
            IndexFields.FACET_FROM, IndexFields.FACET_YEAR, IndexFields.FACET_FOLDER, IndexFields.FACET_HAS_ATTACHMENT,
            IndexFields.FACET_CUSTOMER, IndexFields.FACET_ORDER, IndexFields.FACET_CLAUSE);

    private final MessageIndex index;
    private final ArchiveStore store;
    private final QueryCompiler compiler;
    private final Analyzer analyzer = new DocketAnalyzer();
    /** Facet ordinals are computed once per index reader, not per request. */
    private final PerReader<FacetCounts> facetCounts = new PerReader<>();
    /** Facet values in heap arrays per segment, kept across refreshes while the segment lives. */
    private final SegmentFacetCache facetValues = new SegmentFacetCache(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    /**
     * One highlighter per index reader: a new one per request merged every segment's field infos again to
     * learn where offsets are kept (5% of a search request's server time at 1M messages).
     */
    private final PerReader<UnifiedHighlighter> highlighter = new PerReader<>();

    /** A value built from one index reader and kept until a refresh brings another reader. */
    private static final class PerReader<T> {
        private record Built<T>(IndexReader.CacheKey key, T value) {}

        private volatile Built<T> built;

        /** The value for this reader: the kept one, or {@code build}'s (kept unless null or the reader has no cache key). */
        T get(IndexReader reader, IOFunction<IndexReader, T> build) throws IOException {
            IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
            IndexReader.CacheKey key = helper == null ? null : helper.getKey();
            Built<T> kept = built;
            if (kept != null && key != null && kept.key() == key) return kept.value();
            T value = build.apply(reader);
            if (key != null && value != null) built = new Built<>(key, value);
            return value;
        }
    }

    public LuceneSearchService(MessageIndex index, ArchiveStore store, QueryCompiler compiler) {
        this.index = index;
        this.store = store;
        this.compiler = compiler;
    }

    public SearchResult search(SearchRequest request) {
        return search(request, Scope.ALL);
    }

    /** Copies the segment's facet values for counting now, so that no search pays for it. */
    public void warm(LeafReader segment) throws IOException {
        facetValues.get(segment);
    }

    /** The search as seen by a principal with the given scope: hits, totals and facets alike. */
    public SearchResult search(SearchRequest request, Scope scope) {
        long start = System.nanoTime();
        QueryNode tree = compiler.parse(request.query());
        Query query = ScopeFilter.restrict(compiler.translate(tree), scope);
        IndexSearcher searcher = index.acquire();
        try {
            int wanted = Math.max(1, request.offset() + request.limit());
            Sort sort = sort(request);
            TopDocs top;
            Map<String, List<SearchResult.FacetCount>> facets = Map.of();
            boolean facetsExact = true;
            // Every match is visited so the total is exact, as the API promises. (Counting only up to the page and then
            // calling count() measured twice as slow at 100k: a second pass, and date skipping rarely pays for 20 hits.)
            CollectorManager<?, ? extends TopDocs> topHits = sort == null
                    ? new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE)
                    : new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
            if (request.facets()) {
                Object[] both = searcher.search(query, new MultiCollectorManager(topHits, FacetSample.collector(request.exactFacets())));
                top = (TopDocs) both[0];
                FacetSample sample = (FacetSample) both[1];
                facets = facets(searcher, sample);
                facetsExact = sample.exact();
            } else {
                top = searcher.search(query, topHits);
            }
            long total = top.totalHits.value();
            ScoreDoc[] page = page(top.scoreDocs, request);
            List<SearchResult.Hit> hits = hits(searcher, query, tree, page, request.snippets());
            return new SearchResult(total, (System.nanoTime() - start) / 1_000_000, hits, facets, facetsExact);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    private static Sort sort(SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> null;
            case DATE_ASCENDING -> new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, false));
            case DATE_DESCENDING -> new Sort(new SortedNumericSortField(IndexFields.DATE, SortField.Type.LONG, true));
        };
    }

    private static ScoreDoc[] page(ScoreDoc[] all, SearchRequest request) {
        int from = Math.min(request.offset(), all.length);
        int to = Math.min(all.length, request.offset() + request.limit());
        ScoreDoc[] page = new ScoreDoc[to - from];
        System.arraycopy(all, from, page, 0, page.length);
        return page;
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, QueryNode tree, ScoreDoc[] page, boolean withSnippets)
            throws IOException {
        if (page.length == 0) return List.of();
        if (!withSnippets) return headersOnly(searcher, page);
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) docIds[i] = page[i].doc;
        String[] ids = DocIds.of(searcher.getIndexReader(), docIds);
        MessageRecord[] records = new MessageRecord[page.length];
        for (int i = 0; i < page.length; i++) records[i] = ids[i] == null ? null : store.message(ids[i]).orElse(null);
        String[] snippets = snippets(searcher, tree, docIds, records);
        Set<String> nameTerms = termsOf(query, IndexFields.ATTACHMENT, IndexFields.FILENAME);
        Set<String> textTerms = termsOf(query, IndexFields.ATTACHMENT);
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            MessageRecord record = records[i];
            if (record == null) continue;
            // Stored attachment texts are large (a hit's whole stored document is decompressed for them, and a text is
            // tokenized up to MATCH_SCAN_CHARS): load them only when the query looks for words in attachment text.
            String[] attachmentTexts = textTerms.isEmpty() || record.attachments().isEmpty() ? new String[0]
                    : stored.document(docIds[i], ATTACHMENTS_ONLY).getValues(IndexFields.ATTACHMENT);
            hits.add(new SearchResult.Hit(record, page[i].score, snippets[i], matchedAttachments(record, attachmentTexts, nameTerms, textTerms)));
        }
        return hits;
    }

    /**
     * Each hit's snippet: the body's best passages marking what the query looks for there; else the
     * attachments' (only for hits with attachments and no body passage); else the body's beginning.
     */
    private String[] snippets(IndexSearcher searcher, QueryNode tree, int[] docIds, MessageRecord[] records) throws IOException {
        Optional<Query> bodyMarks = compiler.marking(tree, IndexFields.BODY);
        String[] snippets = bodyMarks.isPresent() ? highlight(searcher, IndexFields.BODY, bodyMarks.get(), docIds, 2)
                : new String[docIds.length];
        Optional<Query> attachmentMarks = compiler.marking(tree, IndexFields.ATTACHMENT);
        if (attachmentMarks.isPresent()) {
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < docIds.length; i++) {
                if (snippets[i] == null && records[i] != null && !records[i].attachments().isEmpty()) rest.add(i);
            }
            if (!rest.isEmpty()) {
                int[] restDocs = rest.stream().mapToInt(i -> docIds[i]).toArray();
                String[] found = highlight(searcher, IndexFields.ATTACHMENT, attachmentMarks.get(), restDocs, 1);
                for (int r = 0; r < found.length; r++) snippets[rest.get(r)] = found[r];
            }
        }
        int[] plain = IntStream.range(0, docIds.length).filter(i -> snippets[i] == null && records[i] != null).toArray();
        if (plain.length == 0) return snippets;
        String[] previews = Previews.of(searcher.getIndexReader(), Arrays.stream(plain).map(i -> docIds[i]).toArray());
        StoredFields stored = searcher.storedFields();
        for (int p = 0; p < plain.length; p++) {
            String preview = previews[p] != null ? previews[p]
                    : Previews.of(stored.document(docIds[plain[p]], BODY_ONLY).get(IndexFields.BODY)); // indexed before previews
            snippets[plain[p]] = escape(preview);
        }
        return snippets;
    }

    private String[] highlight(IndexSearcher searcher, String field, Query marks, int[] docIds, int passages) throws IOException {
        // Rewritten here, so a prefix reaches the highlighter as its most frequent completions (plain terms).
        Query terms = searcher.rewrite(marks);
        UnifiedHighlighter forReader = highlighter.get(searcher.getIndexReader(), r -> UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(MailSentences::new)
                // Snippets come from the first pages: scanning megabytes of a long mail or PDF costs more than it shows.
                .withMaxLength(HIGHLIGHT_SCAN_CHARS)
                // No passage for a hit without marks: the caller then tries the attachments, then the body's beginning.
                .withMaxNoHighlightPassages(0)
                .build());
        return forReader.highlightFields(new String[] {field}, terms, docIds, new int[] {passages}).get(field);
    }

    private List<SearchResult.Hit> headersOnly(IndexSearcher searcher, ScoreDoc[] page) throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) docIds[i] = page[i].doc;
        String[] ids = DocIds.of(searcher.getIndexReader(), docIds);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = page[i].score;
            if (ids[i] != null) store.message(ids[i]).ifPresent(record -> hits.add(new SearchResult.Hit(record, score, "", List.of())));
        }
        return hits;
    }

    /** Attachments whose file name holds one of the query's attachment or file name terms, or whose text one of its attachment terms. */
    private List<Integer> matchedAttachments(MessageRecord record, String[] texts, Set<String> nameTerms, Set<String> textTerms) {
        if (nameTerms.isEmpty() || record.attachments().isEmpty()) return List.of();
        List<Integer> matched = new ArrayList<>();
        for (int i = 0; i < record.attachments().size(); i++) {
            String text = i < texts.length ? texts[i] : "";
            String name = record.attachments().get(i).name();
            if (containsAny(NAME_SEPARATORS.matcher(name).replaceAll(" "), nameTerms)
                    || (!textTerms.isEmpty() && containsAny(text.length() > MATCH_SCAN_CHARS ? text.substring(0, MATCH_SCAN_CHARS) : text, textTerms))) {
                matched.add(record.attachments().get(i).index());
            }
        }
        return matched;
    }

    private boolean containsAny(String text, Set<String> terms) {
        try (TokenStream tokens = analyzer.tokenStream(IndexFields.ATTACHMENT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) return true;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private static Set<String> termsOf(Query query, String... fields) {
        Set<String> wanted = Set.of(fields);
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return wanted.contains(field);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) terms.add(t.text());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, FacetSample sample) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        FacetCounts counts = facetCounts(searcher.getIndexReader());
        if (counts == null) {
            FACET_DIMENSIONS.forEach(d -> out.put(d, List.of()));
            return out;
        }
        counts.top(sample.matches().getMatchingDocs(), FACET_DIMENSIONS, FACET_TOP).forEach((dim, top) -> out.put(dim,
                top.stream().map(c -> new SearchResult.FacetCount(c.label(), sample.estimate(c.count()))).toList()));
        return out;
    }

    private FacetCounts facetCounts(IndexReader reader) throws IOException {
        if (reader.leaves().isEmpty()) return null;
        return facetCounts.get(reader, r -> {
            try {
                return new FacetCounts(new DefaultSortedSetDocValuesReaderState(r, DocumentMapper.facetsConfig()), facetValues);
            } catch (IllegalArgumentException noFacetsYet) {
                return null;
            }
        });
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
