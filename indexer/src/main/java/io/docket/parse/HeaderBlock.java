package io.docket.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The header fields of a message read straight from its bytes, unfolded (RFC 5322 section 2.2.3) but
 * not decoded. Jakarta Mail turns header bytes into a String before Docket sees them, which loses raw
 * 8-bit bytes that are not UTF-8; reading the block here keeps them for {@link HeaderText}.
 */
record HeaderBlock(List<RawField> fields, boolean hasNul) {
    /** Header names that make a block a mail header rather than some other "name: value" text. */
    private static final Set<String> MAIL_FIELDS = Set.of("from", "to", "cc", "subject", "date", "message-id",
            "received", "return-path", "mime-version", "content-type", "sender", "reply-to", "delivered-to");

    /** One field: its name as written and its unfolded value bytes, leading white space removed. */
    record RawField(String name, byte[] value) {
    }

    static HeaderBlock read(byte[] raw) {
        List<String> names = new ArrayList<>();
        List<ByteArrayOutputStream> values = new ArrayList<>();
        boolean hasNul = false;
        int pos = 0;
        while (pos < raw.length) {
            int end = pos;
            while (end < raw.length && raw[end] != '\n') end++;
            int lineEnd = end > pos && raw[end - 1] == '\r' ? end - 1 : end;
            int next = Math.min(end + 1, raw.length);
            if (lineEnd == pos) break; // the empty line that ends the header block
            for (int i = pos; i < lineEnd; i++) hasNul |= raw[i] == 0;
            byte first = raw[pos];
            if ((first == ' ' || first == '\t') && !values.isEmpty()) {
                // Unfolding removes only the CRLF; the white space that follows stays.
                values.getLast().write(raw, pos, lineEnd - pos);
            } else if (names.isEmpty() && startsWith(raw, pos, "From ")) {
                // An mbox "From " separator line (RFC 4155) left in front of the message.
            } else {
                int colon = fieldNameEnd(raw, pos, lineEnd);
                if (colon < 0) break; // not a header line: the body starts here (the blank line is missing)
                names.add(new String(raw, pos, colon - pos, StandardCharsets.US_ASCII).strip());
                ByteArrayOutputStream value = new ByteArrayOutputStream();
                value.write(raw, colon + 1, lineEnd - colon - 1);
                values.add(value);
            }
            pos = next;
        }
        List<RawField> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(new RawField(names.get(i), trimLeading(values.get(i).toByteArray())));
        }
        return new HeaderBlock(List.copyOf(fields), hasNul);
    }

    /** True when this reads as a mail header: no NUL bytes and at least one field only mail has. */
    boolean looksLikeMail() {
        return !hasNul && fields.stream().anyMatch(f -> MAIL_FIELDS.contains(f.name().toLowerCase(Locale.ROOT)));
    }

    /** The first field of that name (case-insensitive), if any. */
    Optional<RawField> first(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** RFC 5322 section 3.6.8: printable ASCII except ":", then ":" (white space before it tolerated). */
    private static int fieldNameEnd(byte[] raw, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == ':') return i > from ? i : -1;
            if (b < 33 || b > 126) {
                if ((b == ' ' || b == '\t') && onlyBlanksThenColon(raw, i, to)) continue;
                return -1;
            }
        }
        return -1;
    }

    private static boolean onlyBlanksThenColon(byte[] raw, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == ':') return true;
            if (raw[i] != ' ' && raw[i] != '\t') return false;
        }
        return false;
    }

    private static boolean startsWith(byte[] raw, int pos, String prefix) {
        if (raw.length - pos < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (raw[pos + i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    private static byte[] trimLeading(byte[] value) {
        int start = 0;
        while (start < value.length && (value[start] == ' ' || value[start] == '\t')) start++;
        int end = value.length;
        while (end > start && (value[end - 1] == ' ' || value[end - 1] == '\t')) end--;
        byte[] out = new byte[end - start];
        System.arraycopy(value, start, out, 0, out.length);
        return out;
    }
}
