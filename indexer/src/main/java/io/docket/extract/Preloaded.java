package io.docket.extract;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A costly, thread-safe object (Tika's parser registry, the language profiles) built on a daemon thread
 * from construction on, so that a short run (an import of a few new messages, a search) overlaps it with
 * opening the archive and listing the Maildir instead of waiting for it first. The first use waits.
 */
public final class Preloaded<T> implements Supplier<T> {
    private final FutureTask<T> task;

    public Preloaded(String name, Supplier<T> build) {
        task = new FutureTask<>(build::get);
        Thread thread = new Thread(task, "docket-preload-" + name);
        thread.setDaemon(true);
        // Tika and the language detector find their resources through the context class loader.
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    /** The object, once built; a failure to build is thrown here, to every caller. */
    @Override
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The object is needed to go on; keep the interrupt for the caller to see afterwards.
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
