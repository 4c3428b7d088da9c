package io.docket.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns raw header bytes into text. RFC 5322 headers are ASCII; RFC 6532 allows raw UTF-8, which is
 * read as such without complaint. Other raw 8-bit bytes are a legacy charset the mailer never
 * declared: the charset the body declares is tried first (mailers write both with one setting), then
 * ICU's guess, and a warning {@code 8bit-header} says the text was guessed.
 */
final class HeaderText {
    private HeaderText() {
    }

    static String of(byte[] value, Optional<Charset> bodyCharset, Warnings warnings, String name) {
        if (!TextDecoder.hasEightBit(value)) return new String(value, StandardCharsets.US_ASCII);
        Optional<String> utf8 = TextDecoder.utf8(value);
        if (utf8.isPresent()) return utf8.get();
        if (bodyCharset.isPresent() && !bodyCharset.get().equals(StandardCharsets.UTF_8)) {
            TextDecoder.Decoded decoded = TextDecoder.decode(value, bodyCharset.get().name());
            if (!decoded.detected()) {
                warnings.add("8bit-header", name + ": raw 8-bit bytes read as " + decoded.charset().name() + " (the body's charset)");
                return decoded.text();
            }
        }
        TextDecoder.Decoded guessed = TextDecoder.detect(value, StandardCharsets.ISO_8859_1);
        warnings.add("8bit-header", name + ": raw 8-bit bytes read as " + guessed.charset().name() + " (detected)");
        return guessed.text();
    }

    /**
     * A header value Jakarta Mail already made a String of. It reads header bytes as ISO-8859-1, so
     * every char is one original byte; turning it back into bytes recovers them for {@link #of}.
     */
    static String ofLatin1(String value, Optional<Charset> bodyCharset, Warnings warnings, String name) {
        if (value == null) return "";
        if (value.chars().anyMatch(c -> c > 0xff)) return value;
        return of(value.getBytes(StandardCharsets.ISO_8859_1), bodyCharset, warnings, name);
    }
}
