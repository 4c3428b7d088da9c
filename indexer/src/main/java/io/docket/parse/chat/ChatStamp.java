package io.docket.parse.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time stamp that starts each entry of a WhatsApp export, read field by field but not yet as a
 * date: whether "03/04/24" is the 3rd of April or the 4th of March is decided for the whole export
 * ({@link DateOrderDetector}), never line by line.
 *
 * <p>Android: {@code 12/03/2024, 14:05 - } or {@code 3/12/24, 2:05 PM - }; iOS: {@code [12/03/2024, 14:05:31] }.
 * Newer exports put a NARROW NO-BREAK SPACE (U+202F) before AM/PM, some a no-break space; dates may be
 * written with "/", "." or "-" and a two- or four-digit year; a year-first date has four digits first.
 * Phones set to Chinese write the half of the day before the hour ({@code 2024/4/10 下午3:09 - }, Taiwan
 * and Hong Kong with a space), newer ones a finer period (凌晨, 早上, 中午, 晚上); Japanese phones in 12-hour
 * mode write 午前 and 午後.
 *
 * @param first  first date field as written
 * @param rest   what follows the stamp: "Name: text" or a notice
 */
record ChatStamp(ChatFormat format, String first, String second, String third, int hour, int minute, int secondOfMinute,
                 char amPm, String rest) {
    private static final String DATE = "(?<first>\\d{1,4})[./-](?<second>\\d{1,2})[./-](?<third>\\d{1,4})";
    private static final String SPACE = "[ \\u00A0\\u202F]";
    /** The half of the day written in words before the hour: morning ones are read as AM, the others as PM. */
    private static final String PERIOD = "(?<period>上午|下午|凌晨|早上|中午|晚上|午前|午後)" + SPACE + "?";
    private static final String TIME = "(?:" + PERIOD + ")?(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?:[:.](?<second2>\\d{2}))?"
            + "(?:" + SPACE + "?(?<ampm>[AaPp])\\.?" + SPACE + "?[Mm]\\.?)?";
    private static final Pattern ANDROID = Pattern.compile("^" + DATE + ",?[ \\u00A0]" + TIME + "[ \\u00A0]?[-\\u2013][ \\u00A0](?<rest>.*)$");
    private static final Pattern IOS = Pattern.compile("^\\[" + DATE + ",?[ \\u00A0]" + TIME + "\\][ \\u00A0]?(?<rest>.*)$");

    /** The stamp at the start of a line (direction marks already removed), in the given layout or either. */
    static Optional<ChatStamp> read(String line, ChatFormat only) {
        if (only != ChatFormat.ANDROID) {
            Matcher ios = IOS.matcher(line);
            if (ios.matches()) return of(ChatFormat.IOS, ios);
        }
        if (only != ChatFormat.IOS) {
            Matcher android = ANDROID.matcher(line);
            if (android.matches()) return of(ChatFormat.ANDROID, android);
        }
        return Optional.empty();
    }

    private static Optional<ChatStamp> of(ChatFormat format, Matcher m) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        int second = m.group("second2") == null ? 0 : Integer.parseInt(m.group("second2"));
        if (m.group("period") != null && m.group("ampm") != null) return Optional.empty();
        char amPm = m.group("ampm") != null ? Character.toUpperCase(m.group("ampm").charAt(0))
                : m.group("period") != null ? halfOf(m.group("period")) : 0;
        if (minute > 59 || second > 59) return Optional.empty();
        if (amPm == 0 ? hour > 23 : hour < 1 || hour > 12) return Optional.empty();
        if (m.group("first").length() == 3 || m.group("third").length() == 3) return Optional.empty();
        return Optional.of(new ChatStamp(format, m.group("first"), m.group("second"), m.group("third"), hour, minute, second, amPm,
                m.group("rest")));
    }

    /** 凌晨 (small hours), 早上 (early morning), 上午 and 午前 are before noon; 中午 (noon: 12:30, 1:00), 下午, 晚上 and 午後 after. */
    private static char halfOf(String period) {
        return switch (period) {
            case "凌晨", "早上", "上午", "午前" -> 'A';
            default -> 'P';
        };
    }

    /** Four digits first: 2024/3/12 is year-first in every locale that writes it. */
    boolean yearFirst() {
        return first.length() == 4;
    }

    int firstNumber() {
        return Integer.parseInt(first);
    }

    int secondNumber() {
        return Integer.parseInt(second);
    }

    /** The date under one reading, or empty when it names no calendar day (month 13, 30 February). */
    Optional<LocalDate> date(DateOrder order) {
        try {
            int a = Integer.parseInt(first);
            int b = Integer.parseInt(second);
            int c = Integer.parseInt(third);
            return switch (order) {
                case YEAR_FIRST -> yearFirst() ? Optional.of(LocalDate.of(a, b, c)) : Optional.empty();
                case DAY_FIRST -> yearFirst() ? Optional.empty() : Optional.of(LocalDate.of(year(third), b, a));
                case MONTH_FIRST -> yearFirst() ? Optional.empty() : Optional.of(LocalDate.of(year(third), a, b));
            };
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    Optional<LocalDateTime> dateTime(DateOrder order) {
        return date(order).map(d -> d.atTime(time()));
    }

    LocalTime time() {
        int h = hour;
        if (amPm == 'A') h = hour == 12 ? 0 : hour;
        else if (amPm == 'P') h = hour == 12 ? 12 : hour + 12;
        return LocalTime.of(h, minute, secondOfMinute);
    }

    /** The stamp's date as written ("29/02/2024"), for messages. */
    String writtenDate() {
        return first + "/" + second + "/" + third;
    }

    /** Two-digit years are this century's: WhatsApp was founded in 2009. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() <= 2 ? 2000 + y : y;
    }
}
