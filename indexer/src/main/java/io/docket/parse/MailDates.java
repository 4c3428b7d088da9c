package io.docket.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Date header (RFC 5322 section 3.3) keeping the sender's offset, and the broken forms seen
 * in real archives: no day name, two-digit years (section 4.3), named zones (section 4.3), "GMT+0800",
 * "+08:00", one-digit hours, dashes ("17-Jan-2024"), asctime order ("Wed Jan 17 10:15:00 2024"), ISO 8601,
 * AM/PM. A date without a zone is read as UTC, which is what RFC 5322's "-0000" means.
 */
final class MailDates {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7));
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\.\\d+)?");
    private static final Pattern OFFSET = Pattern.compile("(?i)(?:gmt|utc|ut)?([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern DAY_NAME = Pattern.compile("(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?");
    // Compiled once: String.replaceAll, split and matches compile their pattern at every call (every message's Date).
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[-/]");
    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
    private static final Pattern WORD = Pattern.compile("[a-z]+\\.?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern MILITARY_ZONE = Pattern.compile("[a-ik-z]");

    private MailDates() {
    }

    static Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String text = COMMENT.matcher(value).replaceAll(" ").strip();
        Optional<OffsetDateTime> iso = iso(text);
        if (iso.isPresent()) return iso;
        Fields f = new Fields();
        for (String token : WHITE_SPACE.split(text.replace(',', ' '))) {
            if (!f.read(token)) {
                for (String piece : DATE_SEPARATORS.split(token)) {
                    if (!piece.isEmpty() && !f.read(piece)) return Optional.empty();
                }
            }
        }
        return f.toDate();
    }

    private static Optional<OffsetDateTime> iso(String text) {
        if (!ISO_START.matcher(text).matches()) return Optional.empty();
        int space = text.indexOf(' ');   // the first space separates date and time, as 'T' does
        String t = (space < 0 ? text : text.substring(0, space) + "T" + text.substring(space + 1)).replace(" ", "");
        try {
            return Optional.of(OffsetDateTime.parse(t));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(t).atOffset(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** The parts of a date as tokens reveal them, in whatever order the sender wrote them. */
    private static final class Fields {
        Integer day;
        Integer month;
        Integer year;
        int hour = -1;
        int minute;
        int second;
        Integer offsetSeconds;
        boolean pm;
        boolean am;

        boolean read(String token) {
            String t = token.toLowerCase(Locale.ROOT);
            Matcher time = TIME.matcher(t);
            if (hour < 0 && time.matches()) {
                hour = Integer.parseInt(time.group(1));
                minute = Integer.parseInt(time.group(2));
                second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
                return true;
            }
            if (DAY_NAME.matcher(t).matches()) return true;
            if (t.length() >= 3 && MONTHS.contains(t.substring(0, 3)) && month == null && WORD.matcher(t).matches()) {
                month = MONTHS.indexOf(t.substring(0, 3)) + 1;
                return true;
            }
            if (t.equals("am") || t.equals("pm")) {
                pm = t.equals("pm");
                am = !pm;
                return true;
            }
            if (NAMED_ZONES.containsKey(t)) {
                if (offsetSeconds == null) offsetSeconds = NAMED_ZONES.get(t) * 3600;
                return true;
            }
            Matcher offset = OFFSET.matcher(t);
            if (offsetSeconds == null && offset.matches()) {
                int hours = Integer.parseInt(offset.group(2));
                int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
                if (hours > 18 || minutes > 59) return false;
                offsetSeconds = (offset.group(1).equals("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
                return true;
            }
            if (NUMBER.matcher(t).matches()) {
                int n = Integer.parseInt(t);
                if (t.length() <= 2 && day == null) day = n;
                else if (year == null) year = t.length() == 4 ? n : t.length() == 3 ? n + 1900 : n < 50 ? n + 2000 : n + 1900;
                else return false;
                return true;
            }
            if (MILITARY_ZONE.matcher(t).matches() && offsetSeconds == null) {
                offsetSeconds = 0; // RFC 5322 section 4.3: military zones are unreliable, read as "-0000"
                return true;
            }
            return false;
        }

        Optional<OffsetDateTime> toDate() {
            if (day == null || month == null || year == null) return Optional.empty();
            int h = Math.max(hour, 0);
            if (pm && h < 12) h += 12;
            if (am && h == 12) h = 0;
            try {
                ZoneOffset zone = ZoneOffset.ofTotalSeconds(offsetSeconds == null ? 0 : offsetSeconds);
                return Optional.of(OffsetDateTime.of(year, month, day, h, minute, Math.min(second, 59), 0, zone));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
