package io.docket.extract.trade;

import java.util.Objects;

/**
 * One term stated in one sentence.
 *
 * @param type     what kind of term
 * @param value    the term in one spelling whatever the language ("30% T/T deposit, 70% against B/L copy",
 *                 "CIF Hamburg", "USD 12.80/pc", "45 days after deposit", "6,000 pcs")
 * @param sentence the sentence as written, the evidence for the value
 * @param start    offset of the sentence in the text given to the extractor
 * @param end      offset just after the sentence
 */
public record ClauseStatement(ClauseType type, String value, String sentence, int start, int end) {
    public ClauseStatement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sentence, "sentence");
        if (value.isBlank()) throw new IllegalArgumentException(type + " statement has a blank value");
        if (sentence.isBlank()) throw new IllegalArgumentException(type + " statement has a blank sentence");
        if (start < 0 || end - start != sentence.length())
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit a sentence of "
                    + sentence.length() + " characters");
    }
}
