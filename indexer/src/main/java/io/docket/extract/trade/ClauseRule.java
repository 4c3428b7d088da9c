package io.docket.extract.trade;

import java.util.Optional;

/** Recognises one {@link ClauseType} in one sentence. Implementations are stateless and thread-safe. */
interface ClauseRule {
    ClauseType type();

    /** Words one of which the folded, lower-cased sentence must contain for {@link #value} to find anything. */
    Triggers triggers();

    /**
     * The normalised value the sentence states for this type, or empty when it states none.
     *
     * @param folded the sentence after {@link TradeText#fold}: ASCII digits, NFKC punctuation, single spaces
     */
    Optional<String> value(String folded);
}
