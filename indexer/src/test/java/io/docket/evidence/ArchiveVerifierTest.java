package io.docket.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.Sha256;
import io.docket.store.ArchiveStore;
import io.docket.store.StoreCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveVerifierTest {
    @TempDir
    Path dir;

    private static final List<String> MESSAGES = List.of(
            "Subject: one\r\n\r\nfirst\r\n", "Subject: two\r\n\r\nsecond\r\n", "Subject: three\r\n\r\nthird\r\n");

    @Test
    void anUntouchedArchiveIsIntact() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            ArchiveVerifier.Report report = new ArchiveVerifier(store, log).verify();
            assertEquals(List.of(), report.problems());
            assertEquals(3, report.originalsChecked());
            assertEquals(3, report.entriesChecked());
        }
    }

    @Test
    void oneChangedByteInAnOriginalIsFoundAndNamed() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            Sha256 victim = Sha256.of(bytes(MESSAGES.get(1)));
            byte[] altered = bytes(MESSAGES.get(1));
            altered[altered.length - 3] ^= 1;
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.put(ArchiveStore.Family.ORIGINALS, victim.bytes(), altered).commit();
            }
            List<String> problems = new ArchiveVerifier(store, log).verify().problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.getFirst().startsWith("original " + victim.hex() + " (message m2) was altered"), problems.getFirst());
        }
    }

    @Test
    void anEditedCustodyEntryBreaksTheChainAtThatEntry() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            byte[] key = ByteBuffer.allocate(8).putLong(2).array();
            CustodyEntry original = StoreCodec.decode(storeGet(store, key), CustodyEntry.class);
            CustodyEntry edited = new CustodyEntry(original.sequence(), original.time(), "someone-else", original.event(),
                    original.messageId(), original.messageSha256(), original.detail(), original.previousHash(), original.hash());
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.put(ArchiveStore.Family.CUSTODY, key, StoreCodec.encode(edited)).commit();
            }
            List<String> problems = new ArchiveVerifier(store, log).verify().problems();
            assertEquals(List.of("custody log: entry 2 (archived m2) was altered: its content no longer matches its hash"), problems);
        }
    }

    @Test
    void aCustodyIndexThatNoLongerMatchesTheLogIsNamed() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            assertTrue(new ArchiveVerifier(store, log).verify().intact());
            byte[] indexKeyOfEntry2 = indexKey("m2", 2);
            byte[] falseKey = indexKey("m1", 2);
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.delete(ArchiveStore.Family.CUSTODY_BY_MESSAGE, indexKeyOfEntry2)
                        .put(ArchiveStore.Family.CUSTODY_BY_MESSAGE, falseKey, new byte[0]).commit();
            }
            List<String> problems = new ArchiveVerifier(store, log).verify().problems();
            assertEquals(List.of("custody index: entry 2 about message m2 is missing from the index (a bundle of that message would leave it out)",
                    "custody index: entry 2 is listed for message m1 but is about m2"), problems);
        }
    }

    /** The custody index's key: the message id, a zero byte, the entry's sequence. */
    private static byte[] indexKey(String id, long sequence) {
        byte[] name = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return ByteBuffer.allocate(name.length + 1 + 8).put(name).put((byte) 0).putLong(sequence).array();
    }

    @Test
    void aRemovedCustodyEntryIsNamed() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.delete(ArchiveStore.Family.CUSTODY, ByteBuffer.allocate(8).putLong(2).array()).commit();
            }
            List<String> problems = new ArchiveVerifier(store, log).verify().problems();
            assertTrue(problems.contains("custody log: entry 2 is missing (found 3 next)"), problems.toString());
            assertTrue(problems.contains("custody log: entry 3 does not follow the entry before it (chain broken)"), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.endsWith("has no custody entry that archived it")), problems.toString());
        }
    }

    @Test
    void theChainContinuesAcrossReopening() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            archiveAll(store);
        }
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = new CustodyLog(store);
            CustodyEntry next = log.record("test", "exported", "", "", "bundle");
            assertEquals(4, next.sequence());
            assertTrue(new ArchiveVerifier(store, log).verify().intact());
        }
    }

    @Test
    void bundleExportsExtendTheChainAtomicallyAndTheArchiveStillVerifies() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            List<CustodyEntry> exported = log.recordEach("docket:cli alice", "bundle-exported", List.of(
                    new CustodyLog.Subject("m1", Sha256.of(bytes(MESSAGES.get(0))).hex(), "bundle b1 as DKT-000001"),
                    new CustodyLog.Subject("m3", Sha256.of(bytes(MESSAGES.get(2))).hex(), "bundle b1 as DKT-000002")));
            assertEquals(List.of(4L, 5L), exported.stream().map(CustodyEntry::sequence).toList());
            assertEquals(exported.get(0).hash(), exported.get(1).previousHash());
            assertEquals(5, log.headSequence());
            ArchiveVerifier.Report report = new ArchiveVerifier(store, log).verify();
            assertEquals(List.of(), report.problems());
            assertEquals(5, report.entriesChecked());
            assertEquals(List.of("archived", "bundle-exported"),
                    log.entriesFor(java.util.Set.of("m3")).stream().map(CustodyEntry::event).toList());
        }
    }

    @Test
    void aDeletedOriginalIsNamed() {
        try (ArchiveStore store = ArchiveStore.open(dir)) {
            CustodyLog log = archiveAll(store);
            Sha256 victim = Sha256.of(bytes(MESSAGES.get(2)));
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.delete(ArchiveStore.Family.ORIGINALS, victim.bytes()).commit();
            }
            assertEquals(List.of("original " + victim.hex() + " is in the custody log but missing from the store"),
                    new ArchiveVerifier(store, log).verify().problems());
        }
    }

    private static CustodyLog archiveAll(ArchiveStore store) {
        CustodyLog log = new CustodyLog(store);
        for (int i = 0; i < MESSAGES.size(); i++) {
            byte[] raw = bytes(MESSAGES.get(i));
            Sha256 sha = Sha256.of(raw);
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.put(ArchiveStore.Family.ORIGINALS, sha.bytes(), raw);
                batch.put(ArchiveStore.Family.ORIGINAL_OWNERS, sha.bytes(), ArchiveStore.utf8("m" + (i + 1)));
                log.append(batch, "test", "archived", "m" + (i + 1), sha.hex(), "file");
                batch.commit();
            }
        }
        return log;
    }

    private static byte[] storeGet(ArchiveStore store, byte[] key) {
        byte[][] found = new byte[1][];
        store.scan(ArchiveStore.Family.CUSTODY, key, (k, v) -> {
            if (found[0] == null) found[0] = v;
        });
        return found[0];
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
