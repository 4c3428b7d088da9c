package io.docket.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as docket.yml spells them: a whole number and a unit, "500ms", "30s", "5m", "1h", "30d". */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private Durations() {}

    public static Duration parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected a duration like 500ms, 30s, 5m, 1h or 30d, got \"" + text + "\"");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    public static String format(Duration d) {
        if (d.toMillisPart() != 0 || d.isZero() || d.isNegative()) return d.toMillis() + "ms";
        if (d.toSeconds() % 60 != 0) return d.toSeconds() + "s";
        if (d.toMinutes() % 60 != 0) return d.toMinutes() + "m";
        if (d.toHours() % 24 != 0) return d.toHours() + "h";
        return d.toDays() + "d";
    }
}
