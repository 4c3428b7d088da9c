package io.docket.search.lucene;

import io.docket.index.DocketAnalyzer;
import io.docket.extract.trade.OrderMention;
import io.docket.index.IndexFields;
import io.docket.search.query.Operator;
import io.docket.search.query.OperatorRegistry;
import io.docket.search.query.QueryNode;
import io.docket.search.query.QueryTooComplexException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Translates Docket's {@link QueryNode} tree into a Lucene {@link Query} over the fields of
 * {@link IndexFields}. How a field node matches follows its operator's {@link Operator.Kind} in the
 * registry, so an operator registered as TEXT, ADDRESS or KEYWORD needs no change here; only fields
 * with two index forms (filename, id) have their own rule.
 *
 * <p>Dates are whole days in the zone given at construction: {@code after:2024-03-01} matches from
 * that day's midnight on (inclusive, as in Gmail), {@code before:2024-03-05} matches until that
 * day's midnight (exclusive). Thread-safe.
 */
public final class LuceneQueryTranslator {
    /** Where a free word is looked for, and its boost: a word in the subject says most about a message. */
    public static final Map<String, Float> FREE_TEXT_FIELDS = freeTextFields();
    private static final List<String> FREE_TEXT = List.copyOf(FREE_TEXT_FIELDS.keySet());

    private final OperatorRegistry operators;
    private final TextAnalysis analysis;
    private final ZoneId zone;
    /** Docket's analyzer runs one chain for every field, so free text is analysed once, not once per field. */
    private final boolean sameAnalysisForEveryField;
    private final Map<String, FieldMatcher> specialFields = Map.of(
            IndexFields.FILENAME, this::filename,
            IndexFields.ID, this::id,
            IndexFields.ORDER, this::order);

    /** How one field matches a value: empty when the value has nothing to search for. */
    @FunctionalInterface
    private interface FieldMatcher {
        Optional<Query> match(String field, String text, boolean prefix);
    }

    public LuceneQueryTranslator(OperatorRegistry operators, Analyzer analyzer, ZoneId zone) {
        this.operators = operators;
        this.analysis = new TextAnalysis(analyzer);
        this.zone = zone;
        this.sameAnalysisForEveryField = analyzer instanceof DocketAnalyzer;
    }

    /** Built-in operators, {@link DocketAnalyzer}, days in {@code zone}. */
    public LuceneQueryTranslator(ZoneId zone) {
        this(OperatorRegistry.defaults(), new DocketAnalyzer(), zone);
    }

    /** Built-in operators, {@link DocketAnalyzer}, days in UTC. */
    public LuceneQueryTranslator() {
        this(ZoneOffset.UTC);
    }

    /**
     * @return the Lucene query; {@link MatchNoDocsQuery} when nothing in the query is searchable
     *         (say, only punctuation)
     * @throws QueryTooComplexException when the query would exceed {@link IndexSearcher#getMaxClauseCount()}
     */
    public Query translate(QueryNode node) {
        Query query = translateNode(node).orElseGet(() -> new MatchNoDocsQuery("no searchable terms"));
        int clauses = countClauses(query);
        if (clauses > IndexSearcher.getMaxClauseCount()) {
            throw new QueryTooComplexException(clauses, IndexSearcher.getMaxClauseCount());
        }
        return query;
    }

    /**
     * The words and phrases a query looks for in {@code field} (free text or that field's operator), as a
     * query on that field alone, for marking a hit's snippet. Negated parts match nothing in a hit, and
     * dates, flags and other fields have nothing to mark, so they are left out: the highlighter then reads
     * offsets from the postings of a few terms instead of re-analysing the text or asking all seven
     * free-text fields for matches in every hit. A prefix marks its {@value #MARKED_EXPANSIONS} most
     * frequent completions. Empty when there is nothing to mark.
     */
    public Optional<Query> marking(QueryNode node, String field) {
        List<Query> parts = new ArrayList<>();
        collectMarking(node, field, parts);
        return anyOf(parts);
    }

    /** Completions of a prefix that a snippet marks: enough for real text, bounded for "a*". */
    static final int MARKED_EXPANSIONS = 64;

