package io.docket.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a query into {@link QueryToken}s. Rules, in order:
 * <ul>
 *   <li>{@code (} and {@code )} are tokens of their own; whitespace separates tokens.</li>
 *   <li>{@code "..."} is a phrase; there are no escapes, the next {@code "} ends it.</li>
 *   <li>{@code -} directly before a term is NOT; a lone {@code -} (as in "a - b") is a word.</li>
 *   <li>A word {@code name:rest} where {@code name} is a registered operator becomes an OPERATOR
 *       token followed by the tokens of {@code rest}; with an unregistered name the whole thing is
 *       one word, so {@code 14:05} and {@code https://x.de/a} stay searchable.</li>
 *   <li>{@code AND}, {@code OR}, {@code NOT} in any case are keywords; quote them to search them.</li>
 * </ul>
 */
final class QueryTokenizer {
    private final String query;
    private final OperatorRegistry operators;
    private final List<QueryToken> tokens = new ArrayList<>();
    private int pos;

    private QueryTokenizer(String query, OperatorRegistry operators) {
        this.query = query;
        this.operators = operators;
    }

    static List<QueryToken> tokenize(String query, OperatorRegistry operators) {
        QueryTokenizer tokenizer = new QueryTokenizer(query, operators);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (true) {
            while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
                pos++;
            }
            if (pos >= query.length()) {
                tokens.add(new QueryToken(QueryToken.Type.EOF, "", pos, pos));
                return;
            }
            char c = query.charAt(pos);
            if (c == '(') {
                single(QueryToken.Type.LPAREN);
            } else if (c == ')') {
                single(QueryToken.Type.RPAREN);
            } else if (c == '"') {
                phrase();
            } else if (c == '-' && pos + 1 < query.length() && startsTerm(query.charAt(pos + 1))) {
                single(QueryToken.Type.NOT);
            } else {
                word();
            }
        }
    }

    private static boolean startsTerm(char c) {
        return !Character.isWhitespace(c) && c != ')';
    }

    private void single(QueryToken.Type type) {
        tokens.add(new QueryToken(type, query.substring(pos, pos + 1), pos, pos + 1));
        pos++;
    }

    private void phrase() {
        int close = query.indexOf('"', pos + 1);
        if (close < 0) {
            throw new QuerySyntaxException("unbalanced quote", pos, query);
        }
        tokens.add(new QueryToken(QueryToken.Type.PHRASE, query.substring(pos + 1, close), pos, close + 1));
        pos = close + 1;
    }

    private void word() {
        int start = pos;
        int end = start;
        while (end < query.length() && !endsWord(query.charAt(end))) {
            end++;
        }
        String text = query.substring(start, end);
        int colon = text.indexOf(':');
        if (colon > 0 && operators.lookup(text.substring(0, colon)).isPresent()) {
            // Emit the operator alone; its value (word, phrase or group) is tokenised from just after the colon.
            tokens.add(new QueryToken(QueryToken.Type.OPERATOR, text.substring(0, colon), start, start + colon + 1));
            pos = start + colon + 1;
            return;
        }
        tokens.add(new QueryToken(keywordType(text), text, start, end));
        pos = end;
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    private static QueryToken.Type keywordType(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "AND" -> QueryToken.Type.AND;
            case "OR" -> QueryToken.Type.OR;
            case "NOT" -> QueryToken.Type.NOT;
            default -> QueryToken.Type.WORD;
        };
    }
}
