package io.docket.harvest.imap;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.iap.Literal;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

/** A plain IMAP client that plays "the other mail client": creates folders, APPENDs exact bytes, reads flags. */
final class ImapTestClient implements AutoCloseable {
    private final IMAPStore store;

    ImapTestClient(String host, int port, String user, String password) throws MessagingException {
        Properties p = new Properties();
        p.setProperty("mail.imap.connectiontimeout", "5000");
        p.setProperty("mail.imap.timeout", "10000");
        store = (IMAPStore) Session.getInstance(p).getStore("imap");
        store.connect(host, port, user, password);
    }

    IMAPFolder create(String name) throws MessagingException {
        IMAPFolder f = (IMAPFolder) store.getFolder(name);
        if (!f.exists() && !f.create(Folder.HOLDS_MESSAGES)) throw new MessagingException("cannot create " + name);
        return f;
    }

    /** APPENDs each message as a raw literal, so the server gets exactly these bytes (RFC 3501 6.3.11). */
    void append(String folder, List<byte[]> messages) throws MessagingException {
        IMAPFolder f = create(folder);
        String fullName = f.getFullName();
        f.doCommand((IMAPProtocol p) -> {
            for (byte[] m : messages) p.append(fullName, null, null, literal(m));
            return null;
        });
    }

    void delete(String folder) throws MessagingException {
        store.getFolder(folder).delete(true);
    }

    /** The flags of every message in the folder, read through EXAMINE so reading changes nothing. */
    List<Flags> flags(String folder) throws MessagingException {
        Folder f = store.getFolder(folder);
        f.open(Folder.READ_ONLY);
        try {
            List<Flags> out = new ArrayList<>();
            for (Message m : f.getMessages()) out.add(m.getFlags());
            return out;
        } finally {
            f.close(false);
        }
    }

    private static Literal literal(byte[] bytes) {
        return new Literal() {
            @Override
            public int size() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream os) throws IOException {
                os.write(bytes);
            }
        };
    }

    @Override
    public void close() throws MessagingException {
        store.close();
    }
}
