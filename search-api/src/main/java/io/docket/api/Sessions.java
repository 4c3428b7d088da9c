package io.docket.api;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Web UI sign-in sessions, in memory: a restart signs everyone out, which is the safe failure. A
 * session ends after {@link #IDLE} without use or {@link #ABSOLUTE} after sign-in, whichever is first.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofHours(2);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    /** More sessions than this means something is signing in in a loop; the oldest are dropped. */
    private static final int MAX_SESSIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code csrfToken}: sent back by the page in X-CSRF-Token on every state-changing call. */
    record Session(String id, String user, String csrfToken, Instant created, Instant lastUsed) {
        boolean csrfMatches(String presented) {
            return presented != null && MessageDigest.isEqual(csrfToken.getBytes(StandardCharsets.UTF_8),
                    presented.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session start(String user) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) dropOldest();
        Session session = new Session(randomId(), user, randomId(), now, now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, its idle clock restarted; expired ones are removed. */
    Optional<Session> use(String id) {
        if (id == null || id.isEmpty()) return Optional.empty();
        Session s = sessions.get(id);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (now.isAfter(s.lastUsed().plus(IDLE)) || now.isAfter(s.created().plus(ABSOLUTE))) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.user(), s.csrfToken(), s.created(), now);
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    void end(String id) {
        if (id != null) sessions.remove(id);
    }

    private void dropOldest() {
        sessions.values().stream().sorted(Comparator.comparing(Session::lastUsed)).limit(MAX_SESSIONS / 10)
                .forEach(s -> sessions.remove(s.id()));
    }

    private static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
