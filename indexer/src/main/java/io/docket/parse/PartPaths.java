package io.docket.parse;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;

/**
 * Part paths numbered as IMAP numbers body parts (RFC 9051 section 6.4.5): children of a multipart
 * are 1, 2, ...; "2.1" is the first child of part 2; the parts of a message/rfc822 part continue its
 * number ("3.1" is the forwarded message's first part); a message that is not multipart has part "1".
 */
final class PartPaths {
    private PartPaths() {
    }

    static String child(String parent, int number) {
        return parent.isEmpty() ? Integer.toString(number) : parent + "." + number;
    }

    static boolean isMultipart(String baseType) {
        return baseType.startsWith("multipart/");
    }

    static boolean isMessage(String baseType) {
        return baseType.equals("message/rfc822") || baseType.equals("message/global");
    }

    /** The message a message/rfc822 part carries, parsed from its decoded bytes. */
    static MimeMessage inner(Session session, Part part) throws MessagingException {
        return new MimeMessage(session, new UnsynchronizedBytes(MimeParts.read(part).bytes()));
    }

    /** The part at {@code path} in {@code root}, or empty when there is none. */
    static Optional<Part> locate(Session session, MimeMessage root, String path) {
        if (path == null || !path.matches("\\d+(\\.\\d+)*")) return Optional.empty();
        try {
            Part current = root;
            for (String segment : path.split("\\.")) {
                int number = Integer.parseInt(segment);
                Part container = current != root && isMessage(MimeParts.baseType(current)) ? inner(session, current) : current;
                if (isMultipart(MimeParts.baseType(container)) && container.getContent() instanceof MimeMultipart multipart) {
                    if (number < 1 || number > multipart.getCount()) return Optional.empty();
                    BodyPart part = multipart.getBodyPart(number - 1);
                    current = part;
                } else if (number == 1) {
                    current = container;
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(current);
        } catch (MessagingException | java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
