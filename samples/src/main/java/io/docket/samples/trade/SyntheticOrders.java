package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Extra orders for benchmarks: per batch, twelve five-message threads (inquiry, quotation, counter
 * offer, proforma with PDF, confirmation), dated from 2025 so they never mix with the story.
 * java.util.Random is used for its specified algorithm: the same seed gives the same sequence on
 * every JVM.
 */
final class SyntheticOrders {
    static final int ORDERS_PER_BATCH = 12;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final List<Party> BUYERS = List.of(Cast.HANS, Cast.JOSE, Cast.AHMED, Cast.MIKE, Cast.SOPHIE,
            Cast.DAVID);
    private static final String[][] PRODUCTS = {
            {"HD-PL6060-40W", "LED panel 600x600 mm 40W", "12.80"},
            {"HD-TR2X4-50W", "LED troffer 2x4 ft 50W", "18.60"},
            {"HD-FL100W", "LED floodlight 100W IP65", "9.60"},
            {"HD-FL200W", "LED floodlight 200W IP65", "21.50"},
            {"HD-SL60W", "Solar street light 60W", "48.00"},
            {"HD-DL18W", "LED downlight 18W round", "3.20"}};

    private SyntheticOrders() {
    }

    static List<Letter> letters(int batches, long seed) {
        Mailbag bag = new Mailbag();
        for (int batch = 1; batch <= batches; batch++) {
            Random random = new Random(seed * 1_000_003L + batch);
            for (int i = 0; i < ORDERS_PER_BATCH; i++) {
                int serial = (batch - 1) * ORDERS_PER_BATCH + i + 1;
                LocalDateTime start = LocalDateTime.of(2025, 1, 6, 9, 0)
                        .plusDays((serial - 1) % 300).plusMinutes(random.nextInt(480));
                thread(bag, random, serial, start);
            }
        }
        return bag.letters();
    }

    private static void thread(Mailbag bag, Random random, int serial, LocalDateTime start) {
        Party buyer = BUYERS.get(random.nextInt(BUYERS.size()));
        String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        String order = String.format(Locale.ROOT, "HD-2025-%05d", serial);
        String piNumber = String.format(Locale.ROOT, "PI-2025-%05d", serial);
        int quantity = (1 + random.nextInt(20)) * 500;
        BigDecimal price = new BigDecimal(product[2]);
        BigDecimal agreed = price.multiply(BigDecimal.valueOf(95 + random.nextInt(5)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String qty = LineItem.count(quantity);

        Letter ask = bag.mail(buyer).to(LILY).at(at(start, buyer))
                .subject("Inquiry " + product[1] + " - " + qty + " pcs")
                .body("Dear Lily,\n\nplease quote " + qty + " pcs " + product[1] + ".\n\n" + buyer.name()).send();
        Letter offer = bag.reply(ask, LILY, "Re: ").at(at(start.plusDays(1), LILY))
                .body("Dear " + buyer.name() + ",\n\nOrder No. " + order + ": " + product[0] + " USD " + product[2]
                        + "/pc FOB Shenzhen, 30% T/T deposit, 70% against B/L copy, 35 days after deposit.\n\n"
                        + LILY_SIGNATURE).quoting().send();
        Letter counter = bag.reply(offer, buyer, "RE: ").at(at(start.plusDays(2), buyer))
                .body("Dear Lily,\n\ncan you accept USD " + LineItem.money(agreed) + "/pc for " + order + "?\n\n"
                        + buyer.name()).quoting().send();
        ProformaInvoice pi = new ProformaInvoice(piNumber, start.plusDays(3).toLocalDate(), buyer.company(),
                List.of(buyer.email()), order, List.of(new LineItem(product[0], product[1], quantity,
                "pcs", agreed)), "USD", "FOB Shenzhen", "30% T/T deposit, 70% against B/L copy",
                "35 days after deposit", "Export cartons");
        Letter piMail = bag.reply(counter, LILY, "RE: ").at(at(start.plusDays(3), LILY))
                .body("Dear " + buyer.name() + ",\n\nagreed, USD " + LineItem.money(agreed) + "/pc. P/I No. "
                        + piNumber + " attached.\n\n" + LILY_SIGNATURE)
                .attach(FileAttachment.pdf(piNumber + ".pdf", ProformaInvoicePdf.render(pi))).quoting().send();
        bag.reply(piMail, buyer, "RE: ").at(at(start.plusDays(4), buyer))
                .body("Confirmed " + order + ", deposit follows.\n\n" + buyer.name()).quoting().send();
    }

    /** The same instant-ish moment written as the sender's local time. */
    private static String at(LocalDateTime shenzhenTime, Party sender) {
        return shenzhenTime.atZone(LILY.zone()).withZoneSameInstant(sender.zone()).format(LOCAL);
    }

}
