package io.docket.harvest.imap;

import io.docket.config.AccountConfig;
import io.docket.config.Security;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/** One logged-in IMAP connection for one account, with failures turned into clear {@link ImapHarvestException}s. */
final class ImapConnection implements AutoCloseable {
    private final AccountConfig account;
    private final IMAPStore store;

    private ImapConnection(AccountConfig account, IMAPStore store) {
        this.account = account;
        this.store = store;
    }

    static ImapConnection open(AccountConfig account) throws ImapHarvestException {
        Session session = Session.getInstance(properties(account));
        IMAPStore store;
        try {
            store = (IMAPStore) session.getStore("imap");
        } catch (MessagingException e) {
            throw new IllegalStateException("Angus Mail's IMAP provider is missing from the classpath", e);
        }
        // Read here, at connect time, and handed straight to the store: never kept in a field.
        String password = account.password();
        try {
            store.connect(account.host(), account.port(), account.username(), password);
            return new ImapConnection(account, store);
        } catch (AuthenticationFailedException e) {
            throw new ImapHarvestException("login refused for account " + account.name() + " as " + account.username()
                    + reason(e.getMessage(), password), false, null);
        } catch (MessagingException e) {
            throw describe(account, e, password);
        }
    }

    static Properties properties(AccountConfig account) {
        Properties p = new Properties();
        p.setProperty("mail.imap.connectiontimeout", Long.toString(account.connectTimeout().toMillis()));
        p.setProperty("mail.imap.timeout", Long.toString(account.readTimeout().toMillis()));
        // Belt and braces: Docket only ever sends BODY.PEEK[] itself, but should anything go through
        // IMAPMessage it must not set \Seen either (RFC 3501 6.4.5).
        p.setProperty("mail.imap.peek", "true");
        if (account.security() == Security.SSL) {
            p.setProperty("mail.imap.ssl.enable", "true");
            p.setProperty("mail.imap.ssl.checkserveridentity", "true");
        } else if (account.security() == Security.STARTTLS) {
            // required: a server that does not offer STARTTLS must not get the password in clear (RFC 3501 6.2.1).
            p.setProperty("mail.imap.starttls.enable", "true");
            p.setProperty("mail.imap.starttls.required", "true");
            p.setProperty("mail.imap.ssl.checkserveridentity", "true");
        }
        return p;
    }

    IMAPStore store() {
        return store;
    }

    boolean hasIdle() throws MessagingException {
        return store.hasCapability("IDLE");
    }

    IMAPFolder openReadOnly(String folderName) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        // EXAMINE, not SELECT: the mailbox is opened read-only, so nothing Docket does can change it (RFC 3501 6.3.2).
        folder.open(Folder.READ_ONLY);
        return folder;
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (MessagingException | RuntimeException ignored) {
            // Closing a dead connection fails; there is nothing left to release.
        }
    }

    /** True when the failure is the connection going away, so reconnecting may help. */
    static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) return false;
            if (t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof ConnectionException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static ImapHarvestException describe(AccountConfig account, MessagingException e, String password) {
        String where = account.host() + ":" + account.port() + " for account " + account.name();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return new ImapHarvestException("TLS handshake with " + where + " failed (security: "
                        + account.security().yamlName() + "): " + scrub(t.getMessage(), password), false, null);
            }
        }
        String message = scrub(e.getMessage(), password);
        if (message.contains("STARTTLS")) {
            return new ImapHarvestException("server " + where + " does not offer STARTTLS (security: starttls); "
                    + "refusing to send the password in clear", false, null);
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String detail = root == e ? message : root.getClass().getSimpleName() + ": " + scrub(root.getMessage(), password);
        return new ImapHarvestException("cannot connect to " + where + ": " + detail, isConnectionLoss(e), null);
    }

    private static String reason(String serverText, String password) {
        String text = scrub(serverText, password);
        return text.isBlank() ? "" : " (server said: " + text + ")";
    }

    /** Servers do not echo passwords, but a message that reaches the user must not depend on that. */
    static String scrub(String text, String password) {
        if (text == null) return "";
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }
}
