package io.docket.extract.trade;

import java.util.Optional;

/** Recognises one {@link ClauseType} in one sentence. Implementations are stateless and thread-safe. */
interface ClauseRule {
    ClauseType type();

    /**
     * The normalised value the sentence states for this type, or empty when it states none.
     *
     * @param folded the sentence after {@link TradeText#fold}: ASCII digits, NFKC punctuation, single spaces
     */
    Optional<String> value(String folded);
}
