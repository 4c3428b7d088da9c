package io.docket.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path data;

    private static AuditEvent event(String actor, String action, String target) {
        return new AuditEvent(actor, "legal", "127.0.0.1", action, target, "200");
    }

    @Test
    void entriesChainAndVerify() {
        AuditLog log = new AuditLog(data);
        AuditEntry first = log.record(event("lena", "search", "q=HD-2024-0117"));
        AuditEntry second = log.recordDurably(event("lena", "export", "order HD-2024-0117"));
        assertEquals(1, first.sequence());
        assertEquals(AuditEntry.GENESIS, first.previousHash());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(new AuditLog.Verification(2, true, 0, ""), log.verify());
    }

    @Test
    void twoWritersOnOneFileKeepOneChain() {
        AuditLog server = new AuditLog(data);
        AuditLog commandLine = new AuditLog(data);
        server.record(event("lena", "search", "a"));
        commandLine.recordDurably(AuditEvent.cli("user-add", "ana role=rep"));
        server.record(event("lena", "search", "b"));
        List<AuditEntry> all = server.all();
        assertEquals(List.of(1L, 2L, 3L), all.stream().map(AuditEntry::sequence).toList());
        assertTrue(all.get(1).actor().startsWith("cli:"));
        assertTrue(server.verify().intact());
    }

    @Test
    void anEntryAfterTheFileWasMovedAwayGoesToTheFileAtThePathNotTheMovedOne() throws Exception {
        AuditLog log = new AuditLog(data);
        log.record(event("lena", "search", "a"));
        Path moved = Files.move(log.file(), log.file().resolveSibling("audit-2026-11.jsonl"));
        AuditEntry next = log.record(event("lena", "search", "b"));
        assertEquals(1, Files.readAllLines(moved).size(), "the moved file is left as it was");
        assertEquals(List.of(next), log.all());
        assertEquals(1, next.sequence(), "a new file starts a new chain");
        log.close();
        assertEquals(2, log.record(event("lena", "search", "c")).sequence(), "a closed log opens its file again");
    }

    @Test
    void anEditedOrDeletedEntryBreaksTheChainAtThatEntry() throws Exception {
        AuditLog log = new AuditLog(data);
        for (int i = 0; i < 5; i++) log.record(event("lena", "message-view", "m" + i));
        Path file = log.file();
        List<String> lines = Files.readAllLines(file);
        Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(2).replace("\"m2\"", "\"m9\""), lines.get(3), lines.get(4)));
        AuditLog.Verification edited = new AuditLog(data).verify();
        assertFalse(edited.intact());
        assertEquals(3, edited.firstBadSequence());
        assertTrue(edited.problem().contains("changed"), edited.problem());

        Files.write(file, List.of(lines.get(0), lines.get(1), lines.get(3), lines.get(4)));
        AuditLog.Verification deleted = new AuditLog(data).verify();
        assertFalse(deleted.intact());
        assertEquals(4, deleted.firstBadSequence());
    }

    @Test
    void aLineTornByACrashIsCutAndTheChainGoesOn() throws Exception {
        AuditLog log = new AuditLog(data);
        log.record(event("lena", "search", "before the crash"));
        Files.writeString(log.file(), "{\"sequence\":2,\"time\":\"20", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        AuditLog reopened = new AuditLog(data);
        AuditEntry next = reopened.record(event("lena", "search", "after the crash"));
        assertEquals(2, next.sequence());
        assertTrue(reopened.verify().intact());
    }

    @Test
    void findFiltersNewestFirstAndCutsLongTargets() {
        AuditLog log = new AuditLog(data);
        log.record(event("lena", "search", "q=one"));
        log.record(event("ana", "search", "q=two"));
        log.record(event("lena", "raw-download", "abc sha256=1"));
        log.record(event("lena", "search", "x".repeat(5_000)));
        List<AuditEntry> lena = log.find(new AuditQuery("lena", "search", null, null, null, 10));
        assertEquals(2, lena.size());
        assertEquals(4, lena.get(0).sequence());
        assertTrue(lena.get(0).target().length() <= AuditEvent.MAX_TARGET + 1);
        assertEquals(1, log.find(new AuditQuery(null, null, "two", null, null, 10)).size());
        assertEquals(1, log.find(new AuditQuery(null, null, null, null, null, 1)).size());
        assertEquals(0, log.find(new AuditQuery(null, null, null, Instant.now().plusSeconds(60), null, 10)).size());
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, null, null, null, 0));
    }
}
