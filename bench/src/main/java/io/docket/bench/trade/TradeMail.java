package io.docket.bench.trade;

import java.util.Set;

/**
 * One generated message as written to the Maildir, with what the generator knows about it.
 *
 * @param fileName   its name in {@code cur/}
 * @param thread     the conversation it belongs to (one order has one or two)
 * @param orderKeys  the folded order, PO and P/I numbers its subject, body, file names or attachment text name
 * @param markers    the {@link TradeCorpus#MARKERS} words it contains
 * @param fromDomain the sender's domain
 */
public record TradeMail(String fileName, byte[] bytes, String thread, Set<String> orderKeys, Set<String> markers, String fromDomain) {
    public TradeMail {
        orderKeys = Set.copyOf(orderKeys);
        markers = Set.copyOf(markers);
    }
}
