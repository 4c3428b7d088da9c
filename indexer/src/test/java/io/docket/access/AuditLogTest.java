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
        AuditLog.Verification chain = log.verify();
        assertEquals(2, chain.entries());
        assertTrue(chain.intact());
        assertEquals("", chain.problem());
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

    /** The start of entry 2, as a crash (or a writer still at it) leaves it: no closing brace, no newline. */
    private static void appendTornLine(AuditLog log) throws Exception {
        Files.writeString(log.file(), "{\"sequence\":2,\"time\":\"20", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void aLineTornByACrashIsCutAndTheChainGoesOn() throws Exception {
        AuditLog log = new AuditLog(data);
        log.record(event("lena", "search", "before the crash"));
        appendTornLine(log);
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

    @Test
    void aPageChecksOnlyWhatWasAppendedSinceTheLastCheckAndAWholeCheckFindsAnOlderEdit() throws Exception {
        AuditLog log = new AuditLog(data);
        for (int i = 0; i < 5; i++) log.record(event("lena", "message-view", "m" + i));
        AuditLog.Verification first = log.read(null).chain();
        assertEquals(5, first.entries());
        assertTrue(first.intact());
        Instant wholeCheck = first.wholeLogCheckedAt();

        List<String> lines = Files.readAllLines(log.file());
        Files.write(log.file(), List.of(lines.get(0), lines.get(1).replace("\"m1\"", "\"m7\""), lines.get(2), lines.get(3), lines.get(4)));
        log.record(event("lena", "message-view", "m5"));
        AuditLog.Verification incremental = log.read(null).chain();
        assertTrue(incremental.intact(), "the edited entry lies before the checked prefix's end");
        assertEquals(6, incremental.entries());
        assertEquals(wholeCheck, incremental.wholeLogCheckedAt(), "the entries before the new one were checked whole then");

        AuditLog.Verification whole = log.read(null, true).chain();
        assertFalse(whole.intact());
        assertEquals(2, whole.firstBadSequence());
        assertFalse(log.read(null).chain().intact(), "a broken chain is checked whole again at every read");
        assertFalse(new AuditLog(data).read(null).chain().intact(), "another process's first read checks the whole log");
    }

    @Test
    void aPageFindsTheLastCheckedEntryChangedOrTheFileCutOrReplaced() throws Exception {
        AuditLog log = new AuditLog(data);
        for (int i = 0; i < 4; i++) log.record(event("lena", "message-view", "m" + i));
        assertTrue(log.read(null).chain().intact());
        List<String> lines = Files.readAllLines(log.file());

        Files.write(log.file(), List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(3).replace("\"m3\"", "\"m8\"")));
        AuditLog.Verification edited = log.read(null).chain();
        assertFalse(edited.intact(), "the last checked entry is read again at every page");
        assertEquals(4, edited.firstBadSequence());

        Files.write(log.file(), lines);
        assertTrue(log.read(null).chain().intact());
        Files.write(log.file(), lines.subList(0, 3));
        AuditLog.Verification cut = log.read(null).chain();
        assertTrue(cut.intact(), "a shorter file is checked whole: three intact entries");
        assertEquals(3, cut.entries());
    }

    @Test
    void aPageIgnoresALineStillBeingWritten() throws Exception {
        AuditLog log = new AuditLog(data);
        log.record(event("lena", "search", "q=1"));
        appendTornLine(log);
        AuditLog.Page page = log.read(new AuditQuery(null, null, null, null, null, 10));
        assertTrue(page.chain().intact(), page.chain().problem());
        assertEquals(1, page.chain().entries());
        assertEquals(List.of(1L), page.entries().stream().map(AuditEntry::sequence).toList());
    }

    /** The page reads backwards in chunks and skips lines without the filters' bytes: the same entries as a filter over every entry. */
    @Test
    void pagesReadBackwardsMatchAFilterOverEveryEntry() {
        AuditLog log = new AuditLog(data);
        String[] actors = {"lena", "ana", "token:bench", "müller", "王芳"};
        String[] targets = {"q=HD-2024-0117", "q=\"交期\" from:müller", "q=a\\b", "message 1ab2", "x".repeat(3_000)};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 1_500; i++) {
            log.record(new AuditEvent(actors[random.nextInt(actors.length)], "legal", "127.0.0.1", random.nextBoolean() ? "search" : "message-view",
                    targets[random.nextInt(targets.length)] + " " + i, "200"));
        }
        List<AuditEntry> all = log.all();
        assertEquals(1_500, all.size());
        List<AuditQuery> queries = List.of(
                new AuditQuery(null, null, null, null, null, 1_000),
                new AuditQuery("müller", null, null, null, null, 1_000),
                new AuditQuery("王芳", "search", null, null, null, 50),
                new AuditQuery(null, null, "\"交期\"", null, null, 1_000),
                new AuditQuery(null, null, "a\\b", null, null, 1_000),
                new AuditQuery(null, "message-view", "1ab2 14", null, null, 1_000),
                new AuditQuery("nobody", null, null, null, null, 10),
                new AuditQuery(null, null, null, Instant.parse(all.get(700).time()), null, 1_000),
                new AuditQuery(null, null, null, null, null, 200, 1_301),
                new AuditQuery("lena", "search", null, null, null, 50, 400),
                new AuditQuery(null, null, null, null, null, 10, 1));
        for (AuditQuery query : queries) {
            List<AuditEntry> expected = all.reversed().stream().filter(query::matches).limit(query.limit()).toList();
            assertEquals(expected, log.find(query), query.toString());
        }
        assertTrue(log.read(null).chain().intact());
    }

    @Test
    void aFullFileIsSealedAndTheChainGoesOnAcrossFilesProcessesChecksAndPages() throws Exception {
        AuditLog server = new AuditLog(data, 4_000);   // about a dozen entries a file
        AuditLog commandLine = new AuditLog(data, 4_000);
        for (int i = 1; i <= 100; i++) (i % 7 == 0 ? commandLine : server).record(event("lena", "search", "q=" + i));
        List<Path> sealed;
        try (var listing = Files.list(server.file().getParent())) {
            sealed = listing.filter(f -> f.getFileName().toString().startsWith("audit-sealed-")).sorted().toList();
        }
        assertTrue(sealed.size() >= 5, sealed.toString());
        assertTrue(sealed.getFirst().getFileName().toString().startsWith("audit-sealed-000000000001-"), sealed.toString());

        List<AuditEntry> all = server.all();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList(), all.stream().map(AuditEntry::sequence).toList());
        for (int i = 1; i < all.size(); i++) assertEquals(all.get(i - 1).hash(), all.get(i).previousHash(), "one chain across the files");
        AuditLog.Verification whole = new AuditLog(data).verify();
        assertTrue(whole.intact(), whole.problem());
        assertEquals(100, whole.entries());

        assertEquals(java.util.stream.LongStream.rangeClosed(71, 100).boxed().toList().reversed(),
                server.find(new AuditQuery(null, null, null, null, null, 30)).stream().map(AuditEntry::sequence).toList(), "a page across files");
        assertEquals(List.of(29L, 28L, 27L), server.find(new AuditQuery(null, null, null, null, null, 3, 30)).stream().map(AuditEntry::sequence).toList());
        assertEquals(List.of(99L, 98L), commandLine.find(new AuditQuery(null, null, "q=9", null, null, 2)).stream().map(AuditEntry::sequence).toList());
        assertEquals(List.of(9L), commandLine.find(new AuditQuery(null, null, "q=9", null, null, 20, 10)).stream().map(AuditEntry::sequence).toList(),
                "the oldest file too");

        AuditLog.Verification before = server.read(null).chain();
        for (int i = 101; i <= 130; i++) server.record(event("lena", "search", "q=" + i));
        AuditLog.Verification after = server.read(null).chain();
        assertTrue(after.intact(), after.problem());
        assertEquals(130, after.entries());
        assertEquals(before.wholeLogCheckedAt(), after.wholeLogCheckedAt(), "went on from where the last check ended, in the file sealed since");

        List<String> lines = Files.readAllLines(sealed.get(1));
        lines.set(2, lines.get(2).replace("\"lena\"", "\"nobody\""));
        Files.write(sealed.get(1), lines);
        AuditLog.Verification edited = new AuditLog(data).verify();
        assertFalse(edited.intact());
        assertTrue(edited.problem().startsWith(sealed.get(1).getFileName() + ": "), edited.problem());
        assertTrue(edited.problem().contains("changed"), edited.problem());
    }

    @Test
    void pagesReadWhileWritersSealFilesSeeOneIntactChain() throws Exception {
        AuditLog log = new AuditLog(data, 3_000);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread reader = Thread.ofPlatform().start(() -> {
            AuditLog pages = new AuditLog(data, 3_000);   // as the server reads while the command line appends
            try {
                while (writing.get()) {
                    AuditLog.Page page = pages.read(new AuditQuery(null, null, null, null, null, 25));
                    if (!page.chain().intact()) failures.add(new AssertionError(page.chain().problem()));
                    List<Long> sequences = page.entries().stream().map(AuditEntry::sequence).toList();
                    for (int i = 1; i < sequences.size(); i++) {
                        if (sequences.get(i) != sequences.get(i - 1) - 1) failures.add(new AssertionError("a gap in " + sequences));
                    }
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        List<Thread> writers = new java.util.ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 150; i++) log.record(event("writer" + writer, "search", "q=" + i));
            }));
        }
        for (Thread t : writers) t.join();
        writing.set(false);
        reader.join();
        assertEquals(List.of(), failures);
        AuditLog.Verification whole = new AuditLog(data).verify();
        assertTrue(whole.intact(), whole.problem());
        assertEquals(450, whole.entries());
    }
}
