package io.docket.extract.trade;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Configuration of {@link OrderNumberExtractor} ({@code orders.*} in docket.yml).
 *
 * @param labelled  find numbers after a label ("PO#", "Order No.", "订单号", "Bestell-Nr.", "رقم الطلب")
 * @param codes     find document codes that need no label because their shape says what they are
 *                  ("PI-2024-0588", "HD-SC-2024-033")
 * @param patterns  extra regular expressions a company adds ({@code orders.patterns}), e.g. its own
 *                  "HD\\d{8}" or SAP's "\\b45\\d{8}\\b"; the named group {@code number}, when present, is the
 *                  number, otherwise the whole match
 * @param minLength fewest letters and digits a number may have
 * @param maxLength most letters and digits a number may have
 */
public record OrderPatterns(boolean labelled, boolean codes, List<String> patterns, int minLength, int maxLength) {
    public static final boolean DEFAULT_LABELLED = true;
    public static final boolean DEFAULT_CODES = true;
    /** Three, so that "Order No. 12" (a line item) is not an order but "Pedido nº 778" is. */
    public static final int DEFAULT_MIN_LENGTH = 3;
    /** Longer runs are file hashes, tracking URLs or base64, not numbers a person types. */
    public static final int DEFAULT_MAX_LENGTH = 30;
    public static final OrderPatterns DEFAULTS = new OrderPatterns(
            DEFAULT_LABELLED, DEFAULT_CODES, List.of(), DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);

    public OrderPatterns {
        patterns = List.copyOf(Objects.requireNonNull(patterns, "orders.patterns"));
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (p.isBlank()) throw new IllegalArgumentException("orders.patterns[" + i + "] is blank");
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("orders.patterns[" + i + "] is not a valid regular expression: '"
                        + p + "' (" + e.getDescription() + ")", e);
            }
        }
        if (minLength < 1) throw new IllegalArgumentException("orders.minLength must be at least 1, was " + minLength);
        if (maxLength < minLength)
            throw new IllegalArgumentException("orders.maxLength (" + maxLength + ") is below orders.minLength (" + minLength + ")");
    }

    /** The defaults plus a company's own patterns. */
    public static OrderPatterns withPatterns(String... patterns) {
        return new OrderPatterns(DEFAULT_LABELLED, DEFAULT_CODES, List.of(patterns), DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);
    }
}
