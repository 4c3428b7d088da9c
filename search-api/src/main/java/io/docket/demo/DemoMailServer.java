package io.docket.demo;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * An embedded IMAP server (GreenMail) on loopback, seeded with a mailbox, so the demo and the tests
 * harvest through real IMAP without any installed mail server.
 */
public final class DemoMailServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final int port;
    private final String user;
    private final String password;

    private DemoMailServer(GreenMail greenMail, int port, String user, String password) {
        this.greenMail = greenMail;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Starts the server and appends every folder's messages in order (INBOX is the user's inbox). */
    public static DemoMailServer start(String user, String password, Map<String, List<byte[]>> folders) throws Exception {
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_IMAP));
        greenMail.start();
        try {
            greenMail.setUser(user, user, password);
            DemoMailServer server = new DemoMailServer(greenMail, port, user, password);
            for (Map.Entry<String, List<byte[]>> folder : folders.entrySet()) {
                for (byte[] bytes : folder.getValue()) server.deliver(folder.getKey(), bytes);
            }
            return server;
        } catch (Exception e) {
            greenMail.stop();
            throw e;
        }
    }

    /** Appends one message to a folder (created when missing), as new mail arriving while Docket watches. */
    public synchronized void deliver(String folder, byte[] rfc822) throws Exception {
        GreenMailUser account = greenMail.getUserManager().getUser(user);
        var mailboxes = greenMail.getManagers().getImapHostManager();
        MailFolder target;
        if (folder.equalsIgnoreCase("INBOX")) {
            target = mailboxes.getInbox(account);
        } else {
            MailFolder existing = mailboxes.getFolder(account, folder);
            target = existing != null ? existing : mailboxes.createMailbox(account, folder);
        }
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(rfc822));
        target.appendMessage(message, new Flags(), message.getSentDate() == null ? new Date(0) : message.getSentDate());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
