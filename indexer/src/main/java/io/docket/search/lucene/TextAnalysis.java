package io.docket.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns user text into queries on an analysed field, running the same analyzer the indexer ran so
 * a query token is always spelled like an indexed one (folded, segmented). Text that analyses to
 * several tokens (質量問題, HD-2024-0117) becomes a phrase, because the user typed it as one unit.
 */
final class TextAnalysis {
    private final Analyzer analyzer;

    TextAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A term or phrase query; empty when the text has no indexable tokens (punctuation only). */
    Optional<Query> match(String field, String text) {
        return tokens(field, text).query(field);
    }

    /**
     * The same text as a term or phrase on each field, analysed once: only for an analyzer that treats
     * every field alike ({@link io.docket.index.DocketAnalyzer}), as free text searches seven fields.
     */
    List<Optional<Query>> matchEach(List<String> fields, String text) {
        Tokens tokens = tokens(fields.getFirst(), text);
        List<Optional<Query>> out = new ArrayList<>(fields.size());
        for (String field : fields) out.add(tokens.query(field));
        return out;
    }

    private Tokens tokens(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail, but did", e);
        }
        return new Tokens(terms, positions);
    }

    /** Analysed text, field-free: the words and their positions. */
    private record Tokens(List<String> terms, List<Integer> positions) {
        Optional<Query> query(String field) {
            if (terms.isEmpty()) {
                return Optional.empty();
            }
            if (terms.size() == 1) {
                return Optional.of(new TermQuery(new Term(field, terms.getFirst())));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < terms.size(); i++) {
                phrase.add(new Term(field, terms.get(i)), positions.get(i));
            }
            return Optional.of(phrase.build());
        }
    }

    /**
     * A prefix query on the folded prefix ({@code Müll*} finds "muller"). The prefix is normalised,
     * not tokenised, so it must fall inside one token: {@code HD-20*} finds nothing. PrefixQuery's
     * default constant-score rewrite visits matching terms without building one clause per term, so
     * a prefix matching thousands of terms cannot hit the clause limit.
     */
    Optional<Query> prefix(String field, String text) {
        BytesRef folded = analyzer.normalize(field, text);
        if (folded.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new PrefixQuery(new Term(field, folded)));
    }
}
