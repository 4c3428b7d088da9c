package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits mail text into sentences for {@link ClauseExtractor}, in one pass.
 *
 * <p>Breaks after "." "!" "?" followed by a space and not a lower-case letter, unless the word before is
 * an abbreviation ("No.", "approx.", "P.O.") or a day number ("15. April"); after the CJK full stops
 * 。！？ and the Arabic question mark ؟ (no space follows them); and at line breaks that end a paragraph,
 * a list item or a short line. A long line that simply wraps (mail is often hard-wrapped at 72 columns)
 * is joined with the next. Not at commas, including the Arabic ، and the CJK ， and ；, because one
 * payment term is often two clauses ("30% دفعة مقدمة، 70% قبل الشحن").
 */
final class Sentences {
    /** A line shorter than this is a list or table row even without punctuation ("MOQ: 500 pcs"). */
    private static final int SHORT_LINE = 45;
    /** Text without any break (a pasted table, base64) is cut here so rules never see megabytes. */
    private static final int MAX_SENTENCE = 1000;
    private static final Set<String> ABBREVIATIONS = Set.of(
            "no", "nr", "nos", "co", "ltd", "inc", "corp", "approx", "ca", "etc", "eg", "e.g", "i.e", "ie", "mr", "mrs", "ms", "dr",
            "vs", "z.b", "bzw", "incl", "inkl", "max", "min", "ref", "tel", "art", "pcs", "qty", "st", "abt", "sr", "sra",
            "p.o", "s/c", "p/i", "b/l", "n", "nº", "n°", "mme", "mlle", "vol", "fig", "dept", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "int", "ext", "acc");

    record Span(int start, int end) {}

    private Sentences() {}

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '。' || c == '！' || c == '？' || c == '؟' || c == '｡') {
                cut = true;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
                cut = c != '.' || endsSentence(text, i);
            } else if (c == '\n') {
                // Wrapped lines join, but not without end: base64 or a table pasted as text has no other break.
                cut = i - start >= MAX_SENTENCE || endsLine(text, lineStart, i);
                end = i;
                lineStart = i + 1;
            } else if (i - start >= MAX_SENTENCE && Character.isWhitespace(c) || i - start >= 4 * MAX_SENTENCE) {
                cut = true;
                end = i;
            }
            if (cut) {
                add(out, text, start, end);
                start = end;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && text.charAt(next) == ' ') next++;
        if (next < text.length() && Character.isLowerCase(text.charAt(next))) return false;
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        String word = text.substring(w, dot).toLowerCase();
        if (word.length() <= 1) return false; // "P." of "P. O." or an initial
        if (ABBREVIATIONS.contains(word) || ABBREVIATIONS.contains(word.replace(".", ""))) return false;
        if (word.chars().allMatch(Character::isDigit) && word.length() <= 2) return false; // "15. April"
        return !word.contains(".") || !word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '.'); // "P.O."
    }

    private static boolean endsLine(String text, int lineStart, int newline) {
        String line = text.substring(lineStart, newline).strip();
        if (line.isEmpty()) return true;
        char last = line.charAt(line.length() - 1);
        if (last == ':' || last == '：') return false; // "Payment terms:" continues on the next line
        if (line.length() < SHORT_LINE) return true;
        int next = newline + 1;
        int nextEnd = text.indexOf('\n', next);
        String nextLine = text.substring(next, nextEnd < 0 ? text.length() : nextEnd).strip();
        return nextLine.isEmpty() || startsItem(nextLine) || ".!?;。！？；؟".indexOf(last) >= 0;
    }

    private static boolean startsItem(String line) {
        char c = line.charAt(0);
        if (c == '-' || c == '*' || c == '•' || c == '·' || c == '>' || c == '–') return true;
        int i = 0;
        while (i < line.length() && Character.isDigit(line.charAt(i))) i++;
        return i > 0 && i < 3 && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')');
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "-*•·–".indexOf(text.charAt(start)) >= 0)) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
