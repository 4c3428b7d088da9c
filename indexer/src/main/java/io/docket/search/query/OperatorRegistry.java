package io.docket.search.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operators a query may use, by name. The parser consults it to tell {@code from:hans} (an
 * operator) from {@code 14:05} or {@code http://x} (plain words with a colon); the translators
 * consult it to learn what kind of field a node targets. New operators ({@code order:},
 * {@code customer:}) are added here and need no parser change:
 * <pre>OperatorRegistry.defaults().with(Operator.keyword("customer"))</pre>
 * Immutable; {@link #with} returns a copy.
 */
public final class OperatorRegistry {
    private final Map<String, Operator> byName;

    private OperatorRegistry(Map<String, Operator> byName) {
        this.byName = Map.copyOf(byName);
        Map<String, Operator.Kind> kindByField = new LinkedHashMap<>();
        for (Operator op : byName.values()) {
            Operator.Kind previous = kindByField.putIfAbsent(op.field(), op.kind());
            // Date operators legitimately share a field; anything else must agree on how a field matches.
            if (previous != null && previous != op.kind() && !(op.isDate() && isDate(previous))) {
                throw new IllegalArgumentException("field " + op.field() + " registered both as "
                        + previous + " and as " + op.kind() + " (operator " + op.name() + ")");
            }
        }
    }

    /** Docket's built-in operators: Gmail/notmuch names over the fields of {@code IndexFields}. */
    public static OperatorRegistry defaults() {
        return empty()
                .with(Operator.address("from"))
                .with(Operator.address("to"))
                .with(Operator.address("cc"))
                .with(Operator.address("bcc"))
                .with(Operator.text("subject"))
                .with(Operator.text("body"))
                .with(Operator.text("attachment"))
                .with(Operator.text("filename"))
                .with(Operator.keywordIgnoreCase("folder"))
                .with(Operator.keywordIgnoreCase("lang"))
                .with(Operator.keyword("thread"))
                .with(Operator.keyword("id"))
                .with(Operator.flag("has", "attachment"))
                .with(Operator.keyword("order"))
                .with(Operator.keywordIgnoreCase("customer"))
                .with(Operator.keywordIgnoreCase("clause"))
                .with(Operator.keywordIgnoreCase("source"))
                .with(Operator.date("after", Operator.Kind.DATE_AFTER, "date"))
                .with(Operator.date("before", Operator.Kind.DATE_BEFORE, "date"))
                .with(Operator.date("date", Operator.Kind.DATE_RANGE, "date"));
    }

    public static OperatorRegistry empty() {
        return new OperatorRegistry(Map.of());
    }

    /** A copy with {@code op} added; registering a name twice is a programming error. */
    public OperatorRegistry with(Operator op) {
        if (byName.containsKey(op.name())) {
            throw new IllegalArgumentException("operator already registered: " + op.name());
        }
        Map<String, Operator> copy = new LinkedHashMap<>(byName);
        copy.put(op.name(), op);
        return new OperatorRegistry(copy);
    }

    /** The operator called {@code name}, case-insensitively ({@code FROM:} is {@code from:}). */
    public Optional<Operator> lookup(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** How values of a logical field match; empty for a field no operator targets. */
    public Optional<Operator.Kind> kindOfField(String field) {
        return byName.values().stream().filter(op -> op.field().equals(field)).map(Operator::kind).findFirst();
    }

    /** Whether values of {@code field} compare case-insensitively. */
    public boolean ignoresCase(String field) {
        return byName.values().stream().anyMatch(op -> op.field().equals(field) && op.ignoreCase());
    }

    public Collection<Operator> operators() {
        return byName.values();
    }

    private static boolean isDate(Operator.Kind kind) {
        return kind == Operator.Kind.DATE_RANGE || kind == Operator.Kind.DATE_AFTER || kind == Operator.Kind.DATE_BEFORE;
    }
}