    private void collectMarking(QueryNode node, String field, List<Query> out) {
        switch (node) {
            case QueryNode.Word w when w.field().equals(QueryNode.ANY_FIELD) || w.field().equals(field) -> {
                if (w.prefix()) {
                    analysis.prefix(field, w.text()).map(q -> new PrefixQuery(((PrefixQuery) q).getPrefix(),
                            new MostFrequentTermsRewrite(MARKED_EXPANSIONS))).ifPresent(out::add);
                } else {
                    analysis.match(field, w.text()).ifPresent(out::add);
                }
            }
            case QueryNode.Phrase p when p.field().equals(QueryNode.ANY_FIELD) || p.field().equals(field) ->
                    analysis.match(field, p.text()).ifPresent(out::add);
            case QueryNode.And a -> a.children().forEach(child -> collectMarking(child, field, out));
            case QueryNode.Or o -> o.children().forEach(child -> collectMarking(child, field, out));
            default -> { }
        }
    }

    private Optional<Query> translateNode(QueryNode node) {
        return switch (node) {
            case QueryNode.Word w -> value(w.field(), w.text(), w.prefix());
            case QueryNode.Phrase p -> value(p.field(), p.text(), false);
            case QueryNode.And a -> and(a.children());
            case QueryNode.Or o -> or(o.children());
            case QueryNode.Not n -> translateNode(n.child()).map(LuceneQueryTranslator::allExcept);
            case QueryNode.DateRange d -> Optional.of(dateRange(d));
            case QueryNode.Flag f -> Optional.of(new TermQuery(new Term(f.field(), f.value())));
            case QueryNode.MatchAll m -> Optional.of(MatchAllDocsQuery.INSTANCE);
        };
    }

