package io.docket.cli;

import io.docket.api.DocketServer;
import io.docket.api.ServerSettings;
import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.imap.ImapWatcher;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the HTTP server over an open archive until Ctrl-C, shared by `serve` and `demo`. While it runs,
 * mail the watchers archive becomes searchable within a second (index refresh) and durable within
 * half a minute (index commit); shutdown closes watchers first so nothing is half-written.
 */
final class Serving {
    private static final Logger LOG = LoggerFactory.getLogger(Serving.class);
    private static final long REFRESH_MILLIS = 1_000;
    private static final long COMMIT_SECONDS = 30;

    private Serving() {}

    /** @param started called with the chosen port once the server listens (port 0 picks a free one) */
    static void serveUntilStopped(EmbeddedArchive archive, String host, int port, List<ImapWatcher> watchers, IntConsumer started)
            throws Exception {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "docket-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docket-index-upkeep");
            t.setDaemon(true);
            return t;
        });
        try (DocketServer server = DocketServer.start(archive, ServerSettings.of(host, port), () -> Folders.of(archive))) {
            upkeep.scheduleWithFixedDelay(() -> guarded("refresh", archive::refresh), REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
            upkeep.scheduleWithFixedDelay(() -> guarded("commit", () -> {
                try {
                    archive.commit();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
            started.accept(server.port());
            stopRequested.await();
        } finally {
            watchers.forEach(ImapWatcher::close);
            upkeep.shutdownNow();
            upkeep.awaitTermination(10, TimeUnit.SECONDS);
            archive.close();
            closed.countDown();
        }
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("index {} failed: {}", what, e.getMessage());
        }
    }
}
