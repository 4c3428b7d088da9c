package io.docket.bench.trade;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Renders a {@link Letter} to RFC 5322 bytes by hand: nothing comes from the clock or the host, so the
 * same letter is always the same bytes. Lines end in CRLF. Non-ASCII names and subjects are RFC 2047
 * encoded-words (UTF-8, base64, at most 75 characters each); the body uses its sender's language's
 * transfer encoding; attachments are base64 parts of a multipart/mixed whose boundary comes from the
 * Message-ID.
 */
final class MimeWriter {
    /** RFC 5322 section 3.3 date-time in the sender's own offset. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);
    private static final Base64.Encoder MIME64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII));
    /** UTF-8 bytes per encoded-word: 45 bytes are 60 base64 characters, 72 with "=?UTF-8?B?" and "?=". */
    private static final int WORD_BYTES = 45;

    private MimeWriter() {}

    static byte[] render(Letter l) {
        StringBuilder h = new StringBuilder(512);
        header(h, "Date", DATE.format(l.date()));
        header(h, "From", address(l.from()));
        header(h, "To", address(l.to()));
        header(h, "Message-ID", l.messageId());
        if (!l.references().isEmpty()) {
            header(h, "In-Reply-To", l.references().getLast());
            header(h, "References", String.join("\r\n ", l.references()));
        }
        header(h, "Subject", encodeWords(l.subject()));
        if (l.autoReply()) header(h, "Auto-Submitted", "auto-replied");
        header(h, "MIME-Version", "1.0");
        Lang lang = l.from().lang();
        String body = crlf(l.body());
        if (l.attachments().isEmpty()) {
            textHeaders(h, lang, body);
            h.append("\r\n").append(encodeBody(body, lang));
            return h.toString().getBytes(StandardCharsets.UTF_8);
        }
        String id = l.messageId().substring(1, l.messageId().indexOf('@'));
        String boundary = "----=_Part_" + id;
        header(h, "Content-Type", "multipart/mixed;\r\n\tboundary=\"" + boundary + "\"");
        h.append("\r\nThis is a multi-part message in MIME format.\r\n\r\n--").append(boundary).append("\r\n");
        textHeaders(h, lang, body);
        h.append("\r\n").append(encodeBody(body, lang));
        for (Letter.Attachment a : l.attachments()) {
            h.append("\r\n--").append(boundary).append("\r\n");
            header(h, "Content-Type", a.mimeType() + ";\r\n\tname=\"" + a.fileName() + "\"");
            header(h, "Content-Disposition", "attachment;\r\n\tfilename=\"" + a.fileName() + "\"");
            header(h, "Content-Transfer-Encoding", "base64");
            h.append("\r\n").append(MIME64.encodeToString(a.bytes())).append("\r\n");
        }
        h.append("\r\n--").append(boundary).append("--\r\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder h, String name, String value) {
        h.append(name).append(": ").append(value).append("\r\n");
    }

    /** 7bit only when the text is ASCII: a 7bit part must not carry 8-bit bytes (RFC 2045 section 2.7). */
    private static void textHeaders(StringBuilder h, Lang lang, String body) {
        String cte = lang.transferEncoding.equals("7bit") && !ascii(body) ? "8bit" : lang.transferEncoding;
        header(h, "Content-Type", "text/plain; charset=UTF-8" + (cte.equals("7bit") ? "; format=flowed" : ""));
        header(h, "Content-Transfer-Encoding", cte);
    }

    private static String encodeBody(String body, Lang lang) {
        String text = body.endsWith("\r\n") ? body : body + "\r\n";
        return switch (lang.transferEncoding) {
            case "base64" -> MIME64.encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n";
            case "quoted-printable" -> QuotedPrintable.encode(text);
            default -> text;
        };
    }

    /** A display name of atoms as it is, other ASCII as a quoted string, the rest as encoded-words (RFC 5322 3.4). */
    static String address(Party p) {
        String name = p.name();
        String shown = !ascii(name) ? encodeWords(name) : name.matches("[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]*") ? name : '"' + name + '"';
        return shown + " <" + p.email() + ">";
    }

    /**
     * RFC 2047: ASCII stays as it is; anything else becomes UTF-8 "B"
     * encoded-words, split between characters, folded onto continuation lines.
     */
    static String encodeWords(String text) {
        if (ascii(text)) return text;
        StringBuilder out = new StringBuilder();
        byte[] chunk = new byte[WORD_BYTES + 4];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            if (n + b.length > WORD_BYTES) {
                word(out, chunk, n);
                n = 0;
            }
            System.arraycopy(b, 0, chunk, n, b.length);
            n += b.length;
            i += Character.charCount(cp);
        }
        word(out, chunk, n);
        return out.toString();
    }

    private static void word(StringBuilder out, byte[] chunk, int n) {
        if (!out.isEmpty()) out.append("\r\n ");
        byte[] b = java.util.Arrays.copyOf(chunk, n);
        out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(b)).append("?=");
    }

    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7E) return false;
        return true;
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** RFC 2045 section 6.7 quoted-printable of UTF-8 text, soft line breaks before 76 characters. */
    static final class QuotedPrintable {
        private QuotedPrintable() {}

        static String encode(String text) {
            StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
            String[] lines = text.split("\r\n", -1);
            for (int li = 0; li < lines.length; li++) {
                byte[] bytes = lines[li].getBytes(StandardCharsets.UTF_8);
                int col = 0;
                for (int i = 0; i < bytes.length; i++) {
                    int b = bytes[i] & 0xFF;
                    boolean last = i == bytes.length - 1;
                    boolean plain = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
                    String piece = plain ? String.valueOf((char) b) : String.format(Locale.ROOT, "=%02X", b);
                    if (col + piece.length() > 75) {
                        out.append("=\r\n");
                        col = 0;
                    }
                    out.append(piece);
                    col += piece.length();
                }
                if (li < lines.length - 1) out.append("\r\n");
            }
            return out.toString();
        }
    }
}
