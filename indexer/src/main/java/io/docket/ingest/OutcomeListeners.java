package io.docket.ingest;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Fans pipeline outcomes out to whoever is listening now (an import's counter, a progress bar, a log). */
public final class OutcomeListeners implements Consumer<IngestOutcome> {
    private final CopyOnWriteArrayList<Consumer<IngestOutcome>> listeners = new CopyOnWriteArrayList<>();

    public AutoCloseable add(Consumer<IngestOutcome> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void accept(IngestOutcome outcome) {
        for (Consumer<IngestOutcome> listener : listeners) listener.accept(outcome);
    }
}
