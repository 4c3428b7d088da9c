package io.docket.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #FREE_FAILURES} failed sign-ins for one user name, or
 * {@link #FREE_FAILURES_PER_ADDRESS} from one client address, further attempts are refused for a
 * lock-out that doubles with each failure up to {@link #MAX_LOCKOUT}. A success clears the user's count.
 * Counts fade after {@link #WINDOW} without failures.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when it may try now. */
    Optional<Duration> waitBefore(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(userKey(user), now), lockedUntil(addressKey(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) failures.values().removeIf(f -> now.isAfter(f.last().plus(WINDOW)));
        count(userKey(user), FREE_FAILURES, now);
        count(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
    }

    void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private void count(String key, int free, Instant now) {
        failures.compute(key, (k, f) -> {
            int count = f == null || now.isAfter(f.last().plus(WINDOW)) ? 1 : f.count() + 1;
            Instant lockedUntil = null;
            if (count >= free) {
                int doublings = Math.min(count - free, 10);
                Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << doublings);
                lockedUntil = now.plus(lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout);
            }
            return new Failures(count, now, lockedUntil);
        });
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil()) ? null : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static String userKey(String user) {
        return "user:" + (user == null ? "" : user.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
