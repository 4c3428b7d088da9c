package io.docket.bench.trade;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One generated message before rendering. {@code references} is the RFC 5322 References chain, its
 * last element the In-Reply-To; empty for a thread's first message.
 *
 * @param autoReply an out-of-office answer (RFC 3834 {@code Auto-Submitted: auto-replied})
 */
record Letter(Party from, Party to, String subject, ZonedDateTime date, String messageId, List<String> references, String body,
              List<Attachment> attachments, boolean autoReply) {
    Letter {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        if (!messageId.startsWith("<") || !messageId.endsWith(">")) throw new IllegalArgumentException("Message-ID needs angle brackets: " + messageId);
    }

    /**
     * An attached file and the text a text extractor finds in it (what the order and word counts are
     * computed from).
     */
    record Attachment(String fileName, String mimeType, byte[] bytes, String text) {}

    /** Everything the index sees as text: subject, body (quotes included), file names and attachment text. */
    String searchableText() {
        StringBuilder all = new StringBuilder(subject).append('\n').append(body);
        for (Attachment a : attachments) all.append('\n').append(a.fileName()).append('\n').append(a.text());
        return all.toString();
    }
}
