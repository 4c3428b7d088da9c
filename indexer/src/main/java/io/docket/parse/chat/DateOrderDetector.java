package io.docket.parse.chat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Decides how an export writes its dates, from every time stamp in it, and says why. In order:
 * <ol>
 *   <li>four-digit first fields are year-first;</li>
 *   <li>a stamp that is no calendar date under one reading rules that reading out ("29/02/2024" cannot be
 *       month-first: there is no month 29);</li>
 *   <li>an export lists messages in the order the phone received them, so a reading under which the
 *       messages jump back in time by more than a day is ruled out (a message that arrived late may be
 *       dated minutes before the one above it, never months);</li>
 *   <li>what is still ambiguous is refused, naming the option that settles it: a wrongly read date puts
 *       evidence in the wrong month, which is worse than asking.</li>
 * </ol>
 * A given order is checked the same way and refused, naming the line, when some stamp is no date under it.
 */
final class DateOrderDetector {
    /** Backward steps up to this are late deliveries, not a sign of a wrong reading. */
    static final Duration LATE_DELIVERY = Duration.ofDays(1);

    record Stamped(int line, ChatStamp stamp) {}

    record Decision(DateOrder order, String reason) {}

    private DateOrderDetector() {}

    static Decision decide(List<Stamped> stamps, Optional<DateOrder> given) {
        if (stamps.isEmpty()) throw new ChatFormatException("the export holds no dated line");
        if (given.isPresent()) {
            Optional<Stamped> bad = firstInvalid(stamps, given.get());
            if (bad.isPresent()) {
                throw new ChatFormatException("line " + bad.get().line() + ": \"" + bad.get().stamp().writtenDate() + "\" is not a date when read "
                        + given.get().label() + "; check the date order given");
            }
            return new Decision(given.get(), "given");
        }
        if (stamps.stream().allMatch(s -> s.stamp().yearFirst())) {
            Optional<Stamped> bad = firstInvalid(stamps, DateOrder.YEAR_FIRST);
            if (bad.isPresent()) throw notADate(bad.get());
            return new Decision(DateOrder.YEAR_FIRST, "year-first: the dates start with a four-digit year");
        }
        Optional<Stamped> notDayFirst = firstInvalid(stamps, DateOrder.DAY_FIRST);
        Optional<Stamped> notMonthFirst = firstInvalid(stamps, DateOrder.MONTH_FIRST);
        if (notDayFirst.isPresent() && notMonthFirst.isPresent()) throw notADate(notDayFirst.get());
        if (notMonthFirst.isPresent()) {
            return new Decision(DateOrder.DAY_FIRST, "day-first: \"" + notMonthFirst.get().stamp().writtenDate() + "\" on line "
                    + notMonthFirst.get().line() + " is no date read month-first");
        }
        if (notDayFirst.isPresent()) {
            return new Decision(DateOrder.MONTH_FIRST, "month-first: \"" + notDayFirst.get().stamp().writtenDate() + "\" on line "
                    + notDayFirst.get().line() + " is no date read day-first");
        }
        Optional<Stamped> dayFirstJump = backwardJump(stamps, DateOrder.DAY_FIRST);
        Optional<Stamped> monthFirstJump = backwardJump(stamps, DateOrder.MONTH_FIRST);
        if (dayFirstJump.isEmpty() && monthFirstJump.isPresent()) {
            return new Decision(DateOrder.DAY_FIRST, "day-first: read month-first, line " + monthFirstJump.get().line()
                    + " would go back in time");
        }
        if (monthFirstJump.isEmpty() && dayFirstJump.isPresent()) {
            return new Decision(DateOrder.MONTH_FIRST, "month-first: read day-first, line " + dayFirstJump.get().line()
                    + " would go back in time");
        }
        Stamped example = stamps.getFirst();
        throw new ChatFormatException("the dates of this export read both day-first and month-first (\"" + example.stamp().writtenDate()
                + "\" on line " + example.line() + "): give the date order (--date-order day-first or month-first; dateOrder= in the API)");
    }

    private static ChatFormatException notADate(Stamped s) {
        return new ChatFormatException("line " + s.line() + ": \"" + s.stamp().writtenDate() + "\" is not a date in any order");
    }

    private static Optional<Stamped> firstInvalid(List<Stamped> stamps, DateOrder order) {
        return stamps.stream().filter(s -> s.stamp().date(order).isEmpty()).findFirst();
    }

    /** The first stamp that lies more than {@link #LATE_DELIVERY} before the latest one above it. */
    private static Optional<Stamped> backwardJump(List<Stamped> stamps, DateOrder order) {
        LocalDateTime latest = null;
        for (Stamped s : stamps) {
            LocalDateTime t = s.stamp().dateTime(order).orElseThrow();
            if (latest != null && t.plus(LATE_DELIVERY).isBefore(latest)) return Optional.of(s);
            if (latest == null || t.isAfter(latest)) latest = t;
        }
        return Optional.empty();
    }
}
