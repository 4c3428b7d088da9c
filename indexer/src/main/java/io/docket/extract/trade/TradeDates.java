package io.docket.extract.trade;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as trade mail writes them, read as ISO "2024-04-15" (or "04-15" when no year is given). */
final class TradeDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("enero", 1), Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("janvier", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("febrero", 2), Map.entry("februar", 2), Map.entry("février", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("marzo", 3), Map.entry("märz", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("abril", 4), Map.entry("avril", 4),
            Map.entry("may", 5), Map.entry("mayo", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("junio", 6), Map.entry("juni", 6), Map.entry("juin", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("julio", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("agosto", 8), Map.entry("août", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septiembre", 9), Map.entry("septembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octubre", 10), Map.entry("oktober", 10), Map.entry("octobre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("noviembre", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("diciembre", 12), Map.entry("dezember", 12), Map.entry("décembre", 12));
    private static final String MONTH = "(?<month>" + String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final Pattern DATE = Pattern.compile(String.join("|",
            "(?<iy>20\\d\\d)[-/.](?<im>\\d{1,2})[-/.](?<id>\\d{1,2})(?!\\d)",
            "(?<!\\d)(?<nd>\\d{1,2})[./](?<nm>\\d{1,2})[./](?<ny>20\\d\\d)",
            "(?<cy>20\\d\\d)?\\s?年?\\s?(?<cm>\\d{1,2})\\s?月\\s?(?<cd>\\d{1,2})\\s?[日号]",
            TradeText.B0 + MONTH.replace("month", "m1") + "\\s(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(?<y1>20\\d\\d))?(?!\\d)",
            "(?<!\\d)(?<d2>\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s(?:de\\s)?" + MONTH.replace("month", "m2") + "(?:,?\\s(?:de\\s|del\\s)?(?<y2>20\\d\\d))?" + TradeText.B1),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    record Found(String iso, int start, int end) {}

    private TradeDates() {}

    static Optional<Found> find(String s, int from) {
        Matcher m = DATE.matcher(s);
        while (from <= s.length() && m.find(from)) {
            String iso = iso(m);
            if (iso != null) return Optional.of(new Found(iso, m.start(), m.end()));
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    private static String iso(Matcher m) {
        if (m.group("iy") != null) return format(m.group("iy"), m.group("im"), m.group("id"));
        if (m.group("ny") != null) {
            int a = Integer.parseInt(m.group("nd"));
            int b = Integer.parseInt(m.group("nm"));
            // Day first, as Europe, China and the Gulf write it, unless only month-first makes sense.
            return b > 12 && a <= 12 ? format(m.group("ny"), String.valueOf(a), String.valueOf(b)) : format(m.group("ny"), String.valueOf(b), String.valueOf(a));
        }
        if (m.group("cm") != null) return format(m.group("cy"), m.group("cm"), m.group("cd"));
        if (m.group("m1") != null) return format(m.group("y1"), String.valueOf(MONTHS.get(m.group("m1").toLowerCase())), m.group("d1"));
        if (m.group("m2") != null) return format(m.group("y2"), String.valueOf(MONTHS.get(m.group("m2").toLowerCase())), m.group("d2"));
        return null;
    }

    private static String format(String year, String month, String day) {
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
        String md = String.format("%02d-%02d", mo, d);
        return year == null ? md : year + "-" + md;
    }
}
