package io.docket.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of the date operators into whole-day periods. ISO order only (YYYY, YYYY-MM,
 * YYYY-MM-DD); {@code /} is accepted as separator because Gmail users type {@code after:2024/03/01}.
 * Locale orders like 03/01/2024 are ambiguous between countries, so they are rejected.
 */
final class DateValues {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private DateValues() {}

    /** A single day, or empty when {@code text} is not a valid YYYY-MM-DD. */
    static Optional<LocalDate> day(String text) {
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return date(m.group(1), m.group(2), m.group(3));
    }

    /** The half-open period {@code [start, end)} a year, month or day covers; empty if invalid. */
    static Optional<LocalDate[]> period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String month = m.group(2) == null ? "1" : m.group(2);
        String day = m.group(3) == null ? "1" : m.group(3);
        return date(m.group(1), month, day).map(start -> {
            LocalDate end = m.group(2) == null ? start.plusYears(1)
                    : m.group(3) == null ? start.plusMonths(1) : start.plusDays(1);
            return new LocalDate[] {start, end};
        });
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
