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
        // Where a word's bounds are tight: next to CJK, digits after "net", ports after the Incoterm.
        texts.addAll(List.of("报价USD 12.50/pc CIF上海，付款30%定金。", "Terms: net30.", "Payment net 45 days after invoice.",
                "Payment 60 days netto.", "Lead time: 45 days after deposit.", "Leadtime 30 days.", "FOB Ningbo, shipment in May.",
                "Packed 20 pcs/carton, then palletized.", "Specs attached: see the spec sheet for quality.", "Departure 2024-05-03, ETA 2024-06-01."));
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
