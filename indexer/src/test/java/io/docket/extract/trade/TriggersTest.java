package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docket.testing.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The trigger words are only a shortcut: wherever a rule finds a term, its triggers must be present.
 * Checked over every sentence of the labelled sets and of every message and attachment of the samples.
 */
class TriggersTest {
    @Test
    void everyStatementARuleFindsHasOneOfItsTriggers() {
        List<String> texts = new ArrayList<>();
        for (LabelledFixture f : LabelledFixture.read("clauses.tsv", ";")) texts.add(f.text());
        for (LabelledFixture f : LabelledFixture.read("orders.tsv", ";")) texts.add(f.text());
        texts.addAll(SampleTexts.all());
        int statements = 0;
        List<String> missed = new ArrayList<>();
        for (String text : texts) {
            for (Sentences.Span span : Sentences.split(text)) {
                String folded = TradeText.fold(text.substring(span.start(), span.end()));
                String lower = folded.toLowerCase(Locale.ROOT);
                for (ClauseRule rule : ClauseExtractor.RULES) {
                    if (rule.value(folded).isEmpty()) continue;
                    statements++;
                    if (!rule.triggers().foundIn(lower)) missed.add(rule.type() + ": " + folded);
                }
            }
        }
        assertEquals(List.of(), missed);
        org.junit.jupiter.api.Assertions.assertTrue(statements > 300, "checked " + statements + " statements");
    }
}