    private Optional<Query> and(List<QueryNode> children) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int positive = 0;
        int negative = 0;
        for (QueryNode child : children) {
            // Negations join the AND as MUST_NOT directly rather than as "everything except" sub-queries.
            if (child instanceof QueryNode.Not(QueryNode negated)) {
                Optional<Query> q = translateNode(negated);
                if (q.isPresent()) {
                    builder.add(q.get(), BooleanClause.Occur.MUST_NOT);
                    negative++;
                }
            } else {
                Optional<Query> q = translateNode(child);
                if (q.isPresent()) {
                    builder.add(q.get(), BooleanClause.Occur.MUST);
                    positive++;
                }
            }
        }
        if (positive + negative == 0) {
            return Optional.empty();
        }
        if (positive == 0) {
            // Lucene matches nothing with only MUST_NOT clauses; "-spam" means everything but spam.
            builder.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
        }
        return Optional.of(builder.build());
    }

    private Optional<Query> or(List<QueryNode> children) {
        List<Query> queries = new ArrayList<>();
        for (QueryNode child : children) {
            translateNode(child).ifPresent(queries::add);
        }
        return anyOf(queries);
    }

    private static Query allExcept(Query excluded) {
        return new BooleanQuery.Builder()
                .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST)
                .add(excluded, BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private Optional<Query> value(String field, String text, boolean prefix) {
        if (field.equals(QueryNode.ANY_FIELD)) {
            return freeText(text, prefix);
        }
        FieldMatcher special = specialFields.get(field);
        if (special != null) {
            return special.match(field, text, prefix);
        }
        Operator.Kind kind = operators.kindOfField(field)
                .orElseThrow(() -> new IllegalArgumentException("no operator targets field " + field));
        return switch (kind) {
            case TEXT -> analysed(field, text, prefix);
            case ADDRESS -> address(field, text, prefix);
            case KEYWORD -> keyword(field, operators.ignoresCase(field) ? lower(text) : text, prefix);
            case DATE_RANGE, DATE_AFTER, DATE_BEFORE, FLAG ->
                    throw new IllegalArgumentException("field " + field + " takes no words, it is " + kind);
        };
    }

    private Optional<Query> freeText(String text, boolean prefix) {
        List<Query> perField = new ArrayList<>();
        List<Optional<Query>> matches = prefix || !sameAnalysisForEveryField
                ? FREE_TEXT.stream().map(field -> analysed(field, text, prefix)).toList()
                : analysis.matchEach(FREE_TEXT, text);
        for (int i = 0; i < FREE_TEXT.size(); i++) {
            float boost = FREE_TEXT_FIELDS.get(FREE_TEXT.get(i));
            matches.get(i).map(q -> boost == 1f ? q : new BoostQuery(q, boost)).ifPresent(perField::add);
        }
        // A word that could be an order number also finds every other spelling of that order.
        if (!prefix && text.chars().anyMatch(Character::isDigit) && text.codePoints().anyMatch(Character::isLetter)) {
            String key = OrderMention.keyOf(text);
            if (key.length() >= 4) perField.add(new BoostQuery(new TermQuery(new Term(IndexFields.ORDER, key)), 2f));
        }
        return anyOf(perField);
    }

    private Optional<Query> analysed(String field, String text, boolean prefix) {
        return prefix ? analysis.prefix(field, text) : analysis.match(field, text);
    }

    /**
     * An address operator takes three kinds of value: a whole address ({@code hans@mueller-gmbh.de})
     * matched exactly, a domain ({@code mueller-gmbh.de} or {@code @mueller-gmbh.de}) matched against
     * every domain and parent domain the indexer stored, or words of the display name. The first two
     * also match as text, so a value that only looks like an address or domain still finds mail.
     */
    private Optional<Query> address(String field, String text, boolean prefix) {
        String value = stripAngleBrackets(text.strip());
        if (prefix) {
            return value.indexOf('@') >= 0
                    ? Optional.of(new PrefixQuery(new Term(field + IndexFields.ADDR_SUFFIX, lower(value))))
                    : analysis.prefix(field, value);
        }
        int at = value.indexOf('@');
        if (at == 0 && value.indexOf('@', 1) < 0) {
            value = value.substring(1);
        }
        String exactField;
        if (value.indexOf('@') > 0) {
            exactField = field + IndexFields.ADDR_SUFFIX;
        } else if (looksLikeDomain(value)) {
            exactField = field + IndexFields.DOMAIN_SUFFIX;
        } else {
            return analysis.match(field, value);
        }
        List<Query> either = new ArrayList<>();
        either.add(new TermQuery(new Term(exactField, lower(value))));
        analysis.match(field, value).ifPresent(either::add);
        return anyOf(either);
    }

    private Optional<Query> keyword(String field, String value, boolean prefix) {
        Term term = new Term(field, value);
        return Optional.of(prefix ? new PrefixQuery(term) : new TermQuery(term));
    }

    /** {@code filename:fluxbox.spec} exactly, or {@code filename:invoice} as a word of "Proforma_Invoice.pdf". */
    private Optional<Query> filename(String field, String text, boolean prefix) {
        List<Query> either = new ArrayList<>();
        keyword(IndexFields.FILENAME_EXACT, lower(text), prefix).ifPresent(either::add);
        analysed(field, text, prefix).ifPresent(either::add);
        return anyOf(either);
    }

    /** {@code order:} compares folded keys, so {@code order:hd20240117} finds "HD-2024-0117" and "订单号：HD20240117". */
    private Optional<Query> order(String field, String text, boolean prefix) {
        String key = OrderMention.keyOf(text);
        if (key.isEmpty()) return Optional.empty();
        return keyword(IndexFields.ORDER, key, prefix);
    }

    /** {@code id:} takes Docket's own id or a Message-ID, with or without its angle brackets. */
    private Optional<Query> id(String field, String text, boolean prefix) {
        return anyOf(List.of(
                keyword(IndexFields.ID, text, prefix).orElseThrow(),
                keyword(IndexFields.MESSAGE_ID, lower(stripAngleBrackets(text)), prefix).orElseThrow()));
    }

    private Query dateRange(QueryNode.DateRange range) {
        long from = range.fromInclusive() == null ? Long.MIN_VALUE : startOfDay(range.fromInclusive());
        long to = range.toExclusive() == null ? Long.MAX_VALUE : startOfDay(range.toExclusive()) - 1;
        return LongField.newRangeQuery(range.field(), from, to);
    }

    private long startOfDay(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static Optional<Query> anyOf(List<Query> queries) {
        if (queries.size() <= 1) {
            return queries.stream().findFirst();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        queries.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return Optional.of(builder.build());
    }

    /** A dot inside, no spaces: "mueller-gmbh.de". Phrases like "v2.1 spec" have a space and stay text. */
    private static boolean looksLikeDomain(String value) {
        int dot = value.indexOf('.');
        return dot > 0 && dot < value.length() - 1 && value.chars().noneMatch(Character::isWhitespace);
    }

    private static String stripAngleBrackets(String value) {
        return value.startsWith("<") && value.endsWith(">") && value.length() > 2
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * Counts leaf queries the way {@link IndexSearcher} does before it refuses a query with
     * TooManyNestedClauses: one per term, phrase or multi-term query. Checking here turns that
     * failure into a clear message before any search starts.
     */
    private static int countClauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0]++;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    private static Map<String, Float> freeTextFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(IndexFields.SUBJECT, 2f);
        fields.put(IndexFields.BODY, 1f);
        fields.put(IndexFields.ATTACHMENT, 1f);
        fields.put(IndexFields.FILENAME, 1f);
        fields.put(IndexFields.FROM, 1f);
        fields.put(IndexFields.TO, 1f);
        fields.put(IndexFields.CC, 1f);
        return Collections.unmodifiableMap(fields);
    }
}
