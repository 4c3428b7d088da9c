package io.docket.samples.trade;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;

/**
 * A MimeMultipart with a boundary we choose. The default boundary mixes in the clock and a hash code
 * (jakarta.mail.internet.UniqueValue), which would make two runs differ.
 */
final class FixedBoundaryMultipart extends MimeMultipart {
    FixedBoundaryMultipart(String subtype, String boundary) {
        super(subtype);
        ContentType type = new ContentType("multipart", subtype, null);
        type.setParameter("boundary", boundary);
        contentType = type.toString();
    }
}
