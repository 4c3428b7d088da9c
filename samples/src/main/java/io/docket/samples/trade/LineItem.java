package io.docket.samples.trade;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** One line of a price list, proforma invoice or contract. Money is BigDecimal: no binary rounding. */
record LineItem(String model, String description, int quantity, String unit, BigDecimal unitPrice) {
    LineItem {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    LineItem(String model, String description, int quantity, String unitPrice) {
        this(model, description, quantity, "pcs", new BigDecimal(unitPrice));
    }

    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** "12,800.00": the way trade documents print money, independent of the JVM's locale. */
    static String money(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(value);
    }

    static String count(int value) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(value);
    }
}
