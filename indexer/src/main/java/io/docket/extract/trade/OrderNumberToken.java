package io.docket.extract.trade;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number that follows an order label, by hand and in one pass, and rejects what only looks
 * like one: dates, bare years, prices, quantities, and words ("P.O. Box", "in order to").
 */
final class OrderNumberToken {
    /** Skipped between a label and its number: "PO No.: 4500", "订单号：HD", "Order # 45". */
    private static final String JOINERS = " \t:：#-–=\u00a0";
    private static final int MAX_JOIN = 6;
    /** Letters-only first words that are never a number's prefix ("P.O. Box 123", "order no 5 of 7"). */
    private static final Set<String> NOT_A_PREFIX = Set.of("BOX", "OF", "FOR", "IS", "TO", "NO", "NR", "THE", "AND", "AT", "ON", "IN", "DE", "DU", "DEL", "VOM", "FROM");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d{1,2}");
    /** A unit, currency or "%" right after the digits means a quantity or price: "order 5000 pcs". */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "\\s?(?:pcs|pc|pieces?|units?|sets?|ctns?|cartons?|kgs?|tons?|mt|usd|eur|rmb|cny|%|件|个|套|只|台|箱|天|美元|元|days?|días|Stück|Stk|pièces|unidades|piezas)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    record Token(int start, int end, String text) {}

    private OrderNumberToken() {}

    /** The number starting after the joiners at {@code from}, or null when what follows is not one. */
    static Token read(CharSequence s, int from, boolean weak, boolean marked, int minLength, int maxLength) {
        int i = from;
        int joined = 0;
        while (i < s.length() && joined < MAX_JOIN && JOINERS.indexOf(s.charAt(i)) >= 0) {
            i++;
            joined++;
        }
        if (i < s.length() && s.charAt(i) == '\n' && joined < MAX_JOIN) i++; // "Order No.:" at a line end
        int start = i;
        int end = segmentEnd(s, start);
        if (end == start) return null;
        boolean lettersOnlyPrefix = !TradeText.hasDigit(s, start, end);
        if (lettersOnlyPrefix && end - start > 4) return null;
        if (lettersOnlyPrefix && NOT_A_PREFIX.contains(s.subSequence(start, end).toString().toUpperCase())) return null;
        while (end + 1 < s.length()) {
            char sep = s.charAt(end);
            if (sep == '-' || sep == '_' || sep == '/' || sep == '.') {
                int next = segmentEnd(s, end + 1);
                if (next == end + 1) break;
                boolean digits = TradeText.hasDigit(s, end + 1, next);
                if (digits) {
                    if ((sep == '_' || sep == '.') && next - end - 1 > 6) break; // "_20240305.jpg" is a date in a file name
                    end = next;
                    continue;
                }
                // letters-only: "HD-SC-2024" keeps "SC" only when digits follow it
                if (next - end - 1 <= 4 && next + 1 < s.length() && isSeparator(s.charAt(next))) {
                    int after = segmentEnd(s, next + 1);
                    if (after > next + 1 && TradeText.hasDigit(s, next + 1, after)) {
                        end = next;
                        continue;
                    }
                }
                break;
            }
            if (sep == ' ' && lettersOnlyPrefix) { // "hd 2024 0117"
                int next = segmentEnd(s, end + 1);
                if (next - end - 1 >= 2 && next - end - 1 <= 8 && allDigits(s, end + 1, next)) {
                    end = next;
                    continue;
                }
            }
            break;
        }
        String text = s.subSequence(start, end).toString();
        return acceptable(s, text, end, weak, marked, minLength, maxLength) ? new Token(start, end, text) : null;
    }

    private static boolean acceptable(CharSequence s, String text, int end, boolean weak, boolean marked, int min, int max) {
        String key = OrderMention.keyOf(text);
        if (key.length() < min || key.length() > max) return false;
        if (!TradeText.hasDigit(text, 0, text.length())) return false;
        if (DATE.matcher(text).matches() || YEAR.matcher(key).matches() || DECIMAL.matcher(text).matches()) return false;
        if (end + 1 < s.length() && (s.charAt(end) == ',' || s.charAt(end) == ':') && Character.isDigit(s.charAt(end + 1)))
            return false; // "5,000" or "10:30"
        if (UNIT_AFTER.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt()) return false;
        boolean hasLetter = !allDigits(text, 0, text.length()) && text.chars().anyMatch(Character::isLetter);
        if (weak && !marked && !hasLetter && key.length() < 5) return false;
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '/' || c == '.';
    }

    /** End of a run of Latin letters and digits (any script's digits) starting at {@code i}. */
    private static int segmentEnd(CharSequence s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) i++;
            else break;
        }
        return i;
    }

    private static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return to > from;
    }
}
