package io.docket.samples.trade;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A MimeMessage whose Message-ID is ours. Jakarta Mail otherwise replaces it on saveChanges() with a
 * value made of the clock and a counter, which would make two runs differ.
 */
final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
