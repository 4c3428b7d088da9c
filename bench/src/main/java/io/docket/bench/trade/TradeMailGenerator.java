package io.docket.bench.trade;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic foreign-trade mail for the benchmark corpora, modelled on samples/trade-mailbox: Huada
 * Lighting (Shenzhen) and ten customers writing English, German, Spanish and Chinese, about ten
 * messages per order in one or two conversations ({@link OrderStory}). The same seed and order count
 * give byte-identical files on every JVM: java.util.Random's algorithm is specified, nothing is read
 * from the clock, and each order draws from its own seeded generator, so order n's mail does not
 * depend on how many orders come after it.
 */
public final class TradeMailGenerator {
    /** The seed the benchmark uses. */
    public static final long SEED = 20_250_106L;
    /** Orders per message of the scaled corpus: 2 per 1,000, about 9 messages each, so about 1.8% of the corpus. */
    public static final double ORDERS_PER_MESSAGE = 0.002;
    /** The Maildir++ folder the mail goes to, beside the SpamAssassin messages ("folder:Trade"). */
    public static final String FOLDER = ".Trade";

    private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    private TradeMailGenerator() {}

    /** The number of orders for a scaled corpus of {@code messages} SpamAssassin messages. */
    public static int ordersFor(int messages) {
        return (int) Math.round(messages * ORDERS_PER_MESSAGE);
    }

    public static TradeCorpus generate(int orders, long seed) {
        List<OrderPlan> plans = new ArrayList<>(orders);
        for (int serial = 1; serial <= orders; serial++) plans.add(plan(serial, seed, plans));
        List<TradeMail> mail = new ArrayList<>();
        for (OrderPlan plan : plans) {
            OrderStory.Written w = OrderStory.write(plan, new Random(seed * 1_000_003L + plan.serial() * 7_919L + 1));
            for (int i = 0; i < w.letters().size(); i++) {
                Letter l = w.letters().get(i);
                String thread = plan.serial() + "/" + w.threads().get(i);
                String text = l.searchableText();
                mail.add(new TradeMail(fileName(l, plan.serial(), i), MimeWriter.render(l), thread, keys(text, plan), markers(text),
                        l.from().domain()));
            }
        }
        return new TradeCorpus(mail, plans);
    }

    private static OrderPlan plan(int serial, long seed, List<OrderPlan> earlier) {
        Random r = new Random(seed * 1_000_003L + serial * 7_919L);
        Cast.Customer customer = Cast.CUSTOMERS.get(r.nextInt(Cast.CUSTOMERS.size()));
        String[] product = Cast.PRODUCTS[r.nextInt(Cast.PRODUCTS.length)];
        // Spread over about 21 months from January 2025, in working hours in Shenzhen.
        ZonedDateTime start = LocalDateTime.of(2025, 1, 6, 8, 0).plusDays((serial * 37L) % 640).plusMinutes(r.nextInt(600)).atZone(SHENZHEN);
        int year = start.getYear();
        String number = String.format(Locale.ROOT, "HD-%d-%05d", year, serial);
        String pi = String.format(Locale.ROOT, "PI-%d-%05d", year, serial);
        String po = switch (customer.poStyle()) {
            case BESTELLNUMMER -> Long.toString(4_500_000_000L + serial * 13L);
            case PO_HASH -> Long.toString(7_700_000L + serial);
            case PO_NO -> Long.toString(4_600_000_000L + serial * 7L);
            case PEDIDO -> Integer.toString(8_000 + serial);
            case OURS -> null;
        };
        int quantity = (1 + r.nextInt(20)) * 500;
        Terms offer = new Terms(r.nextInt(Terms.PAYMENTS), r.nextInt(Terms.INCOTERMS.length), 25 + 5 * r.nextInt(5), new BigDecimal(product[5]), quantity);
        OrderPlan previous = null;
        if (r.nextInt(10) < 2) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (earlier.get(i).customer() == customer) {
                    previous = earlier.get(i);
                    break;
                }
            }
        }
        return new OrderPlan(serial, customer, number, pi, po, product, offer, start, previous);
    }

    /** "1736150400.00123_04.docket-bench:2,S": delivery time, order and step, host; seen. */
    private static String fileName(Letter l, int serial, int step) {
        return String.format(Locale.ROOT, "%d.%05d_%02d.docket-bench:2,S", l.date().toEpochSecond(), serial, step);
    }

    /** The keys of this order's numbers (and the earlier order's, when the inquiry names it) that the text spells out. */
    private static Set<String> keys(String text, OrderPlan plan) {
        Set<String> keys = new LinkedHashSet<>();
        for (OrderPlan p : plan.previous() == null ? List.of(plan) : List.of(plan, plan.previous())) {
            for (Map.Entry<String, List<String>> e : p.spellings().entrySet()) {
                for (String spelling : e.getValue()) if (text.contains(spelling)) keys.add(e.getKey());
            }
        }
        return keys;
    }

    private static Set<String> markers(String text) {
        Set<String> found = new HashSet<>();
        for (String m : TradeCorpus.MARKERS) if (text.contains(m)) found.add(m);
        return found;
    }
}
