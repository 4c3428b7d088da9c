package io.docket.parse;

import io.docket.extract.TextExtractor;
import io.docket.model.Address;
import io.docket.model.Attachment;
import io.docket.model.Sha256;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Walks one message's MIME tree in document order, collecting the readable body and numbering every
 * other leaf as an attachment. A forwarded message/rfc822 part is walked in place: its headers and
 * text join the carrier's body, its attachments continue the carrier's numbering. One walker serves
 * one parse; it is not shared between threads.
 */
final class MimeWalker {
    static final String FORWARD_MARK = "---------- Forwarded message ----------";
    /** Deeper nesting than this is hostile or broken; nothing real nests mail forty levels deep. */
    private static final int MAX_DEPTH = 40;

    private final Session session;
    private final TextExtractor extractor;
    private final Optional<Charset> bodyCharset;
    private final Warnings warnings;
    private final List<Attachment> attachments = new ArrayList<>();

    /** The readable text and the raw HTML of a message. */
    record Body(String text, String html) {
    }

    MimeWalker(Session session, TextExtractor extractor, Optional<Charset> bodyCharset, Warnings warnings) {
        this.session = session;
        this.extractor = extractor;
        this.bodyCharset = bodyCharset;
        this.warnings = warnings;
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    Body walkMessage(MimeMessage message, String base, int depth) {
        Texts texts = new Texts();
        String type = MimeParts.baseType(message);
        walk(message, PartPaths.isMultipart(type) ? base : PartPaths.child(base, 1), texts, true, depth);
        return new Body(texts.text.toString().strip(), texts.html.toString());
    }

    private void walk(Part part, String path, Texts texts, boolean textWanted, int depth) {
        if (depth > MAX_DEPTH) {
            warnings.add("too-deep", "MIME nesting deeper than " + MAX_DEPTH + " at part " + path);
            return;
        }
        String type = MimeParts.baseType(part);
        try {
            if (PartPaths.isMultipart(type)) {
                multipart(part, type, path, texts, textWanted, depth);
            } else if (PartPaths.isMessage(type)) {
                forwarded(part, path, texts, depth);
            } else if (isBodyText(part, type)) {
                text(part, type, path, texts, textWanted);
            } else if (isHtmlResource(part, type)) {
                // Drawn inside the HTML body (a logo, a signature); it stays reachable by its path.
            } else {
                attachment(part, type, path);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            warnings.add("bad-part", "part " + path + ": " + e.getMessage());
        }
    }

    private void multipart(Part part, String type, String path, Texts texts, boolean textWanted, int depth)
            throws MessagingException, IOException {
        if (MimeParts.parameter(MimeParts.header(part, "Content-Type"), "boundary", false).isEmpty()) {
            warnings.add("missing-boundary", "part " + (path.isEmpty() ? "root" : path) + " is " + type + " without a boundary");
        }
        MimeMultipart multipart;
        int count;
        try {
            multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            count = multipart.getCount();
        } catch (MessagingException e) {
            // No boundary found at all: the body is still text someone wrote.
            warnings.add("bad-multipart", "part " + (path.isEmpty() ? "root" : path) + ": " + e.getMessage());
            text(part, "text/plain", path, texts, textWanted);
            return;
        }
        if (!multipart.isComplete()) {
            warnings.add("truncated-multipart", "part " + (path.isEmpty() ? "root" : path) + " ends without its closing boundary");
        }
        // RFC 2046 section 5.1.4: alternatives of one content; Docket reads text/plain when there is one.
        boolean alternative = type.equals("multipart/alternative");
        boolean hasPlain = false;
        for (int i = 0; alternative && i < count; i++) {
            BodyPart child = multipart.getBodyPart(i);
            hasPlain |= MimeParts.baseType(child).equals("text/plain") && isBodyText(child, "text/plain");
        }
        for (int i = 0; i < count; i++) {
            BodyPart child = multipart.getBodyPart(i);
            boolean wanted = textWanted && (!hasPlain || MimeParts.baseType(child).equals("text/plain"));
            walk(child, PartPaths.child(path, i + 1), texts, wanted, depth + 1);
        }
    }

    private void forwarded(Part part, String path, Texts texts, int depth) throws MessagingException {
        byte[] bytes = MimeParts.read(part).bytes();
        MessageHeaders headers = MessageHeaders.read(HeaderBlock.read(bytes), bodyCharset, warnings);
        Body inner = walkMessage(new MimeMessage(session, new UnsynchronizedBytes(bytes)), path, depth + 1);
        StringBuilder block = new StringBuilder(FORWARD_MARK).append('\n');
        block.append("From: ").append(headers.from().display()).append('\n');
        block.append("Date: ").append(headers.dateText()).append('\n');
        block.append("Subject: ").append(headers.subject()).append('\n');
        block.append("To: ").append(headers.to().stream().map(Address::display).collect(Collectors.joining(", "))).append('\n');
        block.append('\n').append(inner.text());
        texts.appendText(block.toString());
        texts.html.append(inner.html());
    }

    private void text(Part part, String type, String path, Texts texts, boolean textWanted) {
        MimeParts.Content content = MimeParts.read(part);
        if (content.truncated()) warnings.add("truncated-part", "part " + path + " ends early");
        String label = MimeParts.parameter(MimeParts.header(part, "Content-Type"), "charset", false).orElse(null);
        TextDecoder.Decoded decoded = TextDecoder.decode(content.bytes(), label);
        if (decoded.detected()) {
            warnings.add("charset-detected", "part " + path + " labelled " + (label == null ? "(none)" : label)
                    + " read as " + decoded.charset().name());
        }
        String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
        if (type.equals("text/html")) {
            texts.html.append(text);
            if (textWanted) texts.appendText(HtmlText.toText(text));
        } else if (textWanted) {
            texts.appendText(text);
        }
    }

    private void attachment(Part part, String type, String path) {
        MimeParts.Content content = MimeParts.read(part);
        int index = attachments.size();
        String filename = MimeParts.filename(part, bodyCharset, warnings, path);
        String context = "attachment " + index + (filename.isEmpty() ? "" : " (" + filename + ")");
        if (content.truncated()) warnings.add("truncated-part", context + " ends early");
        TextExtractor.Extraction extraction = extractor.extract(content.bytes(), filename, type);
        warnings.addAll(extraction.warnings(), context);
        attachments.add(new Attachment(index, filename, type, content.bytes().length, Sha256.of(content.bytes()),
                path, extraction.text()));
    }

    /** Text parts meant to be read in place: no file name and not marked as an attachment (RFC 2183). */
    private static boolean isBodyText(Part part, String type) {
        if (!type.equals("text/plain") && !type.equals("text/html")) return false;
        if (MimeParts.isAttachmentDisposition(part)) return false;
        return MimeParts.parameter(MimeParts.header(part, "Content-Disposition"), "filename", true).isEmpty()
                && MimeParts.parameter(MimeParts.header(part, "Content-Type"), "name", false).isEmpty();
    }

    /**
     * An image the HTML body shows through "cid:" (RFC 2392) without a file name of its own: part of
     * the body's rendering, not a file the sender attached. Images with a file name are attachments.
     */
    private static boolean isHtmlResource(Part part, String type) {
        return type.startsWith("image/") && !MimeParts.header(part, "Content-ID").isBlank()
                && !MimeParts.isAttachmentDisposition(part)
                && MimeParts.parameter(MimeParts.header(part, "Content-Disposition"), "filename", true).isEmpty()
                && MimeParts.parameter(MimeParts.header(part, "Content-Type"), "name", false).isEmpty();
    }

    /** The body text and HTML gathered so far for one message. */
    private static final class Texts {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();

        void appendText(String more) {
            if (more.isBlank()) return;
            if (!text.isEmpty()) text.append("\n\n");
            text.append(more.strip());
        }
    }
}
