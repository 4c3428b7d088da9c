package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower-case words at least one of which a text must contain before a rule's regular expressions run:
 * a necessary condition that costs one vectorised {@code indexOf} per word on a sentence, and one pass
 * over a whole text for every rule's words at once ({@link TriggerScan}). Most sentences of most
 * mail state no term, and case-insensitive alternations are the expensive part of extraction. A word
 * written with a leading "^" must start a word ("^tt" is in "T/T or TT", not in "attention"), one with a
 * trailing "$" must end one ("^dat$" is in "DAT Hamburg", not in "data"; "$" alone is the dollar sign).
 * The bounds are looser than any rule's own (only a Latin letter or a decimal digit before, only a Latin
 * letter after, breaks them), so that a trigger can never reject a sentence its rule would accept: in
 * "价格CIF上海" or "net30" the words are bounded.
 */
final class Triggers {
    private final List<String> words;
    /** The words without their "^" and "$", and which of them must start or end a word, so a test allocates nothing. */
    private final String[] bare;
    private final boolean[] atWordStart;
    private final boolean[] atWordEnd;

    private Triggers(List<String> words) {
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        bare = new String[this.words.size()];
        atWordStart = new boolean[bare.length];
        atWordEnd = new boolean[bare.length];
        for (int i = 0; i < bare.length; i++) {
            String w = this.words.get(i);
            atWordStart[i] = w.charAt(0) == '^';
            atWordEnd[i] = w.length() > 1 && w.charAt(w.length() - 1) == '$';
            bare[i] = w.substring(atWordStart[i] ? 1 : 0, w.length() - (atWordEnd[i] ? 1 : 0));
        }
    }

    static Triggers of(String... words) {
        return new Triggers(List.of(words));
    }

    List<String> words() {
        return words;
    }

    int size() {
        return bare.length;
    }

    /** Word {@code i} without its "^" and "$". */
    String bare(int i) {
        return bare[i];
    }

    /** The words marked in {@code keep}, a text's own few ({@link TriggerScan}): its sentences are checked for those only. */
    Triggers only(boolean[] keep) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) if (keep[i]) kept.add(words.get(i));
        return new Triggers(kept);
    }

    /** @param lower folded ({@link TradeText#fold}) and lower-cased with {@link Locale#ROOT} */
    boolean foundIn(String lower) {
        for (int i = 0; i < bare.length; i++) if (holds(lower, i)) return true;
        return false;
    }

    private boolean holds(String lower, int i) {
        String word = bare[i];
        if (!atWordStart[i] && !atWordEnd[i]) return lower.contains(word);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (standsAt(i, lower, at)) return true;
        }
        return false;
    }

    /** Whether word {@code i}, found in {@code lower} at {@code at}, keeps its "^" and "$" bounds there. */
    boolean standsAt(int i, String lower, int at) {
        // Breaking a start: a Latin letter or a digit before; breaking an end: a Latin letter after.
        if (atWordStart[i] && at > 0 && (isLatinLetter(lower.charAt(at - 1)) || Character.isDigit(lower.charAt(at - 1)))) return false;
        int end = at + bare[i].length();
        return !atWordEnd[i] || end >= lower.length() || !isLatinLetter(lower.charAt(end));
    }

    private static boolean isLatinLetter(char c) {
        if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
