package io.docket.bench.trade;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The terms of one order as they stand at a point of the negotiation, and how each language writes
 * them: payment, Incoterm with its place, delivery time, unit price and quantity. Records are immutable;
 * a counter offer is a new Terms with one or more fields changed.
 */
record Terms(int payment, int incoterm, int deliveryDays, BigDecimal price, int quantity) {
    /** Payment terms, one row per option: English, German, Spanish, Chinese. */
    private static final String[][] PAYMENT = {
            {"30% T/T deposit, 70% against B/L copy", "30 % Anzahlung per T/T, 70 % gegen B/L-Kopie",
                    "30% de anticipo por T/T, 70% contra copia del B/L", "30%定金电汇，70%见提单副本付清"},
            {"L/C at sight", "unwiderrufliches Akkreditiv bei Sicht (L/C at sight)", "carta de crédito irrevocable a la vista", "即期信用证"},
            {"100% T/T before shipment", "100 % per T/T vor Verschiffung", "100% por transferencia antes del embarque", "发货前100%电汇"},
            {"50% T/T deposit, 50% before shipment", "50 % Anzahlung per T/T, 50 % vor Verschiffung",
                    "50% de anticipo, 50% antes del embarque", "50%定金，50%发货前付清"},
            {"O/A 60 days after B/L date", "60 Tage netto ab B/L-Datum (O/A)", "pago a 60 días desde la fecha del B/L", "提单日后60天付款"}};
    static final int PAYMENTS = PAYMENT.length;
    static final String[] INCOTERMS = {"FOB", "CIF", "CFR", "DAP", "EXW"};

    String payment(Lang lang) {
        return PAYMENT[payment][lang.ordinal()];
    }

    /** "FOB Shenzhen", "CIF Hamburg": the place is ours for F and E terms, the customer's otherwise. */
    String incoterm(Party customer) {
        String term = INCOTERMS[incoterm];
        boolean ours = term.equals("FOB") || term.equals("EXW");
        if (customer.lang() == Lang.ZH) return term + (ours ? "深圳" : customer.port());
        return term + " " + (ours ? "Shenzhen" : customer.port());
    }

    String delivery(Lang lang) {
        return switch (lang) {
            case EN -> deliveryDays + " days after deposit";
            case DE -> deliveryDays + " Tage nach Eingang der Anzahlung";
            case ES -> deliveryDays + " días tras recibir el anticipo";
            case ZH -> "收到定金后" + deliveryDays + "天";
        };
    }

    String price(Lang lang) {
        return switch (lang) {
            case EN -> "USD " + money(price) + "/pc";
            case DE -> "USD " + money(price).replace('.', ',') + "/Stück";
            case ES -> "USD " + money(price).replace('.', ',') + "/ud.";
            case ZH -> money(price) + "美元/只";
        };
    }

    String quantity(Lang lang) {
        return switch (lang) {
            case EN -> String.format(Locale.ROOT, "%,d pcs", quantity);
            case DE -> String.format(Locale.ROOT, "%,d Stück", quantity).replace(',', '.');
            case ES -> String.format(Locale.ROOT, "%,d uds.", quantity).replace(',', '.');
            case ZH -> quantity + "只";
        };
    }

    BigDecimal total() {
        return price.multiply(BigDecimal.valueOf(quantity));
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    Terms withPayment(int p) {
        return new Terms(p, incoterm, deliveryDays, price, quantity);
    }

    Terms withIncoterm(int i) {
        return new Terms(payment, i, deliveryDays, price, quantity);
    }

    Terms withDelivery(int d) {
        return new Terms(payment, incoterm, d, price, quantity);
    }

    Terms withPrice(BigDecimal p) {
        return new Terms(payment, incoterm, deliveryDays, p, quantity);
    }

    Terms withQuantity(int q) {
        return new Terms(payment, incoterm, deliveryDays, price, q);
    }
}
