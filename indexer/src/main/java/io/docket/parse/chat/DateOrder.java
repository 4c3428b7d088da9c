package io.docket.parse.chat;

import java.util.Locale;

/**
 * How the date of a chat export's time stamps is written. WhatsApp writes the phone's own short date
 * format, so one export is day-first ("29/02/2024", most of the world), month-first ("2/29/24", the
 * US) or year-first ("2024/2/29", China, Japan, Sweden...), and the file never says which.
 */
public enum DateOrder {
    DAY_FIRST("day-first"), MONTH_FIRST("month-first"), YEAR_FIRST("year-first");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    /** "day-first", "month-first" or "year-first", as the CLI and API take it. */
    public String label() {
        return label;
    }

    /** Reads "day-first" / "dmy", "month-first" / "mdy", "year-first" / "ymd" (any case). */
    public static DateOrder parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "day-first", "dmy", "dd/mm" -> DAY_FIRST;
            case "month-first", "mdy", "mm/dd" -> MONTH_FIRST;
            case "year-first", "ymd" -> YEAR_FIRST;
            default -> throw new IllegalArgumentException("date order must be day-first, month-first or year-first, got \"" + value + "\"");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
