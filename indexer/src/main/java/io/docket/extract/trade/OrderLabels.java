package io.docket.extract.trade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that introduce an order, contract or invoice number in the languages of our customers' mail.
 * A label is <em>strong</em> when it carries a number marker ("No.", "#", "Nr.", "nº", "号", "番号", "رقم")
 * or is a noun that means "order number" by itself (PO, S/C, P/I, Bestellnummer); a <em>weak</em> label is
 * a bare noun ("order", "pedido", "commande", "订单") that also starts ordinary sentences ("order 5,000
 * pcs"), so {@link OrderNumberToken} asks more of the number that follows it.
 */
final class OrderLabels {
    private static final String B0 = TradeText.B0;
    private static final String NO = "(?:No(?:\\.|(?![\\p{L}]))|Nr(?:\\.|(?![\\p{L}]))|Number|Num\\.|n\\.?\\s?[º°o]\\.?|nro\\.|núm\\.?|número|numéro|#|ID(?![\\p{L}]))";
    private static final String NO_OF = "(?:N[º°o]\\.?|n\\.º|Nr\\.|No\\.|número|numéro|num\\.)\\s*(?:de|del|du)\\s+";

    /** Latin-script strong labels; each begins with one of {@link #FIRST_LETTERS}. */
    private static final String LATIN_STRONG = String.join("|",
            "(?:purchase\\s+)?order\\s*" + NO,
            "purchase\\s+order",
            "P\\.?\\s?O\\.?(?:\\s*" + NO + ")?",
            "P/O(?:\\s*" + NO + ")?",
            "S\\s?/\\s?C(?:\\s*" + NO + ")?",
            "SC\\s*" + NO,
            "(?:sales\\s+)?contract\\s*" + NO,
            "P\\s?/\\s?I(?:\\s*" + NO + ")?",
            "PI\\s*" + NO,
            "pro-?\\s?forma(?:\\s+invoice)?\\s*" + NO,
            "(?:commercial\\s+)?invoice\\s*" + NO,
            NO_OF + "(?:pedido|orden(?:\\s+de\\s+compra)?|factura|contrato|commande|bon\\s+de\\s+commande|facture|contrat)",
            "(?:pedido|orden\\s+de\\s+compra|orden|factura|contrato|commande|bon\\s+de\\s+commande|facture|contrat)\\s*" + NO,
            "(?:Bestell|Auftrags|Rechnungs|Vertrags)(?:nummer|-?\\s?Nr\\.?)",
            "(?:Bestellung|Auftrag|Rechnung|Vertrag)\\s*" + NO);
    private static final String OTHER_STRONG = String.join("|",
            "(?:订单编号|订单号码|订单号|采购单号|采购订单号|销售合同号|合同编号|合同号|形式发票号|发票号码|发票号|訂單編號|訂單號碼|訂單號|合同編號|注文番号|注文書番号|発注番号|請求書番号)",
            "رقم\\s+(?:الطلب|طلب\\s+الشراء|أمر\\s+الشراء|الطلبية|الفاتورة|العقد)");
    private static final String LATIN_WEAK = "(?:order|pedido|commande|Bestellung|Auftrag|contract|contrato|proforma|invoice)";
    private static final String OTHER_WEAK = "(?:订单|合同|訂單)";
    /**
     * Every Latin label starts with one of these letters. Checked once per position, after the word
     * boundary and before the alternation, so most positions fail after two cheap tests instead of thirty.
     */
    private static final String FIRST_LETTERS = "(?=[poscinbfarvPOSCINBFARV])";
    private static final String STRONG = B0 + FIRST_LETTERS + "(?:" + LATIN_STRONG + ")|" + OTHER_STRONG;
    private static final String WEAK = B0 + FIRST_LETTERS + LATIN_WEAK + "|" + OTHER_WEAK;

    /** Group "strong" or "weak" tells which list matched; strong alternatives are tried first. */
    static final Pattern LABEL = Pattern.compile(
            "(?<strong>" + STRONG + ")|(?<weak>" + WEAK + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * {@link #LABEL} for text already lower-cased with {@link java.util.Locale#ROOT}: the same alternatives
     * without case-insensitive matching, which costs two case conversions per character tried. Only the
     * literals change case; the property classes keep their names.
     */
    static final Pattern LABEL_LOWER = Pattern.compile(
            ("(?<strong>" + STRONG + ")|(?<weak>" + WEAK + ")").toLowerCase(java.util.Locale.ROOT)
                    .replace("\\p{l}", "\\p{L}").replace("\\p{n}", "\\p{N}"));

    /** First characters of the Chinese, Japanese and Arabic labels (strong and weak), which need no word boundary. */
    private static final String OTHER_FIRST = "订采销合形发訂注発請ر";

    /** Latin first letters of {@link #FIRST_LETTERS}, lower-cased. */
    private static final String LATIN_FIRST = "poscinbfarv";

    /**
     * For each Latin first letter and ASCII second, third and fourth characters, whether a label may begin
     * so, asked of {@link #LABEL_LOWER} itself: a probe of the characters that neither matches nor reads past
     * its end ({@link Matcher#hitEnd}) cannot begin a match whatever follows. {@code [first][second]} is null
     * where no label has that second character, {@code [first][second][third]} where none has that third.
     * Most words that begin with one of the eleven letters ("and", "of", "in", "on", "for", "please") are
     * then skipped by their second or third character, and words such as "comp", "prod", "prog", "rece" and
     * "face" by their fourth (they were a tenth of extraction's time on HTML mail, each a reset matcher and a
     * failed alternation), without running the alternation.
     */
    private static final boolean[][][][] ASCII_PREFIXES = asciiPrefixes();

    /** The ASCII characters that may follow {@code first} in a label (for tests and the curious). */
    static String asciiSecondsOf(char first) {
        StringBuilder out = new StringBuilder();
        for (char c = 0; c < 128; c++) if (ASCII_PREFIXES[LATIN_FIRST.indexOf(first)][c] != null) out.append(c);
        return out.toString();
    }

    /** The ASCII characters that may follow {@code first} and {@code second} in a label (for tests and the curious). */
    static String asciiThirdsOf(char first, char second) {
        boolean[][] thirds = ASCII_PREFIXES[LATIN_FIRST.indexOf(first)][second];
        StringBuilder out = new StringBuilder();
        for (char c = 0; thirds != null && c < 128; c++) if (thirds[c] != null) out.append(c);
        return out.toString();
    }

    private static boolean[][][][] asciiPrefixes() {
        boolean[][][][] table = new boolean[LATIN_FIRST.length()][128][][];
        Matcher probe = LABEL_LOWER.matcher("");
        for (int f = 0; f < LATIN_FIRST.length(); f++) {
            char first = LATIN_FIRST.charAt(f);
            for (char second = 0; second < 128; second++) {
                if (!mayStart(probe, first, second)) continue;
                table[f][second] = new boolean[128][];
                for (char third = 0; third < 128; third++) {
                    if (!mayStart(probe, first, second, third)) continue;
                    boolean[] fourths = new boolean[128];
                    for (char fourth = 0; fourth < 128; fourth++) fourths[fourth] = mayStart(probe, first, second, third, fourth);
                    table[f][second][third] = fourths;
                }
            }
        }
        return table;
    }

    private static boolean mayStart(Matcher probe, char... start) {
        return TradeText.mayBeginMatch(probe, new String(start));
    }

    private OrderLabels() {}

    /**
     * {@code m.find(from)} for a {@link #LABEL_LOWER} matcher over {@code lower}, without trying the
     * alternation at every character: a label can only start at a Latin first letter that begins a word
     * ({@link TradeText#B0}) and is followed by characters a label may have second, third and fourth ({@link #ASCII_PREFIXES}),
     * or at the first character of a label in another script, so only those
     * positions are tried, in order, with {@code lookingAt}. The first that matches is the match find()
     * returns (ingest profile at 100k: label search was a quarter of all ingest CPU).
     */
    static boolean findLower(Matcher m, String lower, int from) {
        for (int at = from; at < lower.length(); at++) {
            char c = lower.charAt(at);
            boolean candidate = switch (c) {
                case 'p', 'o', 's', 'c', 'i', 'n', 'b', 'f', 'a', 'r', 'v' -> mayFollow(c, lower, at + 1)
                        && (at == 0 || !letterOrNumber(Character.codePointBefore(lower, at)));
                default -> c > 0x7F && OTHER_FIRST.indexOf(c) >= 0;
            };
            if (!candidate) continue;
            m.region(at, lower.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** Whether a label may begin with {@code word}'s first four characters, as {@link #findLower} decides it (for tests). */
    static boolean mayBeginWith(String word) {
        return LATIN_FIRST.indexOf(word.charAt(0)) >= 0 && mayFollow(word.charAt(0), word, 1);
    }

    /** Whether a label starting with Latin letter {@code first} may go on with {@code lower}'s characters from {@code next}. */
    private static boolean mayFollow(char first, String lower, int next) {
        if (next >= lower.length()) return true;
        char second = lower.charAt(next);
        if (second >= 128) return true;
        boolean[][] thirds = ASCII_PREFIXES[LATIN_FIRST.indexOf(first)][second];
        if (thirds == null) return false;
        if (next + 1 >= lower.length()) return true;
        char third = lower.charAt(next + 1);
        if (third >= 128) return true;
        boolean[] fourths = thirds[third];
        if (fourths == null) return false;
        if (next + 2 >= lower.length()) return true;
        char fourth = lower.charAt(next + 2);
        return fourth >= 128 || fourths[fourth];
    }

    /** {@code \p{L}} or {@code \p{N}} as java.util.regex reads them. */
    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The label as written without the "#", ":" or spaces that join it to the number. */
    static String clean(String label) {
        int end = label.length();
        while (end > 0) {
            char c = label.charAt(end - 1);
            if (c == '#' || c == ':' || c == '：' || Character.isWhitespace(c)) end--;
            else break;
        }
        return label.substring(0, end).replaceAll("\\s+", " ");
    }
}
