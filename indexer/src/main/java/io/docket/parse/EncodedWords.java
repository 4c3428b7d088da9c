package io.docket.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words as they are really sent, not only as the RFC allows: words split in
 * the middle of a multi-byte character (their bytes are joined before decoding), words inside quoted
 * strings or glued to other text, a missing closing "?=", bad base64 padding, and charset labels that
 * do not match the bytes (detected, with a warning).
 */
final class EncodedWords {
    /** charset (with optional RFC 2231 "*lang"), B or Q, text up to "?=" or the end of the value. */
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?]*?)(?:\\?=|$)");

    private sealed interface Piece permits Plain, Word {
    }

    private record Plain(String text) implements Piece {
    }

    private record Word(String charset, byte[] bytes) implements Piece {
    }

    private EncodedWords() {
    }

    /** {@code value} with every encoded word decoded; {@code context} names the header in warnings. */
    static String decode(String value, Warnings warnings, String context) {
        if (value == null || !value.contains("=?")) return value == null ? "" : value;
        List<Piece> pieces = split(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i) instanceof Plain plain) {
                out.append(plain.text());
                continue;
            }
            Word first = (Word) pieces.get(i);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(first.bytes());
            // RFC 2047 section 6.2: white space between adjacent encoded words is not displayed.
            while (i + 1 < pieces.size()) {
                int next = pieces.get(i + 1) instanceof Plain p && p.text().isBlank() ? i + 2 : i + 1;
                if (next < pieces.size() && pieces.get(next) instanceof Word w && w.charset().equals(first.charset())) {
                    joined.writeBytes(w.bytes());
                    i = next;
                } else {
                    if (next == i + 2 && next < pieces.size() && pieces.get(next) instanceof Word) i++;
                    break;
                }
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(joined.toByteArray(), first.charset());
            if (decoded.detected()) {
                warnings.add("charset-detected", context + ": encoded word labelled " + first.charset()
                        + " read as " + decoded.charset().name());
            }
            out.append(decoded.text());
        }
        return out.toString();
    }

    private static List<Piece> split(String value) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = WORD.matcher(value);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) pieces.add(new Plain(value.substring(last, m.start())));
            String charset = m.group(1).toLowerCase(Locale.ROOT);
            int language = charset.indexOf('*');
            if (language >= 0) charset = charset.substring(0, language);
            String text = m.group(3);
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(text) : quoted(text);
            pieces.add(new Word(charset, bytes));
            last = m.end();
        }
        if (last < value.length()) pieces.add(new Plain(value.substring(last)));
        return pieces;
    }

    /** RFC 2047 section 4.1, forgiving missing padding and stray characters. */
    private static byte[] base64(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
        clean = clean.substring(0, clean.length() - (clean.length() % 4 == 1 ? 1 : 0));
        try {
            return Base64.getDecoder().decode(clean + "=".repeat((4 - clean.length() % 4) % 4));
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** RFC 2047 section 4.2: "_" is a space, "=XX" a byte; a malformed "=" is kept as it is. */
    private static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
