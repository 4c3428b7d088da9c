package io.docket.evidence;

import io.docket.access.Scope;
import io.docket.search.ScopeFilter;
import io.docket.customer.CustomerDirectory;
import io.docket.customer.ZoneGuess;
import io.docket.extract.trade.OrderMention;
import io.docket.extract.trade.OrderNumberExtractor;
import io.docket.extract.trade.QuotedText;
import io.docket.index.IndexFields;
import io.docket.model.MessageRecord;
import io.docket.model.TradeFacts;
import io.docket.search.TradeAggregator;
import io.docket.store.ArchiveStore;
import io.docket.store.ThreadTable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Orders and customers across the archive: the order evidence list with its clause history, order and
 * customer listings, and each customer's time zone. Reads the index's doc values for totals and the
 * store for the messages themselves.
 */
public final class TradeEvidenceService {
    private static final int EXCERPT_BEFORE = 80;
    private static final int EXCERPT_AFTER = 220;
    /** The company's zone is re-guessed at most this often; it changes with years of mail, not minutes. */
    private static final long COMPANY_ZONE_TTL_MILLIS = 10 * 60_000;

    private final ArchiveStore store;
    private final ThreadTable threads;
    private final TradeAggregator aggregator;
    private final CustomerDirectory directory;
    private final ZoneId configuredCompanyZone;
    private final Function<String, Query> compiler;
    private final OrderNumberExtractor orderNumbers;
    private final PerGeneration<TradeAggregator.Totals> archiveTotals = new PerGeneration<>();
    private final PerGeneration<List<CustomerSummary>> customerList = new PerGeneration<>();
    private volatile CustomerCache customerCache = new CustomerCache(new Object(), new ConcurrentHashMap<>());
    private volatile Optional<ZoneId> guessedCompanyZone;
    /** The index state the guess was made from ({@link TradeAggregator#generation()}). */
    private volatile Object guessedFrom;
    private volatile long guessedAt;

    public TradeEvidenceService(ArchiveStore store, ThreadTable threads, TradeAggregator aggregator, CustomerDirectory directory,
                                ZoneId companyZone, Function<String, Query> compiler, OrderNumberExtractor orderNumbers) {
        this.store = store;
        this.threads = threads;
        this.aggregator = aggregator;
        this.directory = directory;
        this.configuredCompanyZone = companyZone;
        this.compiler = compiler;
        this.orderNumbers = orderNumbers;
    }

    public Optional<OrderEvidence> order(String order) {
        return order(order, Scope.ALL);
    }

    /** The evidence as a principal with this scope sees it: only messages it may open, counted and dated among themselves. */
    public Optional<OrderEvidence> order(String order, Scope scope) {
        String key = OrderMention.keyOf(order);
        if (key.isEmpty()) return Optional.empty();
        List<String> direct = aggregator.ids(ScopeFilter.restrict(new TermQuery(new Term(IndexFields.ORDER, key)), scope));
        if (direct.isEmpty()) return Optional.empty();
        Set<String> naming = new LinkedHashSet<>(direct);
        Map<String, MessageRecord> records = new LinkedHashMap<>();
        for (String id : direct) store.message(id).ifPresent(r -> records.put(id, r));
        for (String threadId : records.values().stream().map(MessageRecord::threadId).distinct().toList()) {
            for (String member : threads.messages(threadId)) {
                if (!records.containsKey(member)) store.message(member).filter(scope::allows).ifPresent(r -> records.put(member, r));
            }
        }
        List<MessageRecord> ordered = inTimeOrder(records.values());
        Parties parties = parties(ordered.stream().filter(r -> naming.contains(r.id())).toList());
        List<CustomerSummary> customers = parties.customers();
        ZoneId ours = parties.ours();

        Map<String, String> bodies = aggregator.bodies(records.keySet());
        List<OrderEvidence.Item> items = new ArrayList<>();
        Map<String, List<OrderEvidence.ClauseEntry>> history = new LinkedHashMap<>();
        Map<String, Integer> spellings = new HashMap<>();
        for (MessageRecord r : ordered) {
            boolean viaThread = !naming.contains(r.id());
            DatedMessage dated = parties.date(r);
            OffsetDateTime theirDate = dated.customerLocalDate();
            OffsetDateTime ourDate = dated.companyLocalDate();
            Set<Integer> matched = new LinkedHashSet<>();
            for (TradeFacts.OrderRef ref : r.trade().orders()) {
                if (!ref.key().equals(key)) continue;
                spellings.merge(ref.number(), 1, Integer::sum);
                for (String where : ref.where()) attachmentIndex(where).ifPresent(matched::add);
            }
            items.add(new OrderEvidence.Item(r, viaThread, theirDate, ourDate, excerpt(bodies.getOrDefault(r.id(), ""), key), matched));
            for (TradeFacts.ClauseFact clause : r.trade().clauses()) {
                history.computeIfAbsent(clause.type(), t -> new ArrayList<>()).add(new OrderEvidence.ClauseEntry(r.date(), clause.value(),
                        r.id(), r.messageId(), r.from(), clause.sentence(), clause.where(), viaThread, r.source(), r.trade().fromCustomer()));
            }
        }
        String number = spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(order);
        Set<String> viaThread = new java.util.HashSet<>(records.keySet());
        viaThread.removeAll(naming);
        List<ChatAgreement> agreements = ChatConfirmations.check(ordered, viaThread);
        return Optional.of(new OrderEvidence(key, number, customers, ours, items, history, agreements));
    }

