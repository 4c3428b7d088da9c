package io.docket.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneGuessTest {
    private static ZoneGuess.Sample at(String offsetDateTime) {
        OffsetDateTime t = OffsetDateTime.parse(offsetDateTime);
        return new ZoneGuess.Sample(t.toInstant(), t.getOffset());
    }

    @Test
    void winterAndSummerOffsetsNameTheRegionNotAnOffset() {
        var samples = List.of(at("2024-02-26T09:14:00+01:00"), at("2024-03-04T08:55:00+01:00"), at("2024-06-03T11:25:00+02:00"));
        assertEquals(ZoneId.of("Europe/Berlin"), ZoneGuess.of(samples, "mueller-gmbh.de").orElseThrow());
        // Same rules, other country: the domain breaks the tie.
        assertEquals(ZoneId.of("Europe/Madrid"), ZoneGuess.of(samples, "iberia-importaciones.es").orElseThrow());
    }

    @Test
    void americanDaylightSavingStartsEarlierThanEuropes() {
        var chicago = List.of(at("2024-03-05T10:00:00-06:00"), at("2024-03-12T10:00:00-05:00"));
        assertEquals(ZoneId.of("America/Chicago"), ZoneGuess.of(chicago, "brightway-imports.com").orElseThrow());
    }

    @Test
    void noSamplesNoGuessAndAnOddOffsetStaysAnOffset() {
        assertTrue(ZoneGuess.of(List.of(), "x.de").isEmpty());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 45), ZoneGuess.of(List.of(at("2024-01-01T10:00:00+05:45")), "x.com").orElseThrow());
    }
}
