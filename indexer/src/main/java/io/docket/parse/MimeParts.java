package io.docket.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading one MIME part's type, parameters, file name and decoded bytes, forgiving bad syntax. */
final class MimeParts {
    private static final Pattern BASE_TYPE = Pattern.compile("^\\s*([A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+)");

    private MimeParts() {
    }

    /** The decoded bytes and whether reading stopped early (truncated base64, cut message). */
    record Content(byte[] bytes, boolean truncated) {
    }

    /** Lower-case type/subtype; RFC 2045 section 5.2 makes a missing Content-Type text/plain. */
    static String baseType(Part part) {
        String header = header(part, "Content-Type");
        if (header.isBlank()) return "text/plain";
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            Matcher m = BASE_TYPE.matcher(header);
            return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "application/octet-stream";
        }
    }

    static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 || values[0] == null ? "" : values[0];
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The forgiving reading's pattern per parameter name (names come from this code, a handful). */
    private static final Map<String, Pattern> PARAMETER = new ConcurrentHashMap<>();

    /** A parameter of a structured header, RFC 2231 encoded and continued values joined and decoded. */
    static Optional<String> parameter(String header, String name, boolean disposition) {
        if (header.isBlank()) return Optional.empty();
        try {
            String value = disposition ? new ContentDisposition(header).getParameter(name) : new ContentType(header).getParameter(name);
            if (value != null) return Optional.of(value);
        } catch (ParseException e) {
            // fall through to the forgiving reading below
        }
        Matcher m = PARAMETER.computeIfAbsent(name, n -> Pattern.compile(
                "(?i)(?:^|;)\\s*" + Pattern.quote(n) + "\\s*=\\s*(?:\"([^\"]*)\"?|([^;\\s]+))")).matcher(header);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    static boolean isAttachmentDisposition(Part part) {
        return header(part, "Content-Disposition").strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    /**
     * The file name: Content-Disposition's filename (RFC 2183), else Content-Type's name (RFC 2046's
     * predecessor form); raw 8-bit bytes resolved before the parameters are read, RFC 2047 words after.
     */
    static String filename(Part part, Optional<Charset> bodyCharset, Warnings warnings, String path) {
        String context = "filename of part " + path;
        String disposition = HeaderText.ofLatin1(header(part, "Content-Disposition"), bodyCharset, warnings, context);
        String type = HeaderText.ofLatin1(header(part, "Content-Type"), bodyCharset, warnings, context);
        String name = parameter(disposition, "filename", true).or(() -> parameter(type, "name", false)).orElse("");
        return EncodedWords.decode(name, warnings, context).strip();
    }

    static Content read(Part part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = decoded(part)) {
            in.transferTo(out);
            return new Content(out.toByteArray(), false);
        } catch (IOException | MessagingException | RuntimeException e) {
            return new Content(salvageBase64(part).orElse(out.toByteArray()), true);
        }
    }

    /**
     * {@code part.getInputStream()}, with quoted-printable leaves decoded by the same decoder over a stream that
     * takes no lock per byte ({@link UnsynchronizedBytes}): Jakarta Mail's decoder reads its input byte by byte.
     */
    private static InputStream decoded(Part part) throws MessagingException, IOException {
        if (part instanceof MimePart mime && "quoted-printable".equalsIgnoreCase(strip(mime.getEncoding()))) {
            String type = baseType(part);
            // Jakarta Mail ignores a transfer encoding on multipart and message parts; those keep its own reading.
            if (!type.startsWith("multipart/") && !type.startsWith("message/")) {
                byte[] raw;
                try (InputStream in = raw(mime)) {
                    raw = in.readAllBytes();
                }
                return MimeUtility.decode(new UnsynchronizedBytes(raw), "quoted-printable");
            }
        }
        return part.getInputStream();
    }

    private static InputStream raw(MimePart part) throws MessagingException {
        return part instanceof MimeBodyPart body ? body.getRawInputStream() : ((MimeMessage) part).getRawInputStream();
    }

    private static String strip(String encoding) {
        return encoding == null ? "" : encoding.strip();
    }

    /**
     * The base64 alphabet's characters of {@code text}, in order: line breaks, padding and noise dropped. A
     * loop, not a regular expression: a 170 KB broken attachment took half of its message's view in {@code replaceAll}.
     */
    static byte[] base64Alphabet(byte[] text) {
        byte[] out = new byte[text.length];
        int n = 0;
        for (byte b : text) {
            if (b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/') out[n++] = b;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Jakarta Mail's base64 decoder gives up on a cut-off stream and drops the block it was decoding;
     * decoding the raw text here keeps every complete 4-character group (RFC 2045 section 6.8).
     */
    private static Optional<byte[]> salvageBase64(Part part) {
        if (!header(part, "Content-Transfer-Encoding").strip().equalsIgnoreCase("base64")) return Optional.empty();
        try (InputStream raw = part instanceof MimeBodyPart body ? body.getRawInputStream()
                : part instanceof MimeMessage message ? message.getRawInputStream() : null) {
            if (raw == null) return Optional.empty();
            byte[] groups = base64Alphabet(raw.readAllBytes());
            return Optional.of(Base64.getDecoder().decode(Arrays.copyOf(groups, groups.length - groups.length % 4)));
        } catch (IOException | MessagingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
