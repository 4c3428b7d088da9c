package io.docket.harvest.imap;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.RFC822SIZE;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * The two IMAP commands a harvest needs, sent raw through {@link IMAPFolder#doCommand} so each is one
 * round trip for many messages, and so the bytes are the server's literal, not a message Jakarta
 * Mail parsed and wrote out again.
 */
final class RawFetcher {
    /** A message's UID and size (RFC822.SIZE), known before its bytes are fetched. */
    record Listed(long uid, long size) {}

    /** A fetched original. */
    record Fetched(long uid, byte[] bytes) {}

    private RawFetcher() {}

    /**
     * Every message with a UID above {@code afterUid}, in UID order. One {@code UID FETCH n:* (UID RFC822.SIZE)}:
     * sizes let the harvest cut batches by bytes as well as by count.
     */
    static List<Listed> listAfter(IMAPFolder folder, long afterUid) throws MessagingException {
        if (folder.getMessageCount() == 0) return List.of();
        Response[] responses = command(folder, "UID FETCH " + (afterUid + 1) + ":* (UID RFC822.SIZE)");
        List<Listed> out = new ArrayList<>();
        for (Response r : responses) {
            if (!(r instanceof FetchResponse fr)) continue;
            UID uid = fr.getItem(UID.class);
            RFC822SIZE size = fr.getItem(RFC822SIZE.class);
            // "n:*" always matches the last message even when its UID is below n (RFC 3501 6.4.8), so filter.
            if (uid != null && uid.uid > afterUid) out.add(new Listed(uid.uid, size == null ? 0 : size.size));
        }
        out.sort((a, b) -> Long.compare(a.uid, b.uid));
        return out;
    }

    /**
     * The exact bytes of the given messages in one {@code UID FETCH set (UID BODY.PEEK[])}. PEEK keeps
     * \Seen unset (RFC 3501 6.4.5). A UID expunged meanwhile is simply absent from the result.
     */
    static List<Fetched> fetch(IMAPFolder folder, long[] uids) throws MessagingException {
        long[] sorted = uids.clone();
        Arrays.sort(sorted);
        String set = UIDSet.toString(UIDSet.createUIDSets(sorted));
        Response[] responses = command(folder, "UID FETCH " + set + " (UID BODY.PEEK[])");
        List<Fetched> out = new ArrayList<>(uids.length);
        for (Response r : responses) {
            if (!(r instanceof FetchResponse fr)) continue;
            UID uid = fr.getItem(UID.class);
            BODY body = fr.getItem(BODY.class);
            if (uid == null || body == null) continue; // an unsolicited FETCH (flag change by another client)
            ByteArray literal = body.getByteArray();
            byte[] bytes = literal == null ? new byte[0]
                    : Arrays.copyOfRange(literal.getBytes(), literal.getStart(), literal.getStart() + literal.getCount());
            out.add(new Fetched(uid.uid, bytes));
        }
        return out;
    }

    /**
     * Runs one command on the folder's connection. Untagged responses other than FETCH (EXISTS,
     * EXPUNGE, BYE) go to the folder's own handlers so its view of the mailbox stays right.
     */
    private static Response[] command(IMAPFolder folder, String command) throws MessagingException {
        return (Response[]) folder.doCommand((IMAPProtocol p) -> {
            Response[] r = p.command(command, null);
            List<Response> others = new ArrayList<>();
            for (int i = 0; i < r.length - 1; i++) {
                if (!(r[i] instanceof FetchResponse)) others.add(r[i]);
            }
            p.notifyResponseHandlers(others.toArray(new Response[0]));
            p.handleResult(r[r.length - 1]);
            return r;
        });
    }
}
