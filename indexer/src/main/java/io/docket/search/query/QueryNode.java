package io.docket.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Docket's own query tree: what the user asked for, independent of any search engine. The parser
 * builds it once; each backend (Lucene now, OpenSearch later) translates it.
 *
 * <p>Every {@code toString()} prints the canonical query syntax, which parses back to an equal tree:
 * fields spelled by their field name, booleans fully parenthesised, dates as an inclusive day range.
 * That makes it useful in logs and as the expected value in tests.
 */
public sealed interface QueryNode {

    /** The field of a free word or phrase: it is matched in all default text fields. */
    String ANY_FIELD = "";

    /** One word, matched as the field's analysis dictates; {@code prefix} for a trailing {@code *}. */
    record Word(String field, String text, boolean prefix) implements QueryNode {
        public Word {
            requireField(field);
            if (text == null || text.isEmpty() || text.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) {
                throw new IllegalArgumentException("a word is non-empty without spaces or quotes, was [" + text + "]");
            }
        }

        public static Word free(String text) {
            return new Word(ANY_FIELD, text, false);
        }

        public boolean isFree() {
            return field.isEmpty();
        }

        @Override
        public String toString() {
            return fieldPrefix(field) + text + (prefix ? "*" : "");
        }
    }

    /** Words that must appear together and in order ({@code "payment terms"}). */
    record Phrase(String field, String text) implements QueryNode {
        public Phrase {
            requireField(field);
            if (text == null || text.isBlank() || text.indexOf('"') >= 0) {
                throw new IllegalArgumentException("a phrase is non-blank without quotes, was [" + text + "]");
            }
        }

        public boolean isFree() {
            return field.isEmpty();
        }

        @Override
        public String toString() {
            return fieldPrefix(field) + '"' + text + '"';
        }
    }

    /** Every child must match. Two or more children. */
    record And(List<QueryNode> children) implements QueryNode {
        public And {
            children = atLeastTwo(children);
        }

        @Override
        public String toString() {
            return join(children, " AND ");
        }
    }

    /** At least one child must match. Two or more children. */
    record Or(List<QueryNode> children) implements QueryNode {
        public Or {
            children = atLeastTwo(children);
        }

        @Override
        public String toString() {
            return join(children, " OR ");
        }
    }

    /** Documents the child does not match. */
    record Not(QueryNode child) implements QueryNode {
        public Not {
            if (child == null) {
                throw new IllegalArgumentException("NOT needs a child");
            }
        }

        @Override
        public String toString() {
            return "NOT " + child;
        }
    }

    /**
     * A half-open period of whole days, {@code [fromInclusive, toExclusive)}; either end may be null
     * for an open end, not both. Days, not instants: the backend applies the user's time zone.
     */
    record DateRange(String field, LocalDate fromInclusive, LocalDate toExclusive) implements QueryNode {
        public DateRange {
            requireField(field);
            if (field.isEmpty()) {
                throw new IllegalArgumentException("a date range needs a field");
            }
            if (fromInclusive == null && toExclusive == null) {
                throw new IllegalArgumentException("a date range needs at least one end");
            }
            if (fromInclusive != null && toExclusive != null && !fromInclusive.isBefore(toExclusive)) {
                throw new IllegalArgumentException("empty date range " + fromInclusive + " until " + toExclusive);
            }
        }

        /** Prints the inclusive last day, the way a user writes it: {@code date:2024-03-01..2024-03-31}. */
        @Override
        public String toString() {
            return field + ":" + (fromInclusive == null ? "" : fromInclusive) + ".."
                    + (toExclusive == null ? "" : toExclusive.minusDays(1));
        }
    }

    /** A yes/no property of a message, {@code has:attachment}. */
    record Flag(String field, String value) implements QueryNode {
        public Flag {
            requireField(field);
            if (field.isEmpty() || value == null || value.isEmpty()) {
                throw new IllegalArgumentException("a flag needs a field and a value");
            }
        }

        @Override
        public String toString() {
            return field + ":" + value;
        }
    }

    /** Every document; what an empty query means. */
    record MatchAll() implements QueryNode {
        @Override
        public String toString() {
            return "*";
        }
    }

    private static void requireField(String field) {
        if (field == null) {
            throw new IllegalArgumentException("field must not be null; use ANY_FIELD for free text");
        }
    }

    private static String fieldPrefix(String field) {
        return field.isEmpty() ? "" : field + ":";
    }

    private static List<QueryNode> atLeastTwo(List<QueryNode> children) {
        if (children == null || children.size() < 2) {
            throw new IllegalArgumentException("AND/OR need at least two children, got " + children);
        }
        return List.copyOf(children);
    }

    private static String join(List<QueryNode> children, String operator) {
        return children.stream().map(QueryNode::toString).collect(Collectors.joining(operator, "(", ")"));
    }
}
