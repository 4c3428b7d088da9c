package io.docket.parse;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The Jakarta Mail session every parse uses: lenient everywhere, because an archive must read what was
 * sent, not what should have been. Docket decodes text, header words and file names itself; these
 * settings only keep Jakarta Mail from refusing the structure around them.
 */
final class MimeSession {
    private MimeSession() {
    }

    static Session lenient() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.decodefilename", "true");
        p.setProperty("mail.mime.decodeparameters", "true"); // RFC 2231 parameter values and continuations
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.ignoreunknownencoding", "true");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        p.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        return Session.getInstance(p);
    }
}
