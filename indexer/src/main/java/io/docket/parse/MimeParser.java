package io.docket.parse;

import io.docket.extract.TextExtractor;
import io.docket.model.ParsedMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parse stage: raw message bytes in, {@link ParsedMessage} out. Never throws for bad input: what
 * could not be read as declared becomes a {@link io.docket.model.ParseWarning} and the rest is still
 * returned. Thread-safe: all state of one parse lives in that call.
 */
public final class MimeParser implements MessageParser {
    static {
        // Jakarta Mail finds its StreamProvider with a ServiceLoader scan for every header block it reads;
        // naming the implementation makes that a reflective constructor call (5% of ingest CPU measured).
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    /** A charset label in the first bytes: the likeliest charset of undeclared 8-bit header bytes. */
    private static final Pattern CHARSET_LABEL = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final int CHARSET_HINT_WINDOW = 64 * 1024;
    private static final TextExtractor NO_EXTRACTION = (content, filename, contentType) -> new TextExtractor.Extraction("", List.of());

    private final Session session = MimeSession.lenient();
    private final TextExtractor extractor;
    private final LanguageGuesser languages = new LanguageGuesser();

    public MimeParser(TextExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The same reading without attachment text, for showing a message: its attachments are listed from the
     * stored record and their text is never shown, while extracting it again took Tika up to 18 ms per view
     * of a message with a 64 KB attachment at 1M, and grows with the attachment.
     */
    public MimeParser withoutAttachmentText() {
        return new MimeParser(NO_EXTRACTION);
    }

    /** The attachment text extractor this parser uses, for other sources' files (chat media) to be read the same way. */
    public TextExtractor extractor() {
        return extractor;
    }

    public ParsedMessage parse(byte[] raw) {
        Warnings warnings = new Warnings();
        try {
            return read(raw, warnings);
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add("parse-failed", e.toString());
            return empty(warnings);
        }
    }

    /** The decoded bytes of the part at {@code partPath} ({@link io.docket.model.Attachment#partPath()}). */
    public Optional<byte[]> attachmentBytes(byte[] raw, String partPath) {
        try {
            MimeMessage message = new MimeMessage(session, new UnsynchronizedBytes(raw));
            Optional<Part> part = PartPaths.locate(session, message, partPath);
            return part.map(p -> MimeParts.read(p).bytes());
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The decoded bytes of attachment number {@code index}, found by walking the tree again. */
    public Optional<byte[]> attachmentBytes(byte[] raw, int index) {
        try {
            MimeWalker walker = new MimeWalker(session, NO_EXTRACTION, charsetHint(raw), new Warnings());
            walker.walkMessage(new MimeMessage(session, new UnsynchronizedBytes(raw)), "", 0);
            var attachments = walker.attachments();
            if (index < 0 || index >= attachments.size()) return Optional.empty();
            return attachmentBytes(raw, attachments.get(index).partPath());
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private ParsedMessage read(byte[] raw, Warnings warnings) {
        if (raw == null || raw.length == 0) {
            warnings.add("not-an-email", "empty input");
            return empty(warnings);
        }
        HeaderBlock block = HeaderBlock.read(raw);
        if (!block.looksLikeMail()) {
            warnings.add("not-an-email", "no mail header fields at the start");
            return empty(warnings);
        }
        Optional<Charset> hint = charsetHint(raw);
        MessageHeaders headers = MessageHeaders.read(block, hint, warnings);
        if (headers.messageId().isEmpty()) warnings.add("missing-message-id", "");
        OffsetDateTime date = null;
        if (headers.dateText().isEmpty()) {
            warnings.add("missing-date", "");
        } else {
            date = MailDates.parse(headers.dateText()).orElse(null);
            if (date == null) warnings.add("bad-date", headers.dateText());
        }
        MimeWalker walker = new MimeWalker(session, extractor, hint, warnings);
        MimeWalker.Body body = new MimeWalker.Body("", "");
        try {
            body = walker.walkMessage(new MimeMessage(session, new UnsynchronizedBytes(raw)), "", 0);
        } catch (MessagingException e) {
            warnings.add("bad-mime", e.getMessage());
        }
        String language = languages.guess(headers.subject() + "\n" + body.text());
        return new ParsedMessage(headers.messageId(), headers.inReplyTo(), headers.references(), headers.from(),
                headers.to(), headers.cc(), headers.bcc(), headers.subject(), date, body.text(), body.html(),
                walker.attachments(), headers.headers(), language, warnings.list());
    }

    /** The first non-ASCII charset label in the message; raw 8-bit headers are tried in it first. */
    static Optional<Charset> charsetHint(byte[] raw) {
        int length = Math.min(raw.length, CHARSET_HINT_WINDOW);
        // The pattern is tried only where "charset" stands (any case), not at each of up to 64K positions, and over
        // the bytes as they are (Latin-1) instead of a copy: what find() would do, at a few per cent of the cost.
        Matcher m = CHARSET_LABEL.matcher(new Latin1(raw, length));
        for (int at = charsetWord(raw, 0, length); at >= 0; ) {
            m.region(at, length);
            if (!m.lookingAt()) {
                at = charsetWord(raw, at + 1, length);
                continue;
            }
            if (!CharsetNames.isAscii(m.group(1))) {
                Optional<Charset> charset = CharsetNames.forLabel(m.group(1));
                if (charset.isPresent()) return charset;
            }
            at = charsetWord(raw, m.end(), length);
        }
        return Optional.empty();
    }

    private static final byte[] CHARSET_WORD = "charset".getBytes(StandardCharsets.US_ASCII);

    /** Where "charset" in any ASCII case starts at or after {@code from}, or -1. */
    private static int charsetWord(byte[] raw, int from, int length) {
        outer:
        for (int i = from; i <= length - CHARSET_WORD.length; i++) {
            // OR 0x20 lower-cases an ASCII letter and makes no other byte equal to a lower-case letter.
            if ((raw[i] | 0x20) != 'c') continue;
            for (int k = 1; k < CHARSET_WORD.length; k++) {
                if ((raw[i + k] | 0x20) != CHARSET_WORD[k]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** Bytes read as Latin-1 characters, without copying them. */
    private record Latin1(byte[] bytes, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xff);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static ParsedMessage empty(Warnings warnings) {
        return new ParsedMessage("", List.of(), List.of(), null, List.of(), List.of(), List.of(), "", null, "", "",
                List.of(), List.of(), "", warnings.list());
    }
}
