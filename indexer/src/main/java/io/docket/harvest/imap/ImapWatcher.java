package io.docket.harvest.imap;

import io.docket.config.AccountConfig;
import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

/**
 * Keeps an account archived as mail arrives. One thread and one connection per folder, because IDLE
 * watches only the selected mailbox (RFC 2177). Each wake-up runs the same path as a harvest: UIDs
 * above the saved one, delivered, flushed, then saved. Servers without IDLE (or accounts with
 * {@code idle: false}) are polled every {@code pollInterval}.
 *
 * <pre>{@code
 * try (ImapWatcher watcher = new ImapWatcher(account, sink, state, listener)) {
 *     watcher.start();   // catches up, then watches until close()
 *     ...
 * }
 * }</pre>
 */
public final class ImapWatcher implements AutoCloseable {
    private final AccountConfig account;
    private final MessageSink sink;
    private final HarvestState state;
    private final HarvestListener listener;
    private final Backoff backoff;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final ScheduledExecutorService idleBreaker;
    private final List<FolderWatch> watches = new ArrayList<>();
    private volatile boolean closed;

    public ImapWatcher(AccountConfig account, MessageSink sink, HarvestState state, HarvestListener listener) {
        this.account = account;
        this.sink = sink;
        this.state = state;
        this.listener = listener == null ? HarvestListener.NONE : listener;
        this.backoff = new Backoff(account.reconnectBackoff(), AccountConfig.MAX_BACKOFF);
        this.idleBreaker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docket-idle-breaker-" + account.name());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Lists the folders (failing fast on a refused login or TLS error) and starts watching each.
     * Returns at once; every folder first catches up on its own thread.
     */
    public synchronized void start() throws ImapHarvestException {
        if (closed || !watches.isEmpty()) throw new IllegalStateException("a watcher starts once");
        List<String> folders;
        try (ImapConnection c = ImapConnection.open(account)) {
            folders = ImapHarvester.folderNames(c, account);
        } catch (MessagingException e) {
            throw new ImapHarvestException("cannot list the folders of account " + account.name() + ": " + e.getMessage(),
                    ImapConnection.isConnectionLoss(e), e);
        }
        for (String folder : folders) {
            FolderWatch w = new FolderWatch(folder);
            watches.add(w);
            Thread t = new Thread(w, "docket-watch-" + account.name() + "-" + folder);
            t.setDaemon(true);
            w.thread = t;
            t.start();
        }
    }

    /** The folders being watched, and whether each currently uses IDLE (false: polling or not yet connected). */
    public synchronized List<String> folders() {
        return watches.stream().map(w -> w.folder).toList();
    }

    public boolean usesIdle(String folder) {
        return watches.stream().anyMatch(w -> w.folder.equals(folder) && w.idle);
    }

    /** Stops every folder's loop, ending IDLE with DONE, and waits (bounded) for the threads to finish. */
    @Override
    public void close() {
        closed = true;
        stop.countDown();
        List<FolderWatch> all;
        synchronized (this) {
            all = List.copyOf(watches);
        }
        for (FolderWatch w : all) w.breakIdle();
        long deadline = System.nanoTime() + account.readTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5);
        for (FolderWatch w : all) {
            try {
                w.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (w.thread.isAlive()) w.forceClose();
        }
        idleBreaker.shutdownNow();
    }

    private final class FolderWatch implements Runnable {
        final String folder;
        Thread thread;
        volatile boolean idle;
        private volatile ImapConnection connection;
        private volatile IMAPFolder open;

        FolderWatch(String folder) {
            this.folder = folder;
        }

        @Override
        public void run() {
            FolderHarvest harvest = new FolderHarvest(account.name(), account.batchSize(), sink, state, listener);
            int failures = 0;
            while (!closed) {
                Exception lost;
                try {
                    connection = ImapConnection.open(account);
                    open = connection.openReadOnly(folder);
                    idle = account.idle() && connection.hasIdle();
                    failures = 0;
                    while (!closed) {
                        harvest.run(open);
                        if (closed) break;
                        if (idle) {
                            idleOnce(open);
                        } else if (stop.await(account.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                            break;
                        }
                    }
                    return;
                } catch (ImapHarvestException e) {
                    if (!e.retryable()) {
                        failed(e);
                        return;
                    }
                    lost = e;
                } catch (MessagingException e) {
                    if (closed) return;
                    if (!ImapConnection.isConnectionLoss(e)) {
                        failed(e);
                        return;
                    }
                    lost = e;
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // The sink or the state failed: the archive cannot take mail, so stop loudly.
                    failed(e);
                    return;
                } finally {
                    idle = false;
                    forceClose();
                }
                failures++;
                if (failures > account.reconnectAttempts()) {
                    failed(new ImapHarvestException("connection to " + account.host() + ":" + account.port() + " for account "
                            + account.name() + " lost; gave up after " + account.reconnectAttempts() + " reconnect attempts: "
                            + lost.getMessage(), true, null));
                    return;
                }
                Duration wait = backoff.delay(failures);
                listener.reconnecting(account.name(), failures, wait, lost.getMessage());
                try {
                    if (stop.await(wait.toMillis(), TimeUnit.MILLISECONDS)) return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /**
         * One IDLE, ended by the server's first notification or, at the latest, after idleTimeout:
         * RFC 2177 asks clients to re-issue IDLE well before the 30-minute inactivity logout.
         */
        private void idleOnce(IMAPFolder f) throws MessagingException {
            ScheduledFuture<?> breaker = idleBreaker.schedule(this::breakIdle, account.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                f.idle(true);
            } finally {
                breaker.cancel(false);
            }
        }

        /** Any command on the folder from another thread makes Jakarta Mail end IDLE with DONE first. */
        void breakIdle() {
            IMAPFolder f = open;
            if (f == null) return;
            try {
                f.doCommand((IMAPProtocol p) -> {
                    p.simpleCommand("NOOP", null);
                    return null;
                });
            } catch (MessagingException | RuntimeException ignored) {
                // The watch loop sees the same failure and reconnects or stops.
            }
        }

        void failed(Exception e) {
            if (!closed) listener.watchFailed(account.name(), folder, e);
        }

        void forceClose() {
            IMAPFolder f = open;
            open = null;
            if (f != null) ImapHarvester.closeQuietly(f);
            ImapConnection c = connection;
            connection = null;
            if (c != null) c.close();
        }
    }
}
