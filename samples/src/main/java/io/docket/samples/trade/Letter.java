package io.docket.samples.trade;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One message of the story before it is rendered to MIME. {@code references} is the full RFC 5322
 * References chain; its last element is the In-Reply-To. An empty chain on a reply is deliberate: the
 * subject-only threading case. {@code flags} is the Maildir info flag set ("S", "RS", "FS", "").
 */
record Letter(Party from, List<Party> to, List<Party> cc, String subject, ZonedDateTime date, String messageId,
              List<String> references, String body, String charset, List<FileAttachment> attachments,
              List<ExtraHeader> headers, String flags) {
    Letter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        headers = List.copyOf(headers);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("no recipient: " + subject);
        }
        if (!messageId.startsWith("<") || !messageId.endsWith(">")) {
            throw new IllegalArgumentException("Message-ID needs angle brackets: " + messageId);
        }
    }

    /** Whether any recipient is one of our own staff, so the message also lands in INBOX. */
    boolean reachesHuada() {
        return to.stream().anyMatch(Party::isHuada) || cc.stream().anyMatch(Party::isHuada);
    }
}
