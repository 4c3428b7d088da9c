package io.docket.harvest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docket.harvest.CollectingSink;
import io.docket.harvest.InMemoryHarvestState;
import io.docket.harvest.MessageSink;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
    @TempDir
    Path dir;

    private static String mail(String subject) {
        return "From: a@example.com\r\nSubject: " + subject + "\r\n\r\nbody\r\n";
    }

    private static List<Place> emit(FileSource source) throws Exception {
        CollectingSink sink = new CollectingSink();
        source.emitTo(sink);
        return sink.accepted().stream().map(RawMessage::place).toList();
    }

    @Test
    void aMaildirCheckedOutWithoutItsEmptyNewAndTmpIsStillAMaildirWithInboxAndSent() throws Exception {
        Path maildir = dir.resolve("box");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve(".Sent/cur"));
        Files.writeString(maildir.resolve("cur/1709546400.000001.host:2,S"), mail("in"));
        Files.writeString(maildir.resolve(".Sent/cur/1709546400.000002.host:2,S"), mail("out"));
        Files.writeString(maildir.resolve("cur/.hidden"), mail("editor backup"));

        List<Place> places = emit(new FileSource(List.of(maildir)));

        assertEquals(List.of("INBOX", "Sent"), places.stream().map(Place::folder).toList());
        assertEquals(List.of(Place.MAILDIR, Place.MAILDIR), places.stream().map(Place::source).toList());
        // The unique part without the flags names the message, so a flag change is not a new place.
        assertEquals("1709546400.000001.host", places.get(0).locator());
    }

    @Test
    void emlFilesTakeTheirFolderNameAndMboxFilesTheirFileName() throws Exception {
        Path eml = Files.createDirectories(dir.resolve("claims")).resolve("claim.eml");
        Files.writeString(eml, mail("claim"));
        Path mbox = dir.resolve("Archive 2023.mbox");
        Files.write(mbox, ("From a@example.com Mon Mar  4 10:00:00 2024\n" + mail("one").replace("\r\n", "\n")
                + "\nFrom a@example.com Mon Mar  4 11:00:00 2024\n" + mail("two").replace("\r\n", "\n")).getBytes(StandardCharsets.UTF_8));
        Path notMail = dir.resolve("claims/notes.pdf");
        Files.write(notMail, new byte[] {'%', 'P', 'D', 'F', '-', '1'});

        FileSource source = new FileSource(List.of(dir.resolve("claims"), mbox));
        List<Place> places = emit(source);

        assertEquals(List.of("claims", "Archive 2023", "Archive 2023"), places.stream().map(Place::folder).toList());
        assertEquals(1, source.skipped());
    }

    @Test
    void maildirMessagesTheSinkAlreadyHasAreNotReadAgain() throws Exception {
        Path maildir = dir.resolve("box");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.writeString(maildir.resolve("cur/1.a.host:2,S"), mail("old"));
        Files.writeString(maildir.resolve("new/2.b.host"), mail("new"));
        FileSource source = new FileSource(List.of(maildir));
        List<Place> delivered = new ArrayList<>();
        source.emitTo(new MessageSink() {
            @Override
            public void accept(RawMessage raw) {
                delivered.add(raw.place());
            }

            @Override
            public void flush() {}

            @Override
            public boolean alreadyHas(Place place) {
                return place.locator().equals("1.a.host");
            }
        });
        assertEquals(List.of("2.b.host"), delivered.stream().map(Place::locator).toList());
        assertEquals(1, source.unchanged());
    }

    /** A sink that has what it accepted and counts the questions it is asked. */
    private static final class RememberingSink implements MessageSink {
        final List<String> accepted = new ArrayList<>();
        final java.util.Set<String> held = new java.util.HashSet<>();
        int asked;

        @Override
        public void accept(RawMessage raw) {
            accepted.add(raw.place().locator());
            held.add(raw.place().key());
        }

        @Override
        public void flush() {}

        @Override
        public boolean alreadyHas(Place place) {
            asked++;
            return held.contains(place.key());
        }

        List<String> drain() {
            List<String> out = List.copyOf(accepted);
            accepted.clear();
            asked = 0;
            return out;
        }
    }

    private static void ageFolders(Path maildir) throws Exception {
        FileTime minuteAgo = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (String sub : List.of("cur", "new", ".Sent/cur")) {
            if (Files.isDirectory(maildir.resolve(sub))) Files.setLastModifiedTime(maildir.resolve(sub), minuteAgo);
        }
    }

    @Test
    void maildirFoldersUnchangedSinceAnImportListedThemAreNotListedAgain() throws Exception {
        Path maildir = dir.resolve("box");
        Files.createDirectories(maildir.resolve("new"));
        Files.writeString(Files.createDirectories(maildir.resolve("cur")).resolve("1.a.host:2,S"), mail("old"));
        Files.writeString(Files.createDirectories(maildir.resolve(".Sent/cur")).resolve("2.b.host:2,S"), mail("sent"));
        ageFolders(maildir);
        InMemoryHarvestState state = new InMemoryHarvestState(new CollectingSink());
        RememberingSink sink = new RememberingSink();

        FileSource first = new FileSource(List.of(maildir), state, false);
        assertEquals(2, first.estimatedCount());
        first.emitTo(sink);
        first.rememberListedFolders();
        assertEquals(List.of("1.a.host", "2.b.host"), sink.drain());

        // A delivery changes new/'s time; cur/ and Sent's cur/ are not listed, so their files cost no lookup at all.
        Files.writeString(maildir.resolve("new/3.c.host"), mail("new"));
        FileSource second = new FileSource(List.of(maildir), state, false);
        assertEquals(1, second.estimatedCount());
        second.emitTo(sink);
        second.rememberListedFolders();
        assertEquals(List.of("3.c.host"), sink.accepted);
        assertEquals(1, sink.asked);
        assertEquals(2, second.unchangedFolders());
        sink.drain();

        // new/ changed less than two seconds before it was listed: a file added in the same clock tick would not have
        // moved its time, so that time is not trusted and new/ is listed again.
        FileSource third = new FileSource(List.of(maildir), state, false);
        third.emitTo(sink);
        third.rememberListedFolders();
        assertEquals(List.of(), sink.accepted);
        assertEquals(1, third.unchanged());
        assertEquals(2, third.unchangedFolders());

        FileSource relisted = new FileSource(List.of(maildir), state, true);
        relisted.emitTo(sink);
        assertEquals(0, relisted.unchangedFolders());
        assertEquals(3, relisted.unchanged());
    }

    @Test
    void folderTimesAreKeptOnlyWhenTheImportSaysItsMessagesAreCommitted() throws Exception {
        Path maildir = dir.resolve("box");
        Files.writeString(Files.createDirectories(maildir.resolve("cur")).resolve("1.a.host:2,S"), mail("old"));
        Files.createDirectories(maildir.resolve("new"));
        ageFolders(maildir);
        InMemoryHarvestState state = new InMemoryHarvestState(new CollectingSink());
        RememberingSink sink = new RememberingSink();

        new FileSource(List.of(maildir), state, false).emitTo(sink);   // stopped before its commit: nothing remembered
        FileSource again = new FileSource(List.of(maildir), state, false);
        again.emitTo(sink);
        assertEquals(0, again.unchangedFolders());
        assertEquals(1, again.unchanged());
    }
}
