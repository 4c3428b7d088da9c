package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the commercial terms stated in a text, sentence by sentence ({@link Sentences}), one statement per
 * type per sentence, each with its normalised value, the sentence and its offsets.
 *
 * <p>{@link #extract} trusts the caller to have removed quoted text; {@link #extractNew} removes it first,
 * because a term quoted from an earlier mail was stated by that mail, not this one. Offsets from both
 * point into the text passed in. Stateless and safe to share between threads.
 */
public final class ClauseExtractor {
    static final List<ClauseRule> RULES = List.of(
            new PaymentRule(), new IncotermRule(), new DeliveryRule(), new PriceRule(), new QuantityRule(),
            new QualityRule(), new ClaimRule(), new CancellationRule(), new PackagingRule());
    private static final TriggerScan TRIGGERS = TriggerScan.over(RULES.stream().map(ClauseRule::triggers).toList());

    /** Statements in text that holds no quoted material (the caller ran {@link QuotedText} already). */
    public List<ClauseStatement> extract(String text) {
        if (text == null || text.isBlank()) return List.of();
        // Rules whose trigger words the whole text lacks cannot match any of its sentences.
        String all = TradeText.fold(text).toLowerCase(Locale.ROOT);
        List<Triggers> inText = TRIGGERS.presentIn(all);
        List<ClauseRule> candidates = new ArrayList<>();
        List<Triggers> present = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            if (inText.get(r) == null) continue;
            candidates.add(RULES.get(r));
            present.add(inText.get(r));
        }
        if (candidates.isEmpty()) return List.of();
        List<ClauseStatement> out = new ArrayList<>();
        for (Sentences.Span span : Sentences.split(text)) {
            String sentence = text.substring(span.start(), span.end());
            String folded = TradeText.fold(sentence);
            String lower = folded.toLowerCase(Locale.ROOT);
            for (int r = 0; r < candidates.size(); r++) {
                if (!present.get(r).foundIn(lower)) continue;
                ClauseRule rule = candidates.get(r);
                Optional<String> value = rule.value(folded);
                if (value.isPresent()) out.add(new ClauseStatement(rule.type(), value.get(), sentence, span.start(), span.end()));
            }
        }
        return List.copyOf(out);
    }

    /** Statements in the new text of a mail body; offsets point into {@code body}. */
    public List<ClauseStatement> extractNew(String body) {
        return extract(QuotedText.mask(body));
    }
}
