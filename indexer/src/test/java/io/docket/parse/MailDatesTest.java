package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Date header forms seen in real archives, each read with the sender's own offset. */
class MailDatesTest {
    private static final OffsetDateTime BEIJING = OffsetDateTime.of(2024, 1, 17, 10, 15, 0, 0, ZoneOffset.ofHours(8));

    private static OffsetDateTime read(String value) {
        return MailDates.parse(value).orElseThrow(() -> new AssertionError("unreadable: " + value));
    }

    @Test
    void rfc5322Forms() {
        assertEquals(BEIJING, read("Wed, 17 Jan 2024 10:15:00 +0800"));
        assertEquals(BEIJING, read("17 Jan 2024 10:15:00 +0800"), "day name is optional");
        assertEquals(BEIJING, read("Wed, 17 Jan 2024 10:15:00 +0800 (CST)"), "comment ignored");
        assertEquals(BEIJING.withSecond(0), read("Wed, 17 Jan 2024 10:15 +0800"), "seconds are optional");
    }

    @Test
    void obsoleteAndBrokenForms() {
        assertEquals(BEIJING, read("Wed, 17 Jan 24 10:15:00 +0800"), "two-digit year, RFC 5322 section 4.3");
        assertEquals(OffsetDateTime.of(1999, 1, 17, 10, 15, 0, 0, ZoneOffset.ofHours(-5)), read("Sun, 17 Jan 99 10:15:00 EST"));
        assertEquals(BEIJING, read("Wednesday, 17 January 2024 10:15:00 GMT+0800"));
        assertEquals(BEIJING, read("Wed, 17 Jan 2024 10:15:00 +08:00"));
        assertEquals(BEIJING, read("17-Jan-2024 10:15:00 +0800"));
        assertEquals(BEIJING, read("Wed Jan 17 10:15:00 2024 +0800"), "asctime order");
        assertEquals(BEIJING, read("2024-01-17T10:15:00+08:00"), "ISO 8601");
        assertEquals(BEIJING.withHour(22), read("Wed, 17 Jan 2024 10:15:00 PM +0800"));
        assertEquals(BEIJING.withHour(9), read("Wed, 17 Jan 2024 9:15:00 +0800"), "one-digit hour");
        assertEquals(BEIJING.withOffsetSameLocal(ZoneOffset.UTC), read("Wed, 17 Jan 2024 10:15:00"), "no zone: UTC");
        assertEquals(BEIJING.withOffsetSameLocal(ZoneOffset.UTC), read("Wed, 17 Jan 2024 10:15:00 GMT"));
    }

    @Test
    void unreadableDates() {
        assertTrue(MailDates.parse("Tomorrow at noon, maybe").isEmpty());
        assertTrue(MailDates.parse("Wed, 31 Feb 2024 10:15:00 +0800").isEmpty(), "no such day");
        assertTrue(MailDates.parse("").isEmpty());
        assertTrue(MailDates.parse("Wed, 17 Jan 2024 10:15:00 +9900").isEmpty(), "no such offset");
    }
}
