package io.docket.extract.trade;

import java.util.List;
import java.util.Locale;

/**
 * Lower-case words at least one of which a text must contain before a rule's regular expressions run:
 * a necessary condition that costs one vectorised {@code indexOf} per word. Most sentences of most
 * mail state no term, and case-insensitive alternations are the expensive part of extraction. A word
 * written with a leading "^" must start a word ("^tt" is in "T/T or TT", not in "attention").
 */
record Triggers(List<String> words) {
    Triggers {
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    static Triggers of(String... words) {
        return new Triggers(List.of(words));
    }

    /** @param lower folded ({@link TradeText#fold}) and lower-cased with {@link Locale#ROOT} */
    boolean foundIn(String lower) {
        for (String w : words) {
            if (w.charAt(0) != '^') {
                if (lower.contains(w)) return true;
                continue;
            }
            String word = w.substring(1);
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) return true;
            }
        }
        return false;
    }
}
