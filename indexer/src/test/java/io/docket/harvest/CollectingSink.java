package io.docket.harvest;

import io.docket.model.RawMessage;
import io.docket.model.Sha256;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: an in-memory stand-in for the store and pipeline. Accepted messages become durable
 * ({@link #archive()}) only at {@link #flush()}, as the real sink promises, and the archive keeps one
 * entry per content, as the real pipeline dedups. {@link #failOnAccept(int)} simulates a crash.
 */
public final class CollectingSink implements MessageSink {
    private final List<RawMessage> accepted = new ArrayList<>();
    private final List<RawMessage> pending = new ArrayList<>();
    private final Map<Sha256, RawMessage> archive = new LinkedHashMap<>();
    private int flushes;
    private int failOnAccept = -1;

    /** Makes the n-th accept from now on (1-based) throw, as if the process died there. */
    public CollectingSink failOnAccept(int n) {
        failOnAccept = accepted.size() + n;
        return this;
    }

    @Override
    public synchronized void accept(RawMessage raw) {
        if (accepted.size() + 1 == failOnAccept) {
            pending.clear(); // what was not flushed is lost with the process
            int at = failOnAccept;
            failOnAccept = -1;
            throw new IllegalStateException("simulated crash at accept #" + at);
        }
        accepted.add(raw);
        pending.add(raw);
    }

    @Override
    public synchronized void flush() {
        for (RawMessage raw : pending) archive.putIfAbsent(raw.sha256(), raw);
        pending.clear();
        flushes++;
    }

    public synchronized boolean holds(Sha256 sha256) {
        return archive.containsKey(sha256);
    }

    /** Every accept, in order, including ones never flushed. */
    public synchronized List<RawMessage> accepted() {
        return List.copyOf(accepted);
    }

    /** Durable content, one entry per distinct SHA-256. */
    public synchronized Map<Sha256, RawMessage> archive() {
        return Map.copyOf(archive);
    }

    public synchronized int flushes() {
        return flushes;
    }
}
