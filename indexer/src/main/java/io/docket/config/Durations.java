package io.docket.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as docket.yml spells them: a whole number and a unit, "500ms", "30s", "5m", "1h". */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Durations() {}

    public static Duration parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected a duration like 500ms, 30s, 5m or 1h, got \"" + text + "\"");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    public static String format(Duration d) {
        if (d.toMillisPart() != 0 || d.isZero() || d.isNegative()) return d.toMillis() + "ms";
        if (d.toSeconds() % 60 != 0) return d.toSeconds() + "s";
        if (d.toMinutes() % 60 != 0) return d.toMinutes() + "m";
        return d.toHours() + "h";
    }
}
