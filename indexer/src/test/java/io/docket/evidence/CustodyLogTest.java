package io.docket.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.store.ArchiveStore;
import io.docket.store.StoreCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustodyLogTest {
    @TempDir
    Path dir;

    /** Ids where one is the start of another, entries about no message, single entries and batches. */
    private static void writeSomeHistory(CustodyLog log) {
        log.record("docket:import", "archived", "DKT-1", "aa", "");
        log.record("docket:import", "archived", "DKT-10", "bb", "");
        log.record("docket:admin", "token-created", "", "", "no message");
        log.recordEach("docket:api legal", "exported", List.of(
                new CustodyLog.Subject("DKT-10", "bb", "bundle 1"), new CustodyLog.Subject("DKT-2", "cc", "bundle 1")));
        log.record("docket:import", "variant-archived", "DKT-1", "dd", "");
        log.record("docket:reindex", "reindexed", "DKT-2", "cc", "");
    }

    private static List<CustodyEntry> scanned(CustodyLog log, Set<String> ids) {
        List<CustodyEntry> out = new ArrayList<>();
        log.forEach(e -> {
            if (ids.contains(e.messageId())) out.add(e);
        });
        return out;
    }

    @Test
    void aMessagesEntriesAreTheOnesAWholeLogScanFindsInLogOrder() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = new CustodyLog(store);
            writeSomeHistory(log);
            for (Set<String> ids : List.of(Set.of("DKT-1"), Set.of("DKT-10"), Set.of("DKT-2", "DKT-1"), Set.of("DKT-3"), Set.of("DKT-1", "DKT-10", "DKT-2"))) {
                assertEquals(scanned(log, ids), log.entriesFor(ids), ids.toString());
            }
            assertEquals(List.of(1L, 6L), log.entriesFor(Set.of("DKT-1")).stream().map(CustodyEntry::sequence).toList(), "DKT-10's entries are not DKT-1's");
            assertEquals(log.headSequence(), store.counter(CustodyLog.INDEXED_THROUGH));
        }
    }

    @Test
    void aLogWrittenBeforeTheIndexIsIndexedOnTheFirstRead() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            writeSomeHistory(new CustodyLog(store));
            // As an archive from before the index: no index keys, no mark.
            try (ArchiveStore.Batch batch = store.batch()) {
                store.scan(ArchiveStore.Family.CUSTODY_BY_MESSAGE, new byte[0], (k, v) -> batch.delete(ArchiveStore.Family.CUSTODY_BY_MESSAGE, k));
                batch.delete(ArchiveStore.Family.META, ArchiveStore.utf8(CustodyLog.INDEXED_THROUGH)).commit();
            }
        }
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = new CustodyLog(store);
            log.record("docket:import", "archived", "DKT-3", "ee", "");   // indexed in its batch, the mark stays behind
            assertEquals(0, store.counter(CustodyLog.INDEXED_THROUGH));
            Set<String> all = Set.of("DKT-1", "DKT-10", "DKT-2", "DKT-3");
            assertEquals(scanned(log, all), log.entriesFor(all));
            assertEquals(7, log.entriesFor(all).size());
            assertEquals(log.headSequence(), store.counter(CustodyLog.INDEXED_THROUGH));
            log.record("docket:import", "archived", "DKT-4", "ff", "");
            assertEquals(log.headSequence(), store.counter(CustodyLog.INDEXED_THROUGH), "appends move the mark again");
        }
    }

    @Test
    void archivingGoesOnWhileAnOldLogIsIndexedAndNothingIsLeftOut() throws Exception {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog before = new CustodyLog(store);
            for (int i = 0; i < 30_000; i++) before.record("docket:import", "archived", "DKT-" + (i % 50), "s" + i, "");
            try (ArchiveStore.Batch batch = store.batch()) {
                store.scan(ArchiveStore.Family.CUSTODY_BY_MESSAGE, new byte[0], (k, v) -> batch.delete(ArchiveStore.Family.CUSTODY_BY_MESSAGE, k));
                batch.delete(ArchiveStore.Family.META, ArchiveStore.utf8(CustodyLog.INDEXED_THROUGH)).commit();
            }
        }
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = new CustodyLog(store);
            Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < 50; i++) ids.add("DKT-" + i);
            Thread archiving = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 500; i++) log.record("docket:watch", "archived", "DKT-" + (i % 50), "t" + i, "");
            });
            List<CustodyEntry> duringCatchUp = log.entriesFor(ids);   // indexes the old log while the thread archives
            archiving.join(60_000);
            assertTrue(duringCatchUp.size() >= 30_000, "at least the old log: " + duringCatchUp.size());
            assertEquals(scanned(log, ids), log.entriesFor(ids));
            assertEquals(30_500, log.entriesFor(ids).size());
            assertEquals(log.headSequence(), store.counter(CustodyLog.INDEXED_THROUGH));
        }
    }

    @Test
    void entriesAppendedByABuildWithoutTheIndexAreFoundAfterTheNextOpen() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            writeSomeHistory(new CustodyLog(store));
            // Another build appends to the chain without indexing or moving the mark.
            CustodyLog current = new CustodyLog(store);
            CustodyEntry extra = CustodyEntry.next(current.headSequence() + 1, "2026-12-06T10:00:00Z", "docket:old", "seen",
                    "DKT-2", "cc", "", current.head());
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.put(ArchiveStore.Family.CUSTODY, CustodyLog.key(extra.sequence()), StoreCodec.encode(extra)).commit();
            }
        }
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = new CustodyLog(store);
            List<CustodyEntry> entries = log.entriesFor(Set.of("DKT-2"));
            assertEquals(scanned(log, Set.of("DKT-2")), entries);
            assertTrue(entries.stream().anyMatch(e -> e.actor().equals("docket:old")), entries.toString());
        }
    }
}
