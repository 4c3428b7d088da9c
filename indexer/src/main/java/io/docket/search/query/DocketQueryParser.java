package io.docket.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a Gmail/notmuch-style query into a {@link QueryNode} tree. Hand-written recursive descent:
 * <pre>
 * query   := orExpr EOF                       (blank query: MatchAll)
 * orExpr  := andExpr ( OR andExpr )*
 * andExpr := unary ( [AND] unary )*           (juxtaposition is AND)
 * unary   := ( NOT | '-' ) unary | primary
 * primary := '(' orExpr ')' | OPERATOR value | WORD | PHRASE
 * value   := WORD | PHRASE | '(' orExpr ')'   (directly after the colon; a group's terms inherit the operator)
 * </pre>
 * NOT binds tighter than AND, AND tighter than OR, as in notmuch/Xapian and SQL ({@code a b OR c} is
 * {@code (a AND b) OR c}); Gmail differs here, but Docket's users also write SQL-ish filters.
 * AND/OR/NOT are keywords in any case; quote them to search for the words. A trailing {@code *}
 * makes a word a prefix; a lone {@code *} matches everything.
 *
 * <p>Thread-safe: all state of one parse lives in a {@code Run}.
 */
public final class DocketQueryParser {
    private final OperatorRegistry operators;
    private final QueryParserConfig config;

    public DocketQueryParser(OperatorRegistry operators, QueryParserConfig config) {
        this.operators = operators;
        this.config = config;
    }

    /** Docket's built-in operators with the default limits. */
    public DocketQueryParser() {
        this(OperatorRegistry.defaults(), QueryParserConfig.defaults());
    }

    /**
     * @throws QuerySyntaxException with reason and position when the query cannot be read
     */
    public QueryNode parse(String query) {
        if (query == null || query.isBlank()) {
            return new QueryNode.MatchAll();
        }
        if (query.length() > config.maxLength()) {
            throw new QuerySyntaxException("query is longer than " + config.maxLength() + " characters",
                    config.maxLength(), query);
        }
        return new Run(query, QueryTokenizer.tokenize(query, operators), config.maxDepth()).query();
    }

    /** One parse: the token cursor and the current nesting depth. */
    private final class Run {
        private final String query;
        private final List<QueryToken> tokens;
        private final int maxDepth;
        private int next;
        private int depth;

        Run(String query, List<QueryToken> tokens, int maxDepth) {
            this.query = query;
            this.tokens = tokens;
            this.maxDepth = maxDepth;
        }

        QueryNode query() {
            QueryNode node = orExpr(null);
            QueryToken rest = peek();
            if (rest.type() != QueryToken.Type.EOF) {
                // orExpr stops only at ')' or the end, so this is a ')' without its '('.
                throw error("unbalanced parenthesis", rest.start());
            }
            return node;
        }

        // In the methods below, `context` is the operator a group's terms inherit, null for free text.

        private QueryNode orExpr(Operator context) {
            List<QueryNode> parts = new ArrayList<>();
            parts.add(andExpr(context));
            while (peek().type() == QueryToken.Type.OR) {
                requireTermAfter(advance());
                parts.add(andExpr(context));
            }
            return parts.size() == 1 ? parts.getFirst() : new QueryNode.Or(flatten(parts, true));
        }

        private QueryNode andExpr(Operator context) {
            List<QueryNode> parts = new ArrayList<>();
            parts.add(unary(context));
            while (true) {
                QueryToken token = peek();
                if (token.type() == QueryToken.Type.AND) {
                    requireTermAfter(advance());
                } else if (!token.startsTerm()) {
                    break;
                }
                parts.add(unary(context));
            }
            return parts.size() == 1 ? parts.getFirst() : new QueryNode.And(flatten(parts, false));
        }

        private QueryNode unary(Operator context) {
            QueryToken token = peek();
            if (token.type() != QueryToken.Type.NOT) {
                return primary(context);
            }
            advance();
            requireTermAfter(token);
            enter(token);
            QueryNode child = unary(context);
            depth--;
            return new QueryNode.Not(child);
        }

        private QueryNode primary(Operator context) {
            QueryToken token = advance();
            return switch (token.type()) {
                case LPAREN -> group(token, context);
                case WORD -> word(context, token);
                case PHRASE -> phrase(context, token);
                case OPERATOR -> operator(token);
                case RPAREN -> throw error("unbalanced parenthesis", token.start());
                case AND, OR, NOT -> throw error("dangling " + token.display(), token.start());
                case EOF -> throw error("expected a term", token.start());
            };
        }

        private QueryNode group(QueryToken open, Operator context) {
            QueryToken first = peek();
            if (first.type() == QueryToken.Type.RPAREN) {
                throw error("empty group", open.start());
            }
            if (first.type() == QueryToken.Type.EOF) {
                throw error("unbalanced parenthesis", open.start());
            }
            enter(open);
            QueryNode inner = orExpr(context);
            if (peek().type() != QueryToken.Type.RPAREN) {
                throw error("unbalanced parenthesis", open.start());
            }
            advance();
            depth--;
            return inner;
        }

        private QueryNode operator(QueryToken opToken) {
            // The tokenizer only emits OPERATOR for registered names.
            Operator op = operators.lookup(opToken.text()).orElseThrow();
            QueryToken value = peek();
            boolean adjacent = value.start() == opToken.end();
            // "subject:and" searches the word; only "-" (NOT written as a dash) cannot be a value.
            boolean keywordAsWord = value.type() == QueryToken.Type.AND || value.type() == QueryToken.Type.OR
                    || (value.type() == QueryToken.Type.NOT && !value.text().equals("-"));
            if (!adjacent || !(value.type() == QueryToken.Type.WORD || value.type() == QueryToken.Type.PHRASE
                    || value.type() == QueryToken.Type.LPAREN || keywordAsWord)) {
                throw error("expected a value after \"" + op.name() + ":\"", opToken.end());
            }
            advance();
            if (value.type() == QueryToken.Type.LPAREN) {
                return group(value, op);
            }
            return value.type() == QueryToken.Type.PHRASE ? phrase(op, value) : word(op, value);
        }

        private QueryNode word(Operator context, QueryToken token) {
            if (context != null && (context.kind() == Operator.Kind.FLAG || context.isDate())) {
                return special(context, token);
            }
            String text = token.text();
            String base = stripTrailingStars(text);
            boolean prefix = base.length() < text.length();
            if (base.isEmpty()) {
                if (context == null) {
                    return new QueryNode.MatchAll();
                }
                throw error("expected a value after \"" + context.name() + ":\"", token.start());
            }
            return new QueryNode.Word(context == null ? QueryNode.ANY_FIELD : context.field(), base, prefix);
        }

        private QueryNode phrase(Operator context, QueryToken token) {
            if (token.text().isBlank()) {
                throw error("empty quotes", token.start());
            }
            if (context != null && (context.kind() == Operator.Kind.FLAG || context.isDate())) {
                return special(context, token);
            }
            return new QueryNode.Phrase(context == null ? QueryNode.ANY_FIELD : context.field(), token.text().strip());
        }

        /** Values of flag and date operators, which have their own little syntax. */
        private QueryNode special(Operator op, QueryToken token) {
            String text = token.text().strip();
            int at = token.type() == QueryToken.Type.PHRASE ? token.start() + 1 : token.start();
            return switch (op.kind()) {
                case FLAG -> {
                    String value = text.toLowerCase(Locale.ROOT);
                    if (!op.flagValues().contains(value)) {
                        throw error("unknown value \"" + text + "\" for \"" + op.name() + ":\" (expected one of "
                                + String.join(", ", op.flagValues().stream().sorted().toList()) + ")", at);
                    }
                    yield new QueryNode.Flag(op.field(), value);
                }
                case DATE_AFTER -> new QueryNode.DateRange(op.field(), day(op, text, at), null);
                case DATE_BEFORE -> new QueryNode.DateRange(op.field(), null, day(op, text, at));
                case DATE_RANGE -> dateRange(op, text, at);
                case TEXT, ADDRESS, KEYWORD -> throw new IllegalStateException("not a special operator: " + op);
            };
        }

        private LocalDate day(Operator op, String text, int at) {
            return DateValues.day(text).orElseThrow(
                    () -> error("expected a date YYYY-MM-DD after \"" + op.name() + ":\"", at));
        }

        /** {@code 2024}, {@code 2024-03}, {@code 2024-03-05}, or two of them joined by {@code ..}, either end open. */
        private QueryNode dateRange(Operator op, String text, int at) {
            int dots = text.indexOf("..");
            if (dots < 0) {
                LocalDate[] period = period(op, text, at);
                return new QueryNode.DateRange(op.field(), period[0], period[1]);
            }
            String left = text.substring(0, dots);
            String right = text.substring(dots + 2);
            if (left.isEmpty() && right.isEmpty()) {
                throw error("expected a date or period before or after \"..\" in \"" + op.name() + ":\"", at);
            }
            LocalDate from = left.isEmpty() ? null : period(op, left, at)[0];
            LocalDate to = right.isEmpty() ? null : period(op, right, at + dots + 2)[1];
            if (from != null && to != null && !from.isBefore(to)) {
                throw error("date range starts after it ends", at);
            }
            return new QueryNode.DateRange(op.field(), from, to);
        }

        private LocalDate[] period(Operator op, String text, int at) {
            return DateValues.period(text).orElseThrow(
                    () -> error("expected a date YYYY, YYYY-MM or YYYY-MM-DD after \"" + op.name() + ":\"", at));
        }

        private void requireTermAfter(QueryToken operator) {
            if (!peek().startsTerm()) {
                throw error("dangling " + operator.display(), operator.start());
            }
        }

        private void enter(QueryToken token) {
            depth++;
            if (depth > maxDepth) {
                throw error("nesting deeper than " + maxDepth, token.start());
            }
        }

        private QueryToken peek() {
            return tokens.get(next);
        }

        private QueryToken advance() {
            QueryToken token = tokens.get(next);
            if (token.type() != QueryToken.Type.EOF) {
                next++;
            }
            return token;
        }

        private QuerySyntaxException error(String reason, int position) {
            return new QuerySyntaxException(reason, position, query);
        }

        /** {@code (a b) c} is {@code a AND b AND c}: nested nodes of the same kind merge into one. */
        private static List<QueryNode> flatten(List<QueryNode> parts, boolean or) {
            List<QueryNode> flat = new ArrayList<>();
            for (QueryNode part : parts) {
                if (or && part instanceof QueryNode.Or(List<QueryNode> children)) {
                    flat.addAll(children);
                } else if (!or && part instanceof QueryNode.And(List<QueryNode> children)) {
                    flat.addAll(children);
                } else {
                    flat.add(part);
                }
            }
            return flat;
        }

        private static String stripTrailingStars(String text) {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == '*') {
                end--;
            }
            return text.substring(0, end);
        }
    }
}
