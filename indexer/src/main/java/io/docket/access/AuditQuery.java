package io.docket.access;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which audit entries to list: each filter is optional (null); newest first, at most {@code limit}.
 *
 * @param actor  exact actor name
 * @param action exact action name
 * @param target text the target contains (a message id, an order, a word of a query)
 * @param before only entries with a lower sequence number (the next page of older entries), or 0 for the newest
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, int limit, long before) {
    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from must not be after to");
        if (before < 0) throw new IllegalArgumentException("before must be an entry's sequence number, got " + before);
    }

    /** The newest matching entries. */
    public AuditQuery(String actor, String action, String target, Instant from, Instant to, int limit) {
        this(actor, action, target, from, to, limit, 0);
    }

    /**
     * Bytes every matching entry's JSON line contains: the text filters as written, since the log is UTF-8
     * with only quotes, backslashes and control characters escaped. Lines without them are not decoded;
     * decoding every line of a large log to filter it was most of a page's time.
     */
    List<byte[]> rawNeedles() {
        List<byte[]> needles = new ArrayList<>(3);
        for (String text : new String[] {actor, action, target}) {
            if (text != null && !text.isEmpty() && writtenAsIs(text)) needles.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return needles;
    }

    private static boolean writtenAsIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) return false;
        }
        return true;
    }

    static boolean containsAll(List<byte[]> needles, byte[] line, int start, int length) {
        for (byte[] needle : needles) {
            if (indexOf(line, start, length, needle) < 0) return false;
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int start, int length, byte[] needle) {
        int last = start + length - needle.length;
        outer:
        for (int i = start; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    boolean matches(AuditEntry e) {
        if (before > 0 && e.sequence() >= before) return false;
        if (actor != null && !actor.equals(e.actor())) return false;
        if (action != null && !action.equals(e.action())) return false;
        if (target != null && !e.target().contains(target)) return false;
        if (from == null && to == null) return true;
        Instant time = Instant.parse(e.time());
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }
}