    /**
     * Every chat agreement no email confirms yet, across orders, oldest first: the orders are those chat
     * messages name, each checked as its evidence list is.
     */
    public List<OpenAgreement> unconfirmed() {
        return unconfirmed(Scope.ALL);
    }

    /** The same among the messages a scope may see (a rep's open agreements are their customers'). */
    public List<OpenAgreement> unconfirmed(Scope scope) {
        TradeAggregator.Totals chats = aggregator.aggregate(
                ScopeFilter.restrict(new TermQuery(new Term(IndexFields.SOURCE, MessageRecord.WHATSAPP)), scope));
        Map<String, ChatAgreement> open = new LinkedHashMap<>();
        Map<String, List<OrderEvidence>> about = new LinkedHashMap<>();
        for (String key : chats.orders().keySet()) {
            order(key, scope).ifPresent(ev -> ev.unconfirmed().forEach(a -> {
                String statement = a.chat().id() + '\u0000' + a.clause().type() + '\u0000' + a.clause().value();
                open.putIfAbsent(statement, a);
                about.computeIfAbsent(statement, k -> new ArrayList<>()).add(ev);
            }));
        }
        List<OpenAgreement> out = new ArrayList<>();
        open.forEach((statement, a) -> {
            List<OrderEvidence> orders = about.get(statement).stream()
                    .sorted(Comparator.comparing((OrderEvidence ev) -> !a.chat().trade().orderKeys().contains(ev.key()))
                            .thenComparing(ev -> -ev.items().size()).thenComparing(OrderEvidence::key)).toList();
            Map<String, CustomerSummary> customers = new LinkedHashMap<>();
            orders.forEach(ev -> ev.customers().forEach(c -> customers.putIfAbsent(c.id(), c)));
            out.add(new OpenAgreement(orders.stream().map(OrderEvidence::key).toList(), orders.stream().map(OrderEvidence::number).toList(),
                    List.copyOf(customers.values()), a));
        });
        out.sort(Comparator.comparing((OpenAgreement o) -> o.agreement().chat().date().toInstant())
                .thenComparing(o -> o.agreement().chat().id()));
        return List.copyOf(out);
    }

    /** Ids of every message a query matches (Docket's query language; throws InvalidQueryException). */
    public List<String> ids(String query) {
        return aggregator.ids(compiler.apply(query));
    }

