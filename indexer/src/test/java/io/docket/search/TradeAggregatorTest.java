package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.TradeConfig;
import io.docket.harvest.files.FileSource;
import io.docket.index.MessageIndex;
import io.docket.model.MessageRecord;
import io.docket.model.TradeFacts;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeAggregatorTest {
    private static final Path SAMPLES = Path.of(System.getProperty("docket.root", "..")).resolve("samples");

    @TempDir
    Path dir;

    /**
     * Every order's and customer's totals over the whole archive equal those counted straight from the store's
     * records (messages, first and last dates, customers, orders, months), so the aggregate's per-segment label
     * caches and month keys change nothing.
     */
    @Test
    void totalsEqualThoseCountedFromTheRecords() throws Exception {
        Map<String, long[]> customerExpected = new TreeMap<>();
        Map<String, Map<String, Long>> monthsExpected = new TreeMap<>();
        Map<String, Set<String>> customerOrdersExpected = new TreeMap<>();
        Map<String, long[]> orderExpected = new TreeMap<>();
        Map<String, Set<String>> orderCustomersExpected = new TreeMap<>();
        Path data = tradeArchive(r -> {
            long date = r.date() == null ? 0 : r.date().toInstant().toEpochMilli();
            List<String> orders = r.trade().orders().stream().map(TradeFacts.OrderRef::key).distinct().toList();
            for (String c : r.trade().customers()) {
                long[] t = customerExpected.computeIfAbsent(c, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
                t[0]++;
                if (date > 0) {
                    t[1] = Math.min(t[1], date);
                    t[2] = Math.max(t[2], date);
                    monthsExpected.computeIfAbsent(c, k -> new TreeMap<>()).merge(Instant.ofEpochMilli(date).toString().substring(0, 7), 1L, Long::sum);
                }
                customerOrdersExpected.computeIfAbsent(c, k -> new TreeSet<>()).addAll(orders);
            }
            for (String o : orders) {
                long[] t = orderExpected.computeIfAbsent(o, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
                t[0]++;
                if (date > 0) {
                    t[1] = Math.min(t[1], date);
                    t[2] = Math.max(t[2], date);
                }
                orderCustomersExpected.computeIfAbsent(o, k -> new TreeSet<>()).addAll(r.trade().customers());
            }
        });
        assertTrue(customerExpected.size() >= 3 && orderExpected.size() >= 3, customerExpected.keySet() + " " + orderExpected.keySet());
        try (MessageIndex index = MessageIndex.open(data.resolve("index"), 16)) {
            TradeAggregator.Totals totals = new TradeAggregator(index).aggregate(MatchAllDocsQuery.INSTANCE);
            assertEquals(customerExpected.keySet(), totals.customers().keySet());
            for (var e : customerExpected.entrySet()) {
                TradeAggregator.CustomerStats c = totals.customers().get(e.getKey());
                assertArrayEquals(e.getValue(), new long[] {c.messages, c.first, c.last}, e.getKey());
                assertEquals(monthsExpected.getOrDefault(e.getKey(), Map.of()), c.months, e.getKey());
                assertEquals(customerOrdersExpected.get(e.getKey()), new TreeSet<>(c.orders), e.getKey());
            }
            assertEquals(orderExpected.keySet(), totals.orders().keySet());
            for (var e : orderExpected.entrySet()) {
                TradeAggregator.OrderStats o = totals.orders().get(e.getKey());
                assertArrayEquals(e.getValue(), new long[] {o.messages, o.first, o.last}, e.getKey());
                assertEquals(orderCustomersExpected.get(e.getKey()), new TreeSet<>(o.customers), e.getKey());
            }
        }
    }

    /** The company's time-zone samples are the offsets of every dated email with customers and no customer as sender. */
    @Test
    void companyOffsetsAreThoseOfMailWeSentToCustomers() throws Exception {
        List<String> expected = new ArrayList<>();
        Path data = tradeArchive(r -> {
            if (r.source().equals(MessageRecord.EMAIL) && !r.trade().customers().isEmpty() && r.trade().fromCustomer().isEmpty()
                    && r.date() != null && r.date().toInstant().toEpochMilli() > 0) {
                expected.add(r.date().toInstant() + " " + r.date().getOffset());
            }
        });
        try (MessageIndex index = MessageIndex.open(data.resolve("index"), 16)) {
            var ownPass = new TradeAggregator(index).companyOffsets();
            assertTrue(ownPass.size() > 10, "the sample company wrote to its customers: " + ownPass.size());
            assertEquals(expected.stream().sorted().toList(), ownPass.stream().map(e -> e.getKey() + " " + e.getValue()).sorted().toList());
            assertTrue(ownPass.stream().anyMatch(e -> e.getValue().equals(ZoneOffset.ofHours(8))), ownPass.toString());
        }
    }

    /** Imports the sample trade mailbox (our domain configured, our zone not) and shows each stored record; returns the data directory. */
    private Path tradeArchive(Consumer<MessageRecord> eachRecord) throws Exception {
        Path data = dir.resolve("data");
        try (EmbeddedArchive archive = Archives.open(data, new TradeConfig(List.of("huada-lighting.com"), null, List.of(), List.of()))) {
            new FileSource(List.of(SAMPLES.resolve("trade-mailbox"))).emitTo(archive.sink());
            archive.commit();
            archive.store().forEachMessage(eachRecord);
        }
        return data;
    }
}
