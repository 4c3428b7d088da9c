package io.docket.samples.trade;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** Renders a {@link Letter} to RFC 5322 bytes with Jakarta Mail, with nothing taken from the clock. */
final class MimeRenderer {
    /** RFC 5322 section 3.3 date-time, in the sender's own offset. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);

    private final Session session = Session.getInstance(new Properties());

    byte[] render(Letter letter) {
        try {
            checkEncodable(letter);
            MimeMessage msg = new FixedIdMessage(session, letter.messageId());
            msg.setHeader("Date", DATE.format(letter.date()));
            msg.setFrom(address(letter.from(), letter.charset()));
            msg.setRecipients(Message.RecipientType.TO, addresses(letter.to(), letter.charset()));
            if (!letter.cc().isEmpty()) {
                msg.setRecipients(Message.RecipientType.CC, addresses(letter.cc(), letter.charset()));
            }
            // RFC 2047: non-ASCII subjects become encoded-words in the letter's own charset.
            msg.setSubject(letter.subject(), letter.charset());
            if (!letter.references().isEmpty()) {
                msg.setHeader("In-Reply-To", letter.references().getLast());
                msg.setHeader("References", MimeUtility.fold(12, String.join(" ", letter.references())));
            }
            for (ExtraHeader h : letter.headers()) {
                msg.setHeader(h.name(), h.value());
            }
            String text = crlf(letter.body());
            if (letter.attachments().isEmpty()) {
                msg.setText(text, letter.charset());
                sevenBitForJis(msg, letter.charset());
            } else {
                msg.setContent(multipart(letter, text));
            }
            msg.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            msg.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot render " + letter.messageId(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FixedBoundaryMultipart multipart(Letter letter, String text) throws MessagingException {
        // Boundary from the Message-ID: unique per message, stable across runs.
        String id = letter.messageId().substring(1, letter.messageId().indexOf('@'));
        FixedBoundaryMultipart mixed = new FixedBoundaryMultipart("mixed", "----=_Part_" + id);
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, letter.charset());
        sevenBitForJis(textPart, letter.charset());
        mixed.addBodyPart(textPart);
        for (FileAttachment a : letter.attachments()) {
            mixed.addBodyPart(attachmentPart(a));
        }
        return mixed;
    }

    /**
     * ISO-2022-JP is a 7-bit encoding by design (RFC 1468); Jakarta Mail would pick quoted-printable
     * because of the ESC bytes, which Japanese mailers never do.
     */
    private static void sevenBitForJis(jakarta.mail.internet.MimePart part, String charset) throws MessagingException {
        if (charset.equalsIgnoreCase("ISO-2022-JP")) {
            part.setHeader("Content-Transfer-Encoding", "7bit");
        }
    }

    private static MimeBodyPart attachmentPart(FileAttachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.mimeType())));
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(a.fileName());
        ParameterList typeParams = new ParameterList();
        ParameterList dispParams = new ParameterList();
        if (ascii) {
            typeParams.set("name", a.fileName());
            dispParams.set("filename", a.fileName());
        } else {
            // RFC 2231 (name*=UTF-8''...) rather than RFC 2047 words, which RFC 2047 section 5 forbids in parameters.
            typeParams.set("name", a.fileName(), "UTF-8");
            dispParams.set("filename", a.fileName(), "UTF-8");
        }
        ContentType type = new ContentType(a.mimeType());
        type.setParameterList(typeParams);
        part.setHeader("Content-Type", type.toString());
        part.setHeader("Content-Disposition", new ContentDisposition("attachment", dispParams).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static InternetAddress address(Party p, String charset) {
        try {
            return new InternetAddress(p.email(), p.name(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InternetAddress[] addresses(List<Party> parties, String charset) {
        return parties.stream().map(p -> address(p, charset)).toArray(InternetAddress[]::new);
    }

    /** RFC 5322 lines end in CRLF; 7bit and 8bit bodies are written as given, so normalise here. */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** Fail loudly rather than let a legacy charset turn a character into '?'. */
    private static void checkEncodable(Letter letter) {
        var encoder = Charset.forName(letter.charset()).newEncoder();
        StringBuilder all = new StringBuilder(letter.subject()).append(letter.body()).append(letter.from().name());
        letter.to().forEach(p -> all.append(p.name()));
        letter.cc().forEach(p -> all.append(p.name()));
        if (!encoder.canEncode(all)) {
            throw new IllegalArgumentException(letter.charset() + " cannot encode " + letter.subject());
        }
    }
}
