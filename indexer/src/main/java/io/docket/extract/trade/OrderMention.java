package io.docket.extract.trade;

import java.text.Normalizer;
import java.util.Objects;

/**
 * One order, contract or invoice number found in text.
 *
 * @param number the number as written, without its label ("HD-2024-0117")
 * @param key    the number folded so that spellings of one order meet: upper case, ASCII digits, no
 *               separators ("HD-2024-0117", "HD20240117" and "hd 2024 0117" all give "HD20240117")
 * @param label  the label as written, without trailing "#" or ":" ("PO", "Order No.", "订单号"); empty when
 *               the number was recognised by its shape or by a configured pattern
 * @param start  offset of the number in the text searched
 * @param end    offset just after the number
 */
public record OrderMention(String number, String key, String label, int start, int end) {
    public OrderMention {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(key, "key");
        label = label == null ? "" : label;
        if (number.isBlank()) throw new IllegalArgumentException("order number is blank");
        if (key.isEmpty() || !key.equals(keyOf(key)))
            throw new IllegalArgumentException("order key '" + key + "' is not normalised (expected '" + keyOf(key) + "')");
        if (start < 0 || end <= start)
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for order number " + number);
    }

    /** Builds a mention whose key is derived from the number. */
    public static OrderMention of(String number, String label, int start, int end) {
        return new OrderMention(number, keyOf(number), label, start, end);
    }

    /** The normalised key of a number: NFKC, upper case, ASCII digits, separators (- _ / . space) removed. */
    public static String keyOf(String number) {
        String nfkc = Normalizer.normalize(number, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c == '-' || c == '_' || c == '/' || c == '.' || Character.isWhitespace(c) || c == '\u2013') continue;
            if (Character.isDigit(c)) key.append((char) ('0' + Character.digit(c, 10)));
            else key.append(Character.toUpperCase(c));
        }
        return key.toString();
    }
}
