package io.docket.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything Docket reads out of one original message. Produced by the parse stage from raw bytes;
 * never null fields (empty strings and lists instead). {@code messageId} is the Message-ID without
 * angle brackets, or empty when the message has none. {@code date} keeps the sender's own offset and
 * is null only when the Date header is missing or unreadable (a warning says which).
 * {@code body} is the readable text of the message: text/plain, or text/html rendered as text, plus the
 * headers and text of forwarded message/rfc822 parts so they are searchable through their carrier.
 */
public record ParsedMessage(
        String messageId,
        List<String> inReplyTo,
        List<String> references,
        Address from,
        List<Address> to,
        List<Address> cc,
        List<Address> bcc,
        String subject,
        OffsetDateTime date,
        String body,
        String htmlBody,
        List<Attachment> attachments,
        List<Header> headers,
        String language,
        List<ParseWarning> warnings) {

    public ParsedMessage {
        messageId = messageId == null ? "" : messageId;
        inReplyTo = List.copyOf(inReplyTo == null ? List.of() : inReplyTo);
        references = List.copyOf(references == null ? List.of() : references);
        from = from == null ? new Address("", "") : from;
        to = List.copyOf(to == null ? List.of() : to);
        cc = List.copyOf(cc == null ? List.of() : cc);
        bcc = List.copyOf(bcc == null ? List.of() : bcc);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        htmlBody = htmlBody == null ? "" : htmlBody;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        headers = List.copyOf(headers == null ? List.of() : headers);
        language = language == null ? "" : language;
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    public boolean hasAttachments() {
        return !attachments.isEmpty();
    }
}
