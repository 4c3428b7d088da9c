package io.docket.harvest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.model.MessageRecord;
import io.docket.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real archive following a real Maildir on disk: what is missing at start, deliveries while it
 * runs, renames new/ → cur/, a malformed message, a folder created while running. Every wait is a
 * poll with a deadline; nothing is asserted about how long anything took.
 */
class MaildirWatcherTest {
    private static final Path FIXTURES = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Path maildir;
    private EmbeddedArchive archive;
    private MaildirWatcher watcher;
    private final AtomicInteger batches = new AtomicInteger();
    private int deliveries;

    @BeforeEach
    void makeMaildirAndArchive() throws Exception {
        maildir = dir.resolve("Maildir");
        for (String sub : List.of("cur", "new", "tmp")) Files.createDirectories(maildir.resolve(sub));
        archive = Archives.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        if (watcher != null) watcher.close();
        archive.close();
    }

    private MaildirWatcher watch() throws Exception {
        watcher = new MaildirWatcher(List.of(maildir), archive.sink(), files -> {
            archive.refresh();
            batches.incrementAndGet();
        });
        return watcher;
    }

    /** As a delivery agent does it: written to tmp/, then renamed into new/ (the Maildir spec). */
    private Path deliver(Path folder, byte[] message) throws Exception {
        String unique = "1720000000.M" + (++deliveries) + "P42.testhost";
        Path tmp = Files.write(folder.resolve("tmp").resolve(unique), message);
        return Files.move(tmp, folder.resolve("new").resolve(unique), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path deliverFixture(String name) throws Exception {
        return deliver(maildir, Files.readAllBytes(FIXTURES.resolve(name)));
    }

    private static byte[] mail(String subject, String messageId) {
        return ("From: Lin Wei <lin.wei@huada-lighting.com>\r\nTo: buyer@example.com\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + messageId + ">\r\nDate: Mon, 1 Jul 2024 09:00:00 +0800\r\n\r\nSee the subject.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long hits(String query) {
        return archive.search(SearchRequest.of(query)).total();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError(what + " within " + DEADLINE.toSeconds() + " s");
            Thread.sleep(20);
        }
    }

    @Test
    void startArchivesWhatIsMissingThenDeliveriesBecomeSearchableWhileItRuns() throws Exception {
        Files.copy(FIXTURES.resolve("charset-utf8.eml"), maildir.resolve("cur/1719000000.M1P1.host:2,S"));
        new FileSource(List.of(maildir)).emitTo(archive.sink());
        archive.commit();
        Files.copy(FIXTURES.resolve("html-only.eml"), maildir.resolve("cur/1719000000.M2P1.host:2,S"));

        assertEquals(1, watch().start(), "only the file the archive lacks is read at start");
        archive.refresh();
        assertEquals(1, hits("subject:\"price list\""));

        deliverFixture("rfc2047-subject-and-names.eml");
        deliver(maildir, mail("Watched zebra shipment", "zebra@huada-lighting.com"));

        await("both deliveries searchable", () -> hits("subject:zebra") == 1 && archive.stats().originals() == 4);
        assertEquals(4, archive.stats().messages());
        assertEquals(3, watcher.delivered());
        assertEquals(0, watcher.unreadable());
    }

    @Test
    void aMessageRenamedFromNewToCurWithNewFlagsIsNotArchivedAgain() throws Exception {
        watch().start();
        Path delivered = deliver(maildir, mail("Read later", "read-later@huada-lighting.com"));
        await("the delivery archived", () -> hits("subject:later") == 1);

        // What a mail client does when the message is read: new/NAME → cur/NAME:2,S, then flagged :2,FS.
        Path seen = Files.move(delivered, maildir.resolve("cur").resolve(delivered.getFileName() + ":2,S"));
        Files.move(seen, maildir.resolve("cur").resolve(delivered.getFileName() + ":2,FS"));
        deliver(maildir, mail("Marker after the rename", "marker@huada-lighting.com"));
        await("the marker archived", () -> hits("subject:marker") == 1);

        assertEquals(2, archive.stats().originals());
        assertEquals(2, watcher.delivered(), "the renamed file was known by its unique name");
        String id = archive.search(SearchRequest.of("subject:later")).hits().getFirst().message().id();
        MessageRecord record = archive.message(id).orElseThrow().record();
        assertEquals(1, record.places().size(), record.places().toString());
    }

    @Test
    void aMalformedMessageIsArchivedWithAWarningAndWatchingGoesOn() throws Exception {
        watch().start();
        deliverFixture("malformed-missing-boundary.eml");
        deliver(maildir, mail("After the broken one", "after-broken@huada-lighting.com"));

        await("both archived", () -> hits("subject:broken") == 1 && archive.stats().originals() == 2);
        assertEquals(1, hits("subject:\"without a boundary\""));
        String id = archive.search(SearchRequest.of("subject:\"without a boundary\"")).hits().getFirst().message().id();
        assertFalse(archive.message(id).orElseThrow().record().warnings().isEmpty(), "the malformed message carries its warning");
    }

    @Test
    void aHalfWrittenFileInTmpIsNotReadUntilItIsRenamedIntoNew() throws Exception {
        watch().start();
        String unique = "1720000000.M99P42.testhost";
        Path tmp = Files.write(maildir.resolve("tmp").resolve(unique), mail("Still being written", "partial@huada-lighting.com"));
        deliver(maildir, mail("Marker beside tmp", "marker-tmp@huada-lighting.com"));
        await("the marker archived", () -> hits("subject:marker") == 1);
        assertEquals(0, hits("subject:written"), "tmp/ is never read");

        Files.move(tmp, maildir.resolve("new").resolve(unique), StandardCopyOption.ATOMIC_MOVE);
        await("the renamed file archived", () -> hits("subject:written") == 1);
    }

    @Test
    void aSubfolderMovedInWithMailWhileRunningIsListedAndNamedAsImportNamesIt() throws Exception {
        watch().start();
        // Made elsewhere and moved in whole: its message never causes an event, only the folder does.
        Path made = dir.resolve("made-elsewhere");
        for (String sub : List.of("cur", "new", "tmp")) Files.createDirectories(made.resolve(sub));
        deliver(made, mail("Quotation sent", "quotation@huada-lighting.com"));
        Files.move(made, maildir.resolve(".Sent"), StandardCopyOption.ATOMIC_MOVE);

        await("the new folder's message archived", () -> hits("folder:Sent subject:quotation") == 1);
        Path sent = maildir.resolve(".Sent");
        deliver(sent, mail("Second quotation", "quotation-2@huada-lighting.com"));
        await("a delivery into the new folder archived", () -> hits("folder:Sent subject:second") == 1);
        // Import of the same Maildir finds nothing new: watcher and import name places alike.
        FileSource again = new FileSource(List.of(maildir));
        again.emitTo(archive.sink());
        archive.sink().flush();
        assertEquals(2, again.unchanged());
        assertEquals(2, archive.stats().originals());
    }

    @Test
    void aBurstWrittenStraightIntoNewIsReadOnceEachFileIsComplete() throws Exception {
        watch().start();
        // 300 files written in place (no tmp/), as copies and scripts do: each brings a create and one or
        // more modify events; a file is read once they stop, and once only.
        int burst = 300;
        for (int i = 0; i < burst; i++) {
            Files.write(maildir.resolve("new/1720000000.M" + (1000 + i) + "P7.burst"), mail("Burst number " + i, "burst-" + i + "@huada-lighting.com"));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (archive.stats().originals() < burst && System.nanoTime() < deadline) Thread.sleep(50);
        // A file read half-written would be archived without its subject, and its place then counts as seen.
        await("the whole burst searchable, each with its subject", () -> hits("subject:burst") == burst);
        assertEquals(burst, archive.stats().originals());
        assertEquals(burst, watcher.delivered(), "every file read exactly once");
    }

    @Test
    void theSafetyNetListsAgainOnlyFoldersThatChangedSinceTheirLastListing() throws Exception {
        Files.copy(FIXTURES.resolve("charset-utf8.eml"), maildir.resolve("cur/1719000000.M1P1.host:2,S"));
        // Folders last changed an hour ago, as the cur/ of a large mailbox usually is.
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (String sub : List.of("cur", "new")) Files.setLastModifiedTime(maildir.resolve(sub), anHourAgo);
        watcher = new MaildirWatcher(List.of(maildir), archive.sink(), files -> archive.refresh(),
                new MaildirWatcher.Settings(Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofMillis(100)));
        assertEquals(1, watcher.start());
        assertEquals(2, watcher.listings(), "the first scan lists cur/ and new/");

        long rescans = watcher.rescans();
        await("three more rescans", () -> watcher.rescans() >= rescans + 3);
        assertEquals(2, watcher.listings(), "unchanged folders are not listed again");

        deliver(maildir, mail("Rescanned walrus", "walrus@huada-lighting.com"));
        await("the delivery searchable", () -> hits("subject:walrus") == 1);
        await("new/ listed again after it changed", () -> watcher.listings() > 2);
        // A folder changed less than 2 s ago is listed at every rescan (a coarse clock could hide a second
        // change); once its time is older, one more listing records it and later rescans skip it again.
        Thread.sleep(2_500);
        long quiet = watcher.rescans();
        // Scans run one after another: once scan quiet+2 has started, scan quiet+1 (the one recording new/) is done.
        await("two more rescans", () -> watcher.rescans() >= quiet + 2);
        long settled = watcher.listings();
        long later = watcher.rescans();
        await("three more rescans", () -> watcher.rescans() >= later + 3);
        assertEquals(settled, watcher.listings(), "neither folder is listed while both stay unchanged");
        assertEquals(2, archive.stats().originals());
        assertEquals(2, watcher.delivered());
    }

    @Test
    void aWatcherStartsWithoutListingFoldersAnImportOrAnEarlierWatcherListedUnchanged() throws Exception {
        Files.copy(FIXTURES.resolve("charset-utf8.eml"), maildir.resolve("cur/1719000000.M1P1.host:2,S"));
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (String sub : List.of("cur", "new")) Files.setLastModifiedTime(maildir.resolve(sub), anHourAgo);
        FileSource imported = new FileSource(List.of(maildir), archive.harvestState(), false);
        imported.emitTo(archive.sink());
        archive.commit();
        imported.rememberListedFolders();

        Files.copy(FIXTURES.resolve("html-only.eml"), maildir.resolve("new/1719000000.M2P1.host"));
        Files.setLastModifiedTime(maildir.resolve("new"), FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        watcher = new MaildirWatcher(List.of(maildir), archive.sink(), files -> archive.refresh(), MaildirWatcher.Settings.DEFAULTS,
                archive.harvestState());
        assertEquals(1, watcher.start(), "the new file is read");
        assertEquals(1, watcher.listings(), "only new/, whose time moved, is listed");
        watcher.close();

        // The watcher saved new/'s time once everything it listed was flushed: the next start lists nothing.
        watcher = new MaildirWatcher(List.of(maildir), archive.sink(), files -> archive.refresh(), MaildirWatcher.Settings.DEFAULTS,
                archive.harvestState());
        assertEquals(0, watcher.start());
        assertEquals(0, watcher.listings());
        assertEquals(2, archive.stats().originals());
    }

    @Test
    void settingsDefaultsArePinnedAndBadValuesNamed() {
        assertEquals(new MaildirWatcher.Settings(Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofMinutes(1)),
                MaildirWatcher.Settings.DEFAULTS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MaildirWatcher.Settings(Duration.ofMillis(50), Duration.ZERO, Duration.ofMinutes(1)));
        assertEquals("flushEvery: must be positive, got PT0S", e.getMessage());
    }

    @Test
    void aFolderThatIsNotAMaildirIsRefusedByName() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MaildirWatcher(List.of(plain), archive.sink(), files -> {}));
        assertTrue(e.getMessage().startsWith("not a Maildir"), e.getMessage());
        assertTrue(e.getMessage().endsWith(plain.toString()), e.getMessage());
    }
}
