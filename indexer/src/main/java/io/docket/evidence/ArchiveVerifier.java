package io.docket.evidence;

import io.docket.model.Sha256;
import io.docket.store.ArchiveStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proves the archive was not altered: every stored original re-hashes to its key, the custody log's
 * hash chain is unbroken, and every original has the custody entry that archived it (and vice versa);
 * and the log's index by message, which bundles read their entries through, matches the log.
 */
public final class ArchiveVerifier {
    private final ArchiveStore store;
    private final CustodyLog custody;

    public ArchiveVerifier(ArchiveStore store, CustodyLog custody) {
        this.store = store;
        this.custody = custody;
    }

    public record Report(long originalsChecked, long entriesChecked, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public Report verify() {
        List<String> problems = new ArrayList<>();
        Set<String> archivedByLog = new HashSet<>();
        long[] entries = {0};
        String[] previous = {CustodyEntry.GENESIS};
        long[] expectedSequence = {1};
        custody.forEach(entry -> {
            entries[0]++;
            if (entry.sequence() != expectedSequence[0]) {
                problems.add("custody log: entry " + expectedSequence[0] + " is missing (found " + entry.sequence() + " next)");
            }
            if (!entry.previousHash().equals(previous[0])) {
                problems.add("custody log: entry " + entry.sequence() + " does not follow the entry before it (chain broken)");
            }
            if (!entry.computeHash().equals(entry.hash())) {
                problems.add("custody log: entry " + entry.sequence() + " (" + entry.event() + " " + entry.messageId()
                        + ") was altered: its content no longer matches its hash");
            }
            if (!custody.indexes(entry)) {
                problems.add("custody index: entry " + entry.sequence() + " about message " + entry.messageId()
                        + " is missing from the index (a bundle of that message would leave it out)");
            }
            if (entry.event().equals("archived") || entry.event().equals("variant-archived")) archivedByLog.add(entry.messageSha256());
            previous[0] = entry.hash();
            expectedSequence[0] = entry.sequence() + 1;
        });

        custody.checkIndexKeys(problems::add);

        long[] originals = {0};
        Set<String> stored = new HashSet<>();
        store.scan(ArchiveStore.Family.ORIGINALS, new byte[0], (key, value) -> {
            originals[0]++;
            String keyHex = java.util.HexFormat.of().formatHex(key);
            stored.add(keyHex);
            String actual = Sha256.of(value).hex();
            if (!actual.equals(keyHex)) {
                String owner = store.ownerOf(new Sha256(keyHex)).orElse("?");
                problems.add("original " + keyHex + " (message " + owner + ") was altered: its bytes now hash to " + actual);
            }
            if (!archivedByLog.contains(keyHex)) {
                problems.add("original " + keyHex + " has no custody entry that archived it");
            }
        });
        for (String sha : archivedByLog) {
            if (!stored.contains(sha)) problems.add("original " + sha + " is in the custody log but missing from the store");
        }
        return new Report(originals[0], entries[0], problems);
    }
}
