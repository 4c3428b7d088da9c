package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower-case words at least one of which a text must contain before a rule's regular expressions run:
 * a necessary condition that costs one vectorised {@code indexOf} per word. Most sentences of most
 * mail state no term, and case-insensitive alternations are the expensive part of extraction. A word
 * written with a leading "^" must start a word ("^tt" is in "T/T or TT", not in "attention").
 */
final class Triggers {
    private final List<String> words;
    /** The words without their "^", and which of them must start a word, so a test allocates nothing. */
    private final String[] bare;
    private final boolean[] atWordStart;

    private Triggers(List<String> words) {
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        bare = new String[this.words.size()];
        atWordStart = new boolean[bare.length];
        for (int i = 0; i < bare.length; i++) {
            String w = this.words.get(i);
            atWordStart[i] = w.charAt(0) == '^';
            bare[i] = atWordStart[i] ? w.substring(1) : w;
        }
    }

    static Triggers of(String... words) {
        return new Triggers(List.of(words));
    }

    List<String> words() {
        return words;
    }

    /**
     * The words of this set that a whole text contains, or null when it contains none: a sentence of the
     * text can only hold words the text holds, so sentences are then checked for those few words only
     * (most texts hold one or two of a rule's dozen triggers).
     *
     * @param lower the whole text, folded and lower-cased as {@link #foundIn} expects
     */
    Triggers presentIn(String lower) {
        List<String> present = null;
        for (int i = 0; i < bare.length; i++) {
            if (!holds(lower, i)) continue;
            if (present == null) present = new ArrayList<>();
            present.add(words.get(i));
        }
        return present == null ? null : new Triggers(present);
    }

    /** @param lower folded ({@link TradeText#fold}) and lower-cased with {@link Locale#ROOT} */
    boolean foundIn(String lower) {
        for (int i = 0; i < bare.length; i++) if (holds(lower, i)) return true;
        return false;
    }

    private boolean holds(String lower, int i) {
        String word = bare[i];
        if (!atWordStart[i]) return lower.contains(word);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) return true;
        }
        return false;
    }
}
