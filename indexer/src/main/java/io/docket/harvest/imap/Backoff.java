package io.docket.harvest.imap;

import java.time.Duration;

/** Exponential backoff between reconnect attempts: first, 2×first, 4×first... capped. */
record Backoff(Duration first, Duration max) {
    Duration delay(int attempt) {
        if (attempt < 1) throw new IllegalArgumentException("attempts count from 1, got " + attempt);
        long millis = first.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
