package io.docket.cli;

import io.docket.access.AuditEvent;
import io.docket.access.AuditLog;
import io.docket.api.DocketServer;
import io.docket.api.ServerAccess;
import io.docket.api.ServerSettings;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.Durations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server over an open archive, shared by `serve` and `demo`. While it runs, mail the watchers
 * (IMAP accounts, Maildirs) archive becomes searchable within a second (index refresh; a Maildir
 * watcher refreshes at once after each burst) and durable within half a minute (index commit);
 * closing stops the watchers first so nothing is half-written, then the server and archive. Evidence
 * bundles made through the API are removed once older than the settings keep them, at start and hourly,
 * each removal recorded in the audit log.
 */
final class Serving implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Serving.class);
    private static final long REFRESH_MILLIS = 1_000;
    private static final long COMMIT_SECONDS = 30;
    private static final long EXPIRE_EXPORTS_MINUTES = 60;

    private final EmbeddedArchive archive;
    private final List<? extends AutoCloseable> watchers;
    private final DocketServer server;
    private final ScheduledExecutorService upkeep;

    private Serving(EmbeddedArchive archive, List<? extends AutoCloseable> watchers, DocketServer server, ScheduledExecutorService upkeep) {
        this.archive = archive;
        this.watchers = watchers;
        this.server = server;
        this.upkeep = upkeep;
    }

    /** Takes ownership of the archive and the watchers: closing the result closes them. */
    static Serving start(EmbeddedArchive archive, ServerSettings settings, List<? extends AutoCloseable> watchers) {
        ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docket-index-upkeep");
            t.setDaemon(true);
            return t;
        });
        DocketServer server;
        ServerAccess access = ServerAccess.of(archive.dataDir());
        try {
            server = DocketServer.start(archive, settings, access, () -> Folders.of(archive));
        } catch (RuntimeException e) {
            upkeep.shutdownNow();
            closeAll(watchers);
            archive.close();
            throw e;
        }
        upkeep.scheduleWithFixedDelay(() -> guarded("index refresh", archive::refresh), REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        upkeep.scheduleWithFixedDelay(() -> guarded("index commit", () -> {
            try {
                archive.commit();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
        // The first read of the audit log checks its whole chain (about 1 s per 300,000 entries): done now, beside the
        // upkeep (which must not wait for it), rather than on an admin's first page.
        Thread.ofVirtual().name("docket-audit-check").start(() -> guarded("audit chain check", () -> access.audit().read(null)));
        Thread.ofVirtual().name("docket-search-warm").start(() -> guarded("search warm-up", archive::keepSearchesWarm));
        upkeep.scheduleWithFixedDelay(() -> guarded("export expiry", () -> expireExports(archive, access.audit(), settings.exportsKeep())),
                0, EXPIRE_EXPORTS_MINUTES, TimeUnit.MINUTES);
        return new Serving(archive, watchers, server, upkeep);
    }

    private static void expireExports(EmbeddedArchive archive, AuditLog audit, Duration keep) {
        for (String id : archive.expireExports(keep)) {
            audit.recordDurably(new AuditEvent("docket:server", "system", "local", "export-expired", id + " (kept " + Durations.format(keep) + ")", "ok"));
        }
    }

    int port() {
        return server.port();
    }

    /** Runs until Ctrl-C (or SIGTERM), then closes everything before the JVM exits. */
    static void serveUntilStopped(EmbeddedArchive archive, ServerSettings settings, List<? extends AutoCloseable> watchers, IntConsumer started)
            throws InterruptedException {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "docket-shutdown"));
        try (Serving serving = start(archive, settings, watchers)) {
            started.accept(serving.port());
            stopRequested.await();
        } finally {
            closed.countDown();
        }
    }

    @Override
    public void close() {
        closeAll(watchers);
        upkeep.shutdownNow();
        try {
            upkeep.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        archive.close();
    }

    /** Each watcher is closed even when another fails to. */
    static void closeAll(List<? extends AutoCloseable> watchers) {
        for (AutoCloseable w : watchers) {
            try {
                w.close();
            } catch (Exception e) {
                LOG.warn("stopping a watcher failed: {}", e.getMessage());
            }
        }
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.getMessage());
        }
    }
}