    /**
     * Any set of messages in time order (undated last), each with its customer's and our local time. The
     * customer of a message without one is the set's most frequent customer, as in an order's evidence.
     */
    public List<DatedMessage> dated(java.util.Collection<MessageRecord> records) {
        return dated(records, records.stream().map(MessageRecord::id).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * The same, with the customers counted over {@code countedIds} only: for an order, the messages that
     * name it, so its bundle dates every message exactly as {@link #order} does.
     */
    public List<DatedMessage> dated(java.util.Collection<MessageRecord> records, Set<String> countedIds) {
        List<MessageRecord> ordered = inTimeOrder(records);
        Parties parties = parties(ordered.stream().filter(r -> countedIds.contains(r.id())).toList());
        return ordered.stream().map(parties::date).toList();
    }

    /** Orders named by the messages a query matches (every order for an empty query), most recent first. */
    public List<OrderSummary> orders(String query) {
        return orders(query, Scope.ALL);
    }

    public List<OrderSummary> orders(String query, Scope scope) {
        boolean all = query == null || query.isBlank();
        TradeAggregator.Totals totals = all && scope.all() ? everything()
                : aggregator.aggregate(ScopeFilter.restrict(all ? MatchAllDocsQuery.INSTANCE : compiler.apply(query), scope));
        return totals.orders().values().stream()
                .map(o -> new OrderSummary(o.key, o.number(), o.messages, instant(o.first), instant(o.last), List.copyOf(o.customers)))
                .sorted(Comparator.comparing((OrderSummary o) -> o.last() == null ? Instant.MIN : o.last()).reversed()
                        .thenComparing(OrderSummary::key))
                .toList();
    }

    /** Every customer, the busiest first. */
    public List<CustomerSummary> customers() {
        return customers(Scope.ALL);
    }

    /**
     * The customers a scope may see. A customer's counts cover every message naming it, and a principal
     * who may see the customer may open each of those, so the counts need no further filter.
     */
    public List<CustomerSummary> customers(Scope scope) {
        return allCustomers().stream().filter(c -> scope.allowsCustomer(c.id())).toList();
    }

    public Optional<CustomerSummary> customer(String id) {
        TradeAggregator.Totals totals = aggregator.aggregate(new TermQuery(new Term(IndexFields.CUSTOMER, id)));
        return Optional.ofNullable(totals.customers().get(id)).map(this::summary);
    }

    /** Orders of one customer, most recent first. */
    public List<OrderSummary> ordersOf(String customerId) {
        return ordersOf(customerId, Scope.ALL);
    }

    public List<OrderSummary> ordersOf(String customerId, Scope scope) {
        if (!scope.allowsCustomer(customerId)) return List.of();
        return orders("customer:\"" + customerId.replace("\"", "") + "\"", scope);
    }

    /** Our time zone: configured, or guessed from the mail we sent to customers (UTC when there is none). */
    public ZoneId companyZone() {
        if (configuredCompanyZone != null) return configuredCompanyZone;
        return guessedCompanyZone().orElse(ZoneOffset.UTC);
    }

    /** Our time zone as the Date headers of the mail we sent to customers show it; empty before there is any. */
    public Optional<ZoneId> guessedCompanyZone() {
        long now = System.currentTimeMillis();
        if (guessedCompanyZone == null || now - guessedAt > COMPANY_ZONE_TTL_MILLIS) {
            // An index that shows nothing new since the last guess gives the same guess: keep it.
            Object generation = aggregator.generation();
            if (guessedCompanyZone == null || generation != guessedFrom) {
                List<ZoneGuess.Sample> samples = aggregator.companyOffsets().stream()
                        .map(e -> new ZoneGuess.Sample(e.getKey(), e.getValue())).toList();
                String domain = directory.companyDomains().isEmpty() ? "" : directory.companyDomains().getFirst();
                guessedCompanyZone = ZoneGuess.of(samples, domain);
                guessedFrom = generation;
            }
            guessedAt = now;
        }
        return guessedCompanyZone;
    }

    private static List<MessageRecord> inTimeOrder(java.util.Collection<MessageRecord> records) {
        List<MessageRecord> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparing((MessageRecord r) -> r.date() == null ? Instant.MAX : r.date().toInstant())
                .thenComparing(MessageRecord::id));
        return ordered;
    }

    /** The customers of a set of messages (counted over {@code counted}), the busiest of them, and our zone. */
    private Parties parties(List<MessageRecord> counted) {
        Map<String, Integer> customerCounts = new LinkedHashMap<>();
        for (MessageRecord r : counted) r.trade().customers().forEach(c -> customerCounts.merge(c, 1, Integer::sum));
        List<CustomerSummary> customers = customers(customerCounts.keySet());
        String main = customerCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        return new Parties(customers, main, companyZone());
    }

    private record Parties(List<CustomerSummary> customers, String mainCustomer, ZoneId ours) {
        DatedMessage date(MessageRecord r) {
            String id = r.trade().customers().isEmpty() ? mainCustomer : r.trade().customers().getFirst();
            CustomerSummary customer = customers.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
            return new DatedMessage(r, customer == null ? "" : customer.name(), customer == null ? null : customer.zone(), ours);
        }
    }

    /**
     * Summaries computed over one index state; an order's evidence names its customers with their totals and
     * zone, which cost a pass over all of a customer's mail (at 1M, 18,727 messages for the busiest: about
     * 90% of an evidence call). Reused until a write becomes visible, so they are never stale.
     */
    private record CustomerCache(Object generation, Map<String, Optional<CustomerSummary>> summaries) {}

    /** A value made from one index state ({@link TradeAggregator#generation()}), kept until a write becomes visible. */
    private static final class PerGeneration<T> {
        private record Kept<T>(Object generation, T value) {}

        private volatile Kept<T> kept;

        T get(Object generation, Supplier<T> make) {
            Kept<T> k = kept;
            if (k != null && k.generation() == generation) return k.value();
            T value = make.get();
            kept = new Kept<>(generation, value);
            return value;
        }
    }

    /**
     * Every order and customer of the archive (read only once made): the orders and customers lists ask for them
     * on every view, and a pass over every message takes seconds at 1M messages.
     */
    private TradeAggregator.Totals everything() {
        return archiveTotals.get(aggregator.generation(), () -> aggregator.aggregate(MatchAllDocsQuery.INSTANCE));
    }

    /** Every customer's summary, the busiest first, kept with the totals it comes from (each guesses a time zone). */
    private List<CustomerSummary> allCustomers() {
        return customerList.get(aggregator.generation(), () -> everything().customers().values().stream().map(this::summary)
                .sorted(Comparator.comparingLong(CustomerSummary::messages).reversed().thenComparing(CustomerSummary::id))
                .toList());
    }

    private List<CustomerSummary> customers(Set<String> ids) {
        if (ids.isEmpty()) return List.of();
        Object generation = aggregator.generation();
        CustomerCache cache = customerCache;
        if (cache.generation() != generation) {
            cache = new CustomerCache(generation, new ConcurrentHashMap<>());
            customerCache = cache;
        }
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(cache.summaries().keySet());
        if (!missing.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String id : missing) any.add(new TermQuery(new Term(IndexFields.CUSTOMER, id)), BooleanClause.Occur.SHOULD);
            TradeAggregator.Totals totals = aggregator.aggregate(any.build());
            for (String id : missing) cache.summaries().put(id, Optional.ofNullable(totals.customers().get(id)).map(this::summary));
        }
        List<CustomerSummary> out = new ArrayList<>();
        for (String id : ids) cache.summaries().getOrDefault(id, Optional.empty()).ifPresent(out::add);
        return out;
    }

    private CustomerSummary summary(TradeAggregator.CustomerStats stats) {
        var customer = directory.byId(stats.id);
        String name = customer.map(CustomerDirectory.Customer::name).orElse(stats.id);
        List<ZoneGuess.Sample> samples = stats.sentOffsets.stream().map(e -> new ZoneGuess.Sample(e.getKey(), e.getValue())).toList();
        String domain = stats.id.contains("@") ? stats.id.substring(stats.id.indexOf('@') + 1)
                : customer.map(c -> c.domains().isEmpty() ? "" : c.domains().getFirst()).orElse(stats.id);
        ZoneId zone = ZoneGuess.of(samples, domain).orElse(null);
        return new CustomerSummary(stats.id, name, customer.map(CustomerDirectory.Customer::configured).orElse(false), stats.messages,
                instant(stats.first), instant(stats.last), zone, List.copyOf(stats.orders), Map.copyOf(stats.months));
    }

    private static Instant instant(long millis) {
        return millis == Long.MAX_VALUE || millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }

    private static Optional<Integer> attachmentIndex(String where) {
        int colon = where.indexOf(':');
        if (colon < 0) return Optional.empty();
        try {
            return Optional.of(Integer.parseInt(where.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The message's own words around its first mention of the order, or its opening words. */
    private String excerpt(String body, String key) {
        String own = QuotedText.strip(body).replaceAll("\\s+", " ").strip();
        int at = -1;
        int end = -1;
        for (OrderMention m : orderNumbers.extract(own)) {
            if (m.key().equals(key)) {
                at = m.start();
                end = m.end();
                break;
            }
        }
        if (at < 0) return own.length() <= EXCERPT_AFTER ? own : own.substring(0, EXCERPT_AFTER) + "…";
        int from = Math.max(0, at - EXCERPT_BEFORE);
        int to = Math.min(own.length(), end + EXCERPT_AFTER - EXCERPT_BEFORE);
        return (from > 0 ? "…" : "") + own.substring(from, to) + (to < own.length() ? "…" : "");
    }
}
