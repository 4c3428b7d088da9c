package io.docket.harvest.imap;

import io.docket.harvest.HarvestState;
import io.docket.harvest.HarvestState.FolderState;
import io.docket.harvest.MessageSink;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Harvests one open folder once: what is new since the saved state, batch by batch, each batch
 * delivered, flushed, and only then recorded. Shared by {@link ImapHarvester} and {@link ImapWatcher}.
 */
final class FolderHarvest {
    /**
     * Upper bound on the bytes of one batch, so a folder of large attachments cannot exhaust memory;
     * a single message larger than this is fetched alone.
     */
    static final long MAX_BATCH_BYTES = 64L << 20;

    private final String account;
    private final int batchSize;
    private final MessageSink sink;
    private final HarvestState state;
    private final HarvestListener listener;

    FolderHarvest(String account, int batchSize, MessageSink sink, HarvestState state, HarvestListener listener) {
        this.account = account;
        this.batchSize = batchSize;
        this.sink = sink;
        this.state = state;
        this.listener = listener;
    }

    /**
     * Counts of one folder's harvest, kept outside {@link #run} so work done before a dropped
     * connection still shows in the report after the reconnect.
     */
    static final class Tally {
        final long startedNanos = System.nanoTime();
        long fetched, delivered, skipped, bytes, errors;
        final List<String> problems = new ArrayList<>();
    }

    HarvestReport run(IMAPFolder folder) throws MessagingException, InterruptedException {
        return run(folder, new Tally());
    }

    HarvestReport run(IMAPFolder folder, Tally t) throws MessagingException, InterruptedException {
        long started = System.nanoTime();
        String name = folder.getFullName(); // decoded from modified UTF-7 (RFC 3501 5.1.3) by Jakarta Mail
        long uidValidity = folder.getUIDValidity();
        Optional<FolderState> saved = state.folder(account, name);
        // A new UIDVALIDITY means every UID in the folder may now name a different message
        // (RFC 3501 2.3.1.1): list it all again and let the archive's content check decide.
        boolean relist = saved.isPresent() && saved.get().uidValidity() != uidValidity;
        boolean resume = saved.isPresent() && !relist;
        long afterUid = resume ? saved.get().highestUid() : 0;
        long messages = resume ? saved.get().messages() : 0;

        List<RawFetcher.Listed> listed = RawFetcher.listAfter(folder, afterUid);
        listener.folderStarted(account, name, listed.size());
        long fetched = 0;
        long highest = afterUid;
        int next = 0;
        while (next < listed.size()) {
            int end = batchEnd(listed, next);
            long[] uids = new long[end - next];
            for (int i = next; i < end; i++) uids[i - next] = listed.get(i).uid();
            for (RawFetcher.Fetched f : RawFetcher.fetch(folder, uids)) {
                fetched++;
                t.fetched++;
                t.bytes += f.bytes().length;
                if (f.bytes().length == 0) {
                    t.errors++;
                    t.problems.add("UID " + f.uid() + ": server returned an empty message");
                    continue;
                }
                RawMessage raw = new RawMessage(f.bytes(), new Place(Place.IMAP, account, name, uidValidity + ":" + f.uid()));
                if (relist && state.holdsOriginal(raw.sha256())) {
                    t.skipped++;
                } else {
                    sink.accept(raw);
                    t.delivered++;
                }
            }
            // Durability first, progress second: a crash between the two re-delivers this batch,
            // which the pipeline dedups by content; the other order could lose it.
            sink.flush();
            highest = uids[uids.length - 1];
            messages += uids.length;
            state.saveFolder(account, name, new FolderState(uidValidity, highest, messages, System.currentTimeMillis()));
            listener.progress(new HarvestProgress(account, name, end, listed.size(), t.bytes, rate(fetched, started)));
            next = end;
        }
        if (listed.isEmpty() && !resume) {
            // Record the (new) UIDVALIDITY of an empty folder, so a later change is noticed.
            state.saveFolder(account, name, new FolderState(uidValidity, 0, 0, System.currentTimeMillis()));
        }
        HarvestReport report = new HarvestReport(account, name, uidValidity, highest, t.fetched, t.delivered, t.skipped,
                t.bytes, t.errors, t.problems, seconds(t.startedNanos));
        listener.folderFinished(report);
        return report;
    }

    private int batchEnd(List<RawFetcher.Listed> listed, int from) {
        int end = from;
        long batchBytes = 0;
        while (end < listed.size() && end - from < batchSize) {
            long size = listed.get(end).size();
            if (end > from && batchBytes + size > MAX_BATCH_BYTES) break;
            batchBytes += size;
            end++;
        }
        return end;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double rate(long count, long startedNanos) {
        double s = seconds(startedNanos);
        return s <= 0 ? 0 : count / s;
    }
}
