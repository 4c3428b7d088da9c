package io.docket.harvest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docket.harvest.CollectingSink;
import io.docket.harvest.MessageSink;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
