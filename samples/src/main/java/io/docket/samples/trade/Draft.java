package io.docket.samples.trade;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/** A letter being written: a small fluent builder the story classes use; {@link #send()} posts it. */
final class Draft {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ID_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final Mailbag bag;
    private final Party from;
    private final Letter parent;
    private final List<Party> to = new ArrayList<>();
    private final List<Party> cc = new ArrayList<>();
    private final List<FileAttachment> attachments = new ArrayList<>();
    private final List<ExtraHeader> headers = new ArrayList<>();
    private String subject;
    private String body = "";
    private String charset = "UTF-8";
    private LocalDateTime local;
    private String flags;
    private boolean threadHeaders = true;
    private String quoted = "";

    Draft(Mailbag bag, Party from, Letter parent) {
        this.bag = bag;
        this.from = from;
        this.parent = parent;
    }

    Draft to(Party... parties) {
        to.addAll(List.of(parties));
        return this;
    }

    Draft cc(Party... parties) {
        cc.addAll(List.of(parties));
        return this;
    }

    Draft subject(String s) {
        subject = s;
        return this;
    }

    /** Local wall-clock time of the sender, "yyyy-MM-dd HH:mm"; the offset follows from their zone. */
    Draft at(String localTime) {
        local = LocalDateTime.parse(localTime, LOCAL);
        return this;
    }

    Draft body(String text) {
        body = text.strip();
        return this;
    }

    Draft charset(String name) {
        charset = name;
        return this;
    }

    Draft attach(FileAttachment a) {
        attachments.add(a);
        return this;
    }

    Draft header(String name, String value) {
        headers.add(new ExtraHeader(name, value));
        return this;
    }

    Draft flags(String maildirFlags) {
        flags = maildirFlags;
        return this;
    }

    /** The sender's client drops In-Reply-To and References: only the subject links this reply. */
    Draft withoutThreadHeaders() {
        threadHeaders = false;
        return this;
    }

    /** Quote the parent below the text, in the sender's client style. */
    Draft quoting() {
        quoted = from.quoteStyle().quote(parent, from);
        return this;
    }

    /** Append the parent as a forwarded block (forwards carry no In-Reply-To). */
    Draft forwarding(boolean withAttachments) {
        threadHeaders = false;
        StringBuilder recipients = new StringBuilder();
        for (Party p : parent.to()) {
            recipients.append(recipients.isEmpty() ? "" : ", ").append(p.name()).append(" <").append(p.email()).append('>');
        }
        quoted = "---------- Forwarded message ----------\nFrom: " + parent.from().name() + " <" + parent.from().email()
                + ">\nDate: " + MimeRenderer.DATE.format(parent.date()) + "\nSubject: " + parent.subject()
                + "\nTo: " + recipients + "\n\n" + parent.body();
        if (withAttachments) {
            attachments.addAll(parent.attachments());
        }
        return this;
    }

    /** Posts the letter into the mailbox. */
    Letter send() {
        Letter letter = compose();
        bag.post(letter);
        return letter;
    }

    /** Builds the letter without posting it: mail we never received, quoted inside a forward. */
    Letter compose() {
        if (local == null) {
            throw new IllegalStateException("no date on " + subject);
        }
        var date = local.atZone(from.zone());
        String text = quoted.isEmpty() ? body : body + "\n\n" + quoted;
        List<String> references = new ArrayList<>();
        if (parent != null && threadHeaders) {
            references.addAll(parent.references());
            references.add(parent.messageId());
        }
        return new Letter(from, to, cc, subject, date, messageId(date.withZoneSameInstant(ZoneOffset.UTC)
                .format(ID_STAMP), text), references, text + "\n", charset, attachments, headers,
                flags == null ? "S" : flags);
    }

    /** Message-IDs at the sender's domain (RFC 5322 section 3.6.4), derived from content, never random. */
    private String messageId(String stamp, String text) {
        CRC32 crc = new CRC32();
        crc.update((from.email() + '\n' + subject + '\n' + stamp + '\n' + text).getBytes(StandardCharsets.UTF_8));
        String host = from.domain().equals("gmail.com") ? "mail.gmail.com" : from.domain();
        return "<" + stamp + "." + String.format(Locale.ROOT, "%08x", crc.getValue()) + "@" + host + ">";
    }
}
