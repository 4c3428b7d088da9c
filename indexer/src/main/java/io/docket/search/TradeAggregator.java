package io.docket.search;

import io.docket.index.DocIds;
import io.docket.index.IndexFields;
import io.docket.index.MessageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * Orders and customers summed over the messages a query matches, read from doc values in one pass:
 * no stored document is loaded, so the cost grows with the matches, not with their size.
 */
public final class TradeAggregator {
    /** Offsets kept per customer for its time-zone guess; more only repeat what these show. */
    private static final int MAX_ZONE_SAMPLES = 2_000;

    private final MessageIndex index;

    public TradeAggregator(MessageIndex index) {
        this.index = index;
    }

    /** One order over the matches: how it is most often written, its messages, dates and customers. */
    public static final class OrderStats {
        public final String key;
        public long messages;
        public long first = Long.MAX_VALUE;
        public long last = Long.MIN_VALUE;
        public final Set<String> customers = new LinkedHashSet<>();
        final Map<String, Integer> spellings = new HashMap<>();

        OrderStats(String key) {
            this.key = key;
        }

        public String number() {
            return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(key);
        }

        void merge(OrderStats o) {
            messages += o.messages;
            first = Math.min(first, o.first);
            last = Math.max(last, o.last);
            customers.addAll(o.customers);
            o.spellings.forEach((k, v) -> spellings.merge(k, v, Integer::sum));
        }
    }

    /** One customer over the matches, with what its time-zone guess and activity chart need. */
    public static final class CustomerStats {
        public final String id;
        public long messages;
        public long first = Long.MAX_VALUE;
        public long last = Long.MIN_VALUE;
        public final Set<String> orders = new LinkedHashSet<>();
        /** Messages per month, "yyyy-MM" in UTC, in no order (a sorted map per customer was half of a pass over every message). */
        public final Map<String, Long> months = new HashMap<>();
        /** (instant, offset) of messages the customer sent. */
        public final List<Map.Entry<Instant, ZoneOffset>> sentOffsets = new ArrayList<>();

        CustomerStats(String id) {
            this.id = id;
        }

        void merge(CustomerStats o) {
            messages += o.messages;
            first = Math.min(first, o.first);
            last = Math.max(last, o.last);
            orders.addAll(o.orders);
            o.months.forEach((k, v) -> months.merge(k, v, Long::sum));
            for (var s : o.sentOffsets) if (sentOffsets.size() < MAX_ZONE_SAMPLES) sentOffsets.add(s);
        }
    }

    /** What one pass over the matches found. */
    public record Totals(Map<String, OrderStats> orders, Map<String, CustomerStats> customers) {}

