package io.docket.customer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A correspondent's usual time zone from the offsets of its Date headers. A fixed offset would show
 * half the year wrong where clocks change (Hamburg is +01:00 in winter, +02:00 in summer), so the guess
 * is the region whose rules give the offsets seen at the instants seen; the domain's country breaks ties.
 */
public final class ZoneGuess {
    /** One sent message: when, and the offset its Date header carried. */
    public record Sample(Instant instant, ZoneOffset offset) {}

    /** Regions in the order ties go to, after the country hint. */
    private static final List<String> REGIONS = List.of(
            "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo", "Asia/Seoul", "Asia/Singapore",
            "Asia/Kolkata", "Asia/Dubai", "Asia/Riyadh", "Asia/Karachi", "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta",
            "Asia/Ho_Chi_Minh", "Asia/Manila", "Asia/Tehran", "Asia/Jerusalem", "Europe/Istanbul", "Europe/Moscow",
            "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Berlin", "Europe/Paris", "Europe/Madrid",
            "Europe/Rome", "Europe/Amsterdam", "Europe/Brussels", "Europe/Zurich", "Europe/Vienna", "Europe/Stockholm",
            "Europe/Warsaw", "Europe/Prague", "Europe/Athens", "Europe/Kyiv", "Africa/Cairo", "Africa/Lagos",
            "Africa/Nairobi", "Africa/Johannesburg", "Africa/Casablanca", "America/New_York", "America/Chicago",
            "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Toronto", "America/Mexico_City",
            "America/Bogota", "America/Lima", "America/Santiago", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
            "Australia/Sydney", "Australia/Perth", "Pacific/Auckland", "UTC");

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            Map.entry("cn", "Asia/Shanghai"), Map.entry("hk", "Asia/Hong_Kong"), Map.entry("tw", "Asia/Taipei"),
            Map.entry("jp", "Asia/Tokyo"), Map.entry("kr", "Asia/Seoul"), Map.entry("sg", "Asia/Singapore"),
            Map.entry("in", "Asia/Kolkata"), Map.entry("ae", "Asia/Dubai"), Map.entry("sa", "Asia/Riyadh"),
            Map.entry("tr", "Europe/Istanbul"), Map.entry("ru", "Europe/Moscow"), Map.entry("uk", "Europe/London"),
            Map.entry("ie", "Europe/Dublin"), Map.entry("pt", "Europe/Lisbon"), Map.entry("de", "Europe/Berlin"),
            Map.entry("fr", "Europe/Paris"), Map.entry("es", "Europe/Madrid"), Map.entry("it", "Europe/Rome"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("be", "Europe/Brussels"), Map.entry("ch", "Europe/Zurich"),
            Map.entry("at", "Europe/Vienna"), Map.entry("se", "Europe/Stockholm"), Map.entry("pl", "Europe/Warsaw"),
            Map.entry("cz", "Europe/Prague"), Map.entry("gr", "Europe/Athens"), Map.entry("eg", "Africa/Cairo"),
            Map.entry("ng", "Africa/Lagos"), Map.entry("ke", "Africa/Nairobi"), Map.entry("za", "Africa/Johannesburg"),
            Map.entry("ma", "Africa/Casablanca"), Map.entry("mx", "America/Mexico_City"), Map.entry("co", "America/Bogota"),
            Map.entry("pe", "America/Lima"), Map.entry("cl", "America/Santiago"), Map.entry("br", "America/Sao_Paulo"),
            Map.entry("ar", "America/Argentina/Buenos_Aires"), Map.entry("ca", "America/Toronto"),
            Map.entry("au", "Australia/Sydney"), Map.entry("nz", "Pacific/Auckland"));

    private ZoneGuess() {}

    /** The best region for the samples, or empty when there are none. */
    public static Optional<ZoneId> of(List<Sample> samples, String domain) {
        if (samples.isEmpty()) return Optional.empty();
        String hint = BY_COUNTRY.get(countryOf(domain));
        ZoneId best = null;
        int bestScore = -1;
        if (hint != null) {
            best = ZoneId.of(hint);
            bestScore = score(best, samples);
        }
        for (String region : REGIONS) {
            ZoneId zone = ZoneId.of(region);
            int score = score(zone, samples);
            if (score > bestScore) {
                best = zone;
                bestScore = score;
            }
        }
        // Nothing in the list fits even once: the offset itself is the honest answer.
        return Optional.of(bestScore > 0 ? best : mostCommonOffset(samples));
    }

    private static int score(ZoneId zone, List<Sample> samples) {
        int n = 0;
        for (Sample s : samples) if (zone.getRules().getOffset(s.instant()).equals(s.offset())) n++;
        return n;
    }

    private static ZoneOffset mostCommonOffset(List<Sample> samples) {
        return samples.stream().collect(java.util.stream.Collectors.groupingBy(Sample::offset, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String countryOf(String domain) {
        if (domain == null) return "";
        int dot = domain.lastIndexOf('.');
        String tld = dot < 0 ? "" : domain.substring(dot + 1);
        return tld.equals("gb") ? "uk" : tld;
    }
}
