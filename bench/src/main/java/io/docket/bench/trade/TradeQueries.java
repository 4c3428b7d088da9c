package io.docket.bench.trade;

import java.util.Comparator;
import java.util.List;

/**
 * Queries over the generated trade mail whose hit counts follow from the generator, not from a
 * previous run: an order number (the messages naming it), a customer's domain (the messages it sent),
 * a German and a Chinese term word (the messages whose text holds it).
 */
public final class TradeQueries {
    /** A query in Docket's syntax and the hits the generated mail must give it. */
    public record Query(String name, String text, long expected) {}

    private TradeQueries() {}

    public static List<Query> of(TradeCorpus corpus) {
        // The order named by the most messages (lowest number on ties): a busy order, as a user looks one up.
        TradeCorpus.Order busiest = corpus.orders().stream()
                .max(Comparator.comparingInt(TradeCorpus.Order::mentions).thenComparing(TradeCorpus.Order::number, Comparator.reverseOrder()))
                .orElseThrow();
        String domain = corpus.customerDomains().getFirst();
        return List.of(
                new Query("trade-order", "order:" + busiest.number(), busiest.mentions()),
                new Query("trade-from-customer", "from:" + domain, corpus.fromDomain(domain)),
                new Query("trade-term-de", TradeCorpus.MARKERS.get(0), corpus.containing(TradeCorpus.MARKERS.get(0))),
                new Query("trade-term-zh", "\"" + TradeCorpus.MARKERS.get(1) + "\"", corpus.containing(TradeCorpus.MARKERS.get(1))));
    }
}
