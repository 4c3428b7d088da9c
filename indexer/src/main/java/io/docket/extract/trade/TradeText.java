package io.docket.extract.trade;

import java.text.Normalizer;

/** Text folding shared by the extractors: one spelling for full-width forms, digits and spaces. */
final class TradeText {
    /** Left and right word boundaries that work for accented Latin letters, unlike ASCII {@code \b}. */
    static final String B0 = "(?<![\\p{L}\\p{N}])";
    static final String B1 = "(?![\\p{L}\\p{N}])";

    private TradeText() {}

    /**
     * NFKC (full-width "ＨＤ２０２４", "：", "％" become ASCII), every decimal digit as ASCII (Arabic-Indic
     * "٤٥" is 45), the Arabic decimal separator as a dot, and runs of white space as one space. The result
     * is for matching only; offsets always point into the original text.
     */
    static String fold(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // A char array, not a StringBuilder: appending char by char was two thirds of this method's time.
        char[] out = new char[nfkc.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space && n > 0) out[n++] = ' ';
            space = false;
            if (c == '\u066b') c = '.';
            else if (c == '\u066c') c = ',';
            else if (c >= 0x80 && Character.isDigit(c)) c = (char) ('0' + Character.digit(c, 10));
            out[n++] = c;
        }
        return new String(out, 0, n);
    }

    /**
     * Whether a match of {@code probe}'s pattern may begin with {@code start}: a probe that neither matches
     * nor reads past its end ({@link java.util.regex.Matcher#hitEnd}) cannot begin a match whatever follows.
     * Asked of a pattern at class load, it makes tables that skip positions the pattern would reject.
     */
    static boolean mayBeginMatch(java.util.regex.Matcher probe, String start) {
        probe.reset(start);
        return probe.lookingAt() || probe.hitEnd();
    }

    /** Whether {@code s} holds a digit between {@code from} and {@code to} (any script's; folded text has ASCII ones only). */
    static boolean hasDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /**
     * One spelling for an amount written "12,800.00", "12.800,00", "12 800" or "12,80": grouped thousands
     * with commas and a dot before decimals. A single separator followed by exactly three digits is read
     * as a thousands separator ("6.000 Stück", "5,000 pcs"), any other last separator as the decimal one.
     */
    static String amount(String raw) {
        String s = raw.replace(" ", "").replace("\u00a0", "").replace("'", "");
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        String integer = s;
        String decimals = "";
        if (last >= 0) {
            char sep = s.charAt(last);
            int digitsAfter = s.length() - last - 1;
            boolean onlyOneKind = lastDot < 0 || lastComma < 0;
            boolean thousands = onlyOneKind && digitsAfter == 3
                    && (s.indexOf(sep) != last || s.substring(0, last).length() <= 3);
            if (!thousands) {
                integer = s.substring(0, last);
                decimals = s.substring(last + 1);
            }
        }
        integer = integer.replace(".", "").replace(",", "");
        integer = integer.replaceFirst("^0+(?=\\d)", "");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) grouped.append(',');
            grouped.append(integer.charAt(i));
        }
        return decimals.isEmpty() ? grouped.toString() : grouped + "." + decimals;
    }
}
