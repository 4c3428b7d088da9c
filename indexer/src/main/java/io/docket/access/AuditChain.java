package io.docket.access;

import io.docket.access.AuditLog.Verification;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks the audit log's hash chain across its files, and remembers how far it was found intact, so the
 * next check starts there: a page of the log then re-hashes only what was appended since (re-hashing
 * 374,229 entries took 1.3-2.0 s a page). Before starting there it reads that last checked entry again,
 * so a cut or replaced file is found at once; an edit further back is found by the next whole check.
 */
final class AuditChain {
    /** The first {@code offset} bytes of the file with {@code fileKey}, and every file before it, hold {@code entries} intact entries ending in {@code head}. */
    private record CheckedPrefix(Object fileKey, long offset, long entries, String head, Instant wholeLogCheckedAt) {}

    private CheckedPrefix checked;   // only ever an intact prefix

    synchronized Verification check(AuditFiles.Snapshot files, boolean whole) throws IOException {
        List<FileChannel> chain = files.channels();
        int first = 0;
        long offset = 0;
        Walk walk = new Walk(0, AuditEntry.GENESIS);
        Instant wholeLogCheckedAt = Instant.now();
        if (!whole && checked != null) {
            // The prefix's file may have been sealed since (renamed, same identity): the walk goes on in it.
            int at = files.keys().indexOf(checked.fileKey());
            if (at >= 0 && stillEndsWith(chain.get(at), checked)) {
                first = at;
                offset = checked.offset();
                walk = new Walk(checked.entries(), checked.head());
                wholeLogCheckedAt = checked.wholeLogCheckedAt();
            }
        }
        Object lastKey = null;
        long lastEnd = 0;
        for (int i = first; i < chain.size(); i++) {
            lastEnd = AuditLines.forward(chain.get(i), i == first ? offset : 0, walk::step);
            lastKey = files.keys().get(i);
            if (walk.broken != null) {
                checked = null;
                return new Verification(walk.entries, false, walk.firstBad, files.paths().get(i).getFileName() + ": " + walk.broken,
                        wholeLogCheckedAt);
            }
        }
        checked = lastKey == null ? null : new CheckedPrefix(lastKey, lastEnd, walk.entries, walk.head, wholeLogCheckedAt);
        return new Verification(walk.entries, true, 0, "", walk.entries == 0 ? null : wholeLogCheckedAt);
    }

    /** The line ending at the prefix's end is still the entry it ended with: the file was not cut or replaced. */
    private static boolean stillEndsWith(FileChannel channel, CheckedPrefix prefix) throws IOException {
        if (prefix.offset() == 0) return true;
        if (channel.size() < prefix.offset()) return false;
        Optional<AuditEntry> last = AuditFiles.entryEndingAt(channel, prefix.offset());
        return last.isPresent() && last.get().sequence() == prefix.entries() && last.get().hash().equals(prefix.head())
                && last.get().hash().equals(last.get().computeHash());
    }

    /** Follows the chain line by line, stopping at the first entry that does not belong. */
    private static final class Walk {
        long entries;
        String head;
        String broken;
        long firstBad;

        Walk(long entries, String head) {
            this.entries = entries;
            this.head = head;
        }

        boolean step(byte[] bytes, int start, int length, long end) {
            long expected = entries + 1;
            AuditEntry e;
            try {
                e = AuditFiles.JSON.readValue(bytes, start, length, AuditEntry.class);
            } catch (IOException bad) {
                return fail(expected, "the line after entry " + entries + " is not an audit entry");
            }
            if (e.sequence() != expected) return fail(e.sequence(), "expected entry " + expected + ", found " + e.sequence());
            if (!e.previousHash().equals(head)) return fail(e.sequence(), "entry " + e.sequence() + " does not follow the entry before it");
            if (!e.hash().equals(e.computeHash())) return fail(e.sequence(), "entry " + e.sequence() + " was changed after it was written");
            head = e.hash();
            entries++;
            return true;
        }

        private boolean fail(long sequence, String problem) {
            firstBad = sequence;
            broken = problem;
            return false;
        }
    }
}