    public Totals aggregate(Query query) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.search(query, new CollectorManager<PassCollector, Totals>() {
                @Override
                public PassCollector newCollector() {
                    return new PassCollector();
                }

                @Override
                public Totals reduce(Collection<PassCollector> collectors) {
                    Map<String, OrderStats> orders = new LinkedHashMap<>();
                    Map<String, CustomerStats> customers = new LinkedHashMap<>();
                    for (PassCollector c : collectors) {
                        c.orders.forEach((k, v) -> orders.computeIfAbsent(k, OrderStats::new).merge(v));
                        c.customers.forEach((k, v) -> customers.computeIfAbsent(k, CustomerStats::new).merge(v));
                    }
                    return new Totals(orders, customers);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("aggregation failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The first (in index order) {@value #MAX_ZONE_SAMPLES} dated offsets of mail we sent to customers: a customer
     * among the correspondents, none of them the sender. A pass of its own that reads only those messages' dates:
     * taking them from an aggregate of every order and customer of the archive took about 12 s at 1M messages.
     */
    public List<Map.Entry<Instant, ZoneOffset>> companyOffsets() {
        Query sentToCustomers = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(IndexFields.CUSTOMER), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(IndexFields.DATE_OFFSET), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(IndexFields.FROM_CUSTOMER), BooleanClause.Occur.MUST_NOT)
                .build();
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.search(sentToCustomers, new CollectorManager<OffsetCollector, List<Map.Entry<Instant, ZoneOffset>>>() {
                @Override
                public OffsetCollector newCollector() {
                    return new OffsetCollector();
                }

                @Override
                public List<Map.Entry<Instant, ZoneOffset>> reduce(Collection<OffsetCollector> collectors) {
                    // As the aggregate's reduce: each slice's first samples, slices in order.
                    List<Map.Entry<Instant, ZoneOffset>> out = new ArrayList<>();
                    for (OffsetCollector c : collectors) for (var s : c.offsets) if (out.size() < MAX_ZONE_SAMPLES) out.add(s);
                    return out;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading the company's offsets failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * Identifies the index state aggregates are computed over: equal while no new write is visible, so a
     * cache of totals keyed by it is never stale.
     */
    public Object generation() {
        IndexSearcher searcher = index.acquire();
        try {
            var helper = searcher.getIndexReader().getReaderCacheHelper();
            return helper == null ? new Object() : helper.getKey();
        } finally {
            index.release(searcher);
        }
    }

    /** Docket ids of every message the query matches (for evidence lists, which are bounded by one order). */
    public List<String> ids(Query query) {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.search(query, new CollectorManager<IdCollector, List<String>>() {
                @Override
                public IdCollector newCollector() {
                    return new IdCollector();
                }

                @Override
                public List<String> reduce(Collection<IdCollector> collectors) {
                    List<String> all = new ArrayList<>();
                    for (IdCollector c : collectors) all.addAll(c.ids);
                    return all;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    /** The stored body text of each id (the index keeps it for snippets), for excerpts. */
    public Map<String, String> bodies(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        IndexSearcher searcher = index.acquire();
        try {
            for (String id : ids) {
                var top = searcher.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.ID, id)), 1);
                if (top.scoreDocs.length == 0) continue;
                String body = searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.BODY);
                out.put(id, body == null ? "" : body);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading bodies failed: " + e.getMessage(), e);
        } finally {
            index.release(searcher);
        }
    }

    private static final class IdCollector implements Collector {
        final List<String> ids = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            DocIds docIds = DocIds.of(context.reader());
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    String id = docIds.id(doc);
                    if (id != null) ids.add(id);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Dated messages' offsets in document order, up to {@link #MAX_ZONE_SAMPLES}; then the slice stops. */
    private static final class OffsetCollector implements Collector {
        final List<Map.Entry<Instant, ZoneOffset>> offsets = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (offsets.size() >= MAX_ZONE_SAMPLES) throw new CollectionTerminatedException();
            SortedNumericDocValues dates = DocValues.getSortedNumeric(context.reader(), IndexFields.DATE);
            NumericDocValues zones = DocValues.getNumeric(context.reader(), IndexFields.DATE_OFFSET);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    long date = dates.advanceExact(doc) ? dates.nextValue() : 0;
                    if (date <= 0 || !zones.advanceExact(doc)) return;
                    offsets.add(Map.entry(Instant.ofEpochMilli(date), ZoneOffset.ofTotalSeconds((int) zones.longValue())));
                    if (offsets.size() >= MAX_ZONE_SAMPLES) throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /**
     * A segment's labels, each looked up once: a lookup decodes a block of the segment's terms dictionary, and a
     * pass over every message looked the same few thousand customers up again for each (about 70% of a pass).
     */
    private static final class OrdLabels {
        interface Lookup {
            BytesRef at(long ord) throws IOException;
        }

        private static final int ARRAY_LIMIT = 1 << 16;
        private final Lookup lookup;
        private final String[] first;
        private final Map<Long, String> rest = new HashMap<>();

        OrdLabels(long valueCount, Lookup lookup) {
            this.lookup = lookup;
            this.first = new String[(int) Math.min(valueCount, ARRAY_LIMIT)];
        }

        String of(long ord) throws IOException {
            if (ord < first.length) {
                String label = first[(int) ord];
                if (label == null) first[(int) ord] = label = lookup.at(ord).utf8ToString();
                return label;
            }
            String label = rest.get(ord);
            if (label == null) rest.put(ord, label = lookup.at(ord).utf8ToString());
            return label;
        }
    }

    private static final class PassCollector implements Collector {
        private final Map<Integer, String> monthKeys = new HashMap<>();
        final Map<String, OrderStats> orders = new HashMap<>();
        final Map<String, CustomerStats> customers = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            SortedSetDocValues orderLabels = DocValues.getSortedSet(reader, IndexFields.ORDER_LABEL);
            SortedSetDocValues customerIds = DocValues.getSortedSet(reader, IndexFields.CUSTOMER);
            SortedDocValues fromCustomer = DocValues.getSorted(reader, IndexFields.FROM_CUSTOMER);
            SortedNumericDocValues dates = DocValues.getSortedNumeric(reader, IndexFields.DATE);
            NumericDocValues offsets = DocValues.getNumeric(reader, IndexFields.DATE_OFFSET);
            OrdLabels senders = new OrdLabels(fromCustomer.getValueCount(), ord -> fromCustomer.lookupOrd((int) ord));
            OrdLabels customerLabels = new OrdLabels(customerIds.getValueCount(), customerIds::lookupOrd);
            OrdLabels orderLabelNames = new OrdLabels(orderLabels.getValueCount(), orderLabels::lookupOrd);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    long date = dates.advanceExact(doc) ? dates.nextValue() : 0;
                    ZoneOffset offset = offsets.advanceExact(doc) ? ZoneOffset.ofTotalSeconds((int) offsets.longValue()) : null;
                    String sender = fromCustomer.advanceExact(doc) ? senders.of(fromCustomer.ordValue()) : "";
                    List<String> docCustomers = values(customerIds, customerLabels, doc);
                    List<String> docOrders = new ArrayList<>();
                    if (orderLabels.advanceExact(doc)) {
                        for (int i = 0; i < orderLabels.docValueCount(); i++) {
                            String label = orderLabelNames.of(orderLabels.nextOrd());
                            int tab = label.indexOf('\t');
                            String key = tab < 0 ? label : label.substring(0, tab);
                            OrderStats o = orders.computeIfAbsent(key, OrderStats::new);
                            o.messages++;
                            if (date > 0) {
                                o.first = Math.min(o.first, date);
                                o.last = Math.max(o.last, date);
                            }
                            o.customers.addAll(docCustomers);
                            o.spellings.merge(tab < 0 ? key : label.substring(tab + 1), 1, Integer::sum);
                            docOrders.add(key);
                        }
                    }
                    for (String id : docCustomers) {
                        CustomerStats c = customers.computeIfAbsent(id, CustomerStats::new);
                        c.messages++;
                        c.orders.addAll(docOrders);
                        if (date > 0) {
                            c.first = Math.min(c.first, date);
                            c.last = Math.max(c.last, date);
                            c.months.merge(month(date), 1L, Long::sum);
                        }
                        if (id.equals(sender) && date > 0 && offset != null && c.sentOffsets.size() < MAX_ZONE_SAMPLES) {
                            c.sentOffsets.add(Map.entry(Instant.ofEpochMilli(date), offset));
                        }
                    }
                }
            };
        }

        private static List<String> values(SortedSetDocValues values, OrdLabels labels, int doc) throws IOException {
            if (!values.advanceExact(doc)) return List.of();
            List<String> out = new ArrayList<>(values.docValueCount());
            for (int i = 0; i < values.docValueCount(); i++) out.add(labels.of(values.nextOrd()));
            return out;
        }

        /** "yyyy-MM" in UTC, as {@code Instant.toString()} begins: formatting the whole instant per message was 5% of a pass. */
        private String month(long millis) {
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(millis, 86_400_000L));
            if (day.getYear() < 0 || day.getYear() > 9999) return Instant.ofEpochMilli(millis).toString().substring(0, 7);
            return monthKeys.computeIfAbsent(day.getYear() * 12 + day.getMonthValue() - 1,
                    k -> String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
