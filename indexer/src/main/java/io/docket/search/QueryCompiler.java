package io.docket.search;

import io.docket.search.lucene.LuceneQueryTranslator;
import io.docket.search.query.DocketQueryParser;
import io.docket.search.query.QueryNode;
import io.docket.search.query.QuerySyntaxException;
import io.docket.search.query.QueryTooComplexException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.search.Query;

/**
 * User text → Docket's query tree (parsed once) → the engine's query. The tree is the contract between
 * the two; another backend supplies its own translator for the same tree.
 */
public final class QueryCompiler implements Function<String, Query> {
    private final DocketQueryParser parser;
    private final LuceneQueryTranslator translator;

    public QueryCompiler(DocketQueryParser parser, LuceneQueryTranslator translator) {
        this.parser = parser;
        this.translator = translator;
    }

    public static QueryCompiler defaults() {
        return new QueryCompiler(new DocketQueryParser(), new LuceneQueryTranslator());
    }

    public QueryNode parse(String text) {
        try {
            return parser.parse(text);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage(), e.position(), e);
        }
    }

    @Override
    public Query apply(String text) {
        return translate(parse(text));
    }

    public Query translate(QueryNode tree) {
        try {
            return translator.translate(tree);
        } catch (QueryTooComplexException e) {
            throw new InvalidQueryException(e.getMessage(), -1, e);
        }
    }

    /** What a hit's snippet from {@code field} should mark ({@link LuceneQueryTranslator#marking}). */
    public Optional<Query> marking(QueryNode tree, String field) {
        return translator.marking(tree, field);
    }
}
