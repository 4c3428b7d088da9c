package io.docket.parse.chat;

import io.docket.extract.TextExtractor;
import io.docket.harvest.chat.ChatExport;
import io.docket.model.Address;
import io.docket.model.Attachment;
import io.docket.model.ParseWarning;
import io.docket.model.ParsedMessage;
import io.docket.model.Sha256;
import io.docket.parse.LanguageGuesser;
import java.net.URLConnection;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A chat message as the rest of the pipeline reads every message: a {@link ParsedMessage} whose sender is
 * the chat's sender, whose recipients are the chat's other members, whose text is the message's and whose
 * attachments are the media files the export holds for it (their text read like any mail attachment's).
 * The subject names the chat ("WhatsApp: Hans Müller"); there is no Message-ID and there are no headers.
 */
public final class ChatDocuments {
    public static final String SUBJECT_PREFIX = "WhatsApp: ";
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "webp", "image/webp", "pdf", "application/pdf", "opus", "audio/ogg", "mp4", "video/mp4", "vcf", "text/vcard",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final TextExtractor extractor;
    private final LanguageGuesser languages = new LanguageGuesser();

    public ChatDocuments(TextExtractor extractor) {
        this.extractor = extractor;
    }

    /** @param zone the zone the phone's local times are read in */
    public ParsedMessage parsed(ChatExport export, ChatTranscript transcript, ChatMessage message, ZoneId zone) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (ChatMedia media : message.media()) {
            if (media.omitted()) continue;
            var bytes = export.mediaBytes(media.fileName());
            if (bytes.isEmpty()) {
                warnings.add(new ParseWarning("media-missing", media.fileName() + " is named on line " + message.firstLine()
                        + " but not in the export" + (export.zip() ? "" : " (a .txt export holds no media; export with media as a zip)")));
                continue;
            }
            String type = contentType(media.fileName());
            TextExtractor.Extraction text = extractor.extract(bytes.get(), media.fileName(), type);
            warnings.addAll(text.warnings());
            attachments.add(new Attachment(attachments.size(), media.fileName(), type, bytes.get().length, Sha256.of(bytes.get()),
                    media.fileName(), text.text()));
        }
        List<Address> others = transcript.senders().stream().filter(s -> !s.equals(message.sender()))
                .map(s -> new Address(s, "")).toList();
        OffsetDateTime date = message.time().atZone(zone).toOffsetDateTime();
        String title = export.title();
        return new ParsedMessage("", List.of(), List.of(), new Address(message.sender(), ""), others, List.of(), List.of(),
                title.isEmpty() ? "WhatsApp chat" : SUBJECT_PREFIX + title, date, message.text(), "", attachments, List.of(),
                languages.guess(message.text()), warnings);
    }

    /** By extension: exports name their media with one, and no mail headers declare a type. */
    public static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String known = TYPES.get(ext);
        if (known != null) return known;
        String guessed = URLConnection.guessContentTypeFromName(fileName);
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
