package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Showing a message reads its original again, without attachment text: everything a view shows stays the same. */
class ViewParsingTest {
    private static final MimeParser VIEW = Fixtures.PARSER.withoutAttachmentText();

    @Test
    void everyFixtureShowsTheSameHeadersBodiesAndAttachmentsWithoutTheirText() throws Exception {
        int withText = 0;
        for (Path file : Fixtures.all()) {
            byte[] raw = Files.readAllBytes(file);
            ParsedMessage full = Fixtures.PARSER.parse(raw);
            ParsedMessage view = VIEW.parse(raw);
            String name = file.getFileName().toString();
            assertEquals(full.headers(), view.headers(), name);
            assertEquals(full.body(), view.body(), name);
            assertEquals(full.htmlBody(), view.htmlBody(), name);
            assertEquals(full.bcc(), view.bcc(), name);
            assertEquals(withoutText(full.attachments()), view.attachments(), name);
            if (full.attachments().stream().anyMatch(a -> !a.text().isEmpty())) withText++;
        }
        assertTrue(withText >= 5, "the fixtures' PDF, Office and zip attachments have text to skip: " + withText);
    }

    private static List<Attachment> withoutText(List<Attachment> attachments) {
        return attachments.stream().map(a -> new Attachment(a.index(), a.filename(), a.contentType(), a.size(), a.sha256(), a.partPath(), ""))
                .toList();
    }
}
