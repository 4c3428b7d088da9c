package io.docket.harvest.imap;

import io.docket.config.AccountConfig;
import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.harvest.MessageSource;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Archives one IMAP account: every configured folder (by default every selectable one), each opened
 * read-only and harvested from its saved UID onwards. A dropped connection is re-opened with
 * exponential backoff and the folder resumes from its saved state; a refused login or TLS failure
 * stops at once with a clear message.
 *
 * <pre>{@code
 * List<HarvestReport> reports = new ImapHarvester(account, state, listener).harvest(sink);
 * }</pre>
 */
public final class ImapHarvester implements MessageSource {
    private final AccountConfig account;
    private final HarvestState state;
    private final HarvestListener listener;
    private final Backoff backoff;
    private ImapConnection connection;

    public ImapHarvester(AccountConfig account, HarvestState state, HarvestListener listener) {
        this.account = account;
        this.state = state;
        this.listener = listener == null ? HarvestListener.NONE : listener;
        this.backoff = new Backoff(account.reconnectBackoff(), AccountConfig.MAX_BACKOFF);
    }

    @Override
    public String name() {
        return "imap:" + account.name();
    }

    @Override
    public long estimatedCount() {
        return -1;
    }

    @Override
    public void emitTo(MessageSink sink) throws ImapHarvestException, InterruptedException {
        harvest(sink);
    }

    /** Harvests every folder once and returns one report per folder, in the order harvested. */
    public List<HarvestReport> harvest(MessageSink sink) throws ImapHarvestException, InterruptedException {
        FolderHarvest once = new FolderHarvest(account.name(), account.batchSize(), sink, state, listener);
        try {
            List<String> folders;
            try {
                folders = withReconnect(c -> folderNames(c, account));
            } catch (MessagingException e) {
                throw new ImapHarvestException("cannot list the folders of account " + account.name() + ": " + e.getMessage(), false, e);
            }
            List<HarvestReport> reports = new ArrayList<>();
            for (String name : folders) {
                FolderHarvest.Tally tally = new FolderHarvest.Tally();
                try {
                    reports.add(withReconnect(c -> {
                        IMAPFolder folder = c.openReadOnly(name);
                        try {
                            return once.run(folder, tally);
                        } finally {
                            closeQuietly(folder);
                        }
                    }));
                } catch (MessagingException e) {
                    // A folder that cannot be opened or read is counted; the others still get archived.
                    HarvestReport failed = HarvestReport.failed(account.name(), name, "cannot harvest folder: " + e.getMessage(),
                            (System.nanoTime() - tally.startedNanos) / 1e9);
                    listener.folderFinished(failed);
                    reports.add(failed);
                }
            }
            return reports;
        } finally {
            if (connection != null) connection.close();
            connection = null;
        }
    }

    /** The configured folders, or every folder that can hold messages, found by LIST "" "*" (RFC 3501 6.3.8). */
    static List<String> folderNames(ImapConnection c, AccountConfig account) throws MessagingException {
        if (!account.folders().isEmpty()) return account.folders();
        List<String> names = new ArrayList<>();
        for (Folder f : c.store().getDefaultFolder().list("*")) {
            // \Noselect folders (hierarchy placeholders) have no HOLDS_MESSAGES and cannot be examined.
            if ((f.getType() & Folder.HOLDS_MESSAGES) != 0) names.add(f.getFullName());
        }
        names.sort(null);
        return names;
    }

    interface Step<T> {
        T run(ImapConnection connection) throws MessagingException, InterruptedException;
    }

    /** Runs {@code step} on a live connection, reconnecting with backoff when the connection is lost. */
    private <T> T withReconnect(Step<T> step) throws ImapHarvestException, MessagingException, InterruptedException {
        int attempt = 0;
        while (true) {
            Exception lost;
            try {
                if (connection == null) connection = ImapConnection.open(account);
                return step.run(connection);
            } catch (ImapHarvestException e) {
                if (!e.retryable()) throw e;
                lost = e;
            } catch (MessagingException e) {
                if (!ImapConnection.isConnectionLoss(e)) throw e;
                lost = e;
            }
            if (connection != null) connection.close();
            connection = null;
            attempt++;
            if (attempt > account.reconnectAttempts()) {
                throw new ImapHarvestException("connection to " + account.host() + ":" + account.port() + " for account "
                        + account.name() + " lost; gave up after " + account.reconnectAttempts() + " reconnect attempts: "
                        + lost.getMessage(), true, null);
            }
            Duration wait = backoff.delay(attempt);
            listener.reconnecting(account.name(), attempt, wait, lost.getMessage());
            Thread.sleep(wait.toMillis());
        }
    }

    static void closeQuietly(Folder folder) {
        try {
            if (folder.isOpen()) folder.close(false);
        } catch (MessagingException | RuntimeException ignored) {
            // The folder was read-only; closing it cannot lose anything.
        }
    }
}
