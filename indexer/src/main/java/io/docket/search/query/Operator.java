package io.docket.search.query;

import java.util.Locale;
import java.util.Set;

/**
 * One search operator such as {@code from:} or {@code after:}: the name the user types, what kind of
 * value it takes, and the logical field the resulting query node targets. Several operators may
 * share a field ({@code after:}, {@code before:} and {@code date:} all target "date"), which is also
 * how an alias would be registered.
 *
 * @param name        lower-case name without the colon
 * @param kind        how the value is parsed and later matched
 * @param field       logical field name written into the query tree
 * @param ignoreCase  for {@link Kind#KEYWORD}: values compare case-insensitively (folder, lang)
 * @param flagValues  for {@link Kind#FLAG}: the only values accepted (lower-case)
 */
public record Operator(String name, Kind kind, String field, boolean ignoreCase, Set<String> flagValues) {

    /** What an operator's value is. The translator of each engine decides how each kind matches. */
    public enum Kind {
        /** Analysed text: words, phrases, prefixes (subject, body). */
        TEXT,
        /** An address header: a full address, a domain, or words of the display name. */
        ADDRESS,
        /** An exact value (folder, thread id); a trailing * makes it a prefix. */
        KEYWORD,
        /** A date or period; {@code date:2024-03} or {@code date:2024-01..2024-03}. */
        DATE_RANGE,
        /** A single day; matches that day and later (Gmail's {@code after:}). */
        DATE_AFTER,
        /** A single day; matches strictly earlier days (Gmail's {@code before:}). */
        DATE_BEFORE,
        /** One of a fixed set of values ({@code has:attachment}). */
        FLAG
    }

    public Operator {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("operator name must be lower-case letters, digits or _, was " + name);
        }
        if (kind == null) {
            throw new IllegalArgumentException("operator " + name + " needs a kind");
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("operator " + name + " needs a field");
        }
        flagValues = flagValues == null ? Set.of() : Set.copyOf(flagValues);
        if (kind == Kind.FLAG && flagValues.isEmpty()) {
            throw new IllegalArgumentException("flag operator " + name + " needs at least one value");
        }
        for (String value : flagValues) {
            if (!value.equals(value.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("flag values must be lower-case, was " + value);
            }
        }
    }

    public static Operator text(String name) {
        return new Operator(name, Kind.TEXT, name, false, Set.of());
    }

    public static Operator address(String name) {
        return new Operator(name, Kind.ADDRESS, name, false, Set.of());
    }

    public static Operator keyword(String name) {
        return new Operator(name, Kind.KEYWORD, name, false, Set.of());
    }

    public static Operator keywordIgnoreCase(String name) {
        return new Operator(name, Kind.KEYWORD, name, true, Set.of());
    }

    public static Operator date(String name, Kind kind, String field) {
        if (kind != Kind.DATE_RANGE && kind != Kind.DATE_AFTER && kind != Kind.DATE_BEFORE) {
            throw new IllegalArgumentException("not a date kind: " + kind);
        }
        return new Operator(name, kind, field, false, Set.of());
    }

    public static Operator flag(String name, String... values) {
        return new Operator(name, Kind.FLAG, name, false, Set.of(values));
    }

    /** True for the kinds whose value is parsed as a date by the parser. */
    public boolean isDate() {
        return kind == Kind.DATE_RANGE || kind == Kind.DATE_AFTER || kind == Kind.DATE_BEFORE;
    }
}
