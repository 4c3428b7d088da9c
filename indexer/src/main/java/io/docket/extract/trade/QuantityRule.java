package io.docket.extract.trade;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity or minimum order quantity: a counted amount ("6,000 pcs", "MOQ 500 sets") in a sentence
 * that names a quantity. Without that word a count is too often a stock figure or a packing detail.
 */
final class QuantityRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MOQ = Pattern.compile(
            TradeText.B0 + "(?:MOQ|minimum\\s+order(?:\\s+quantity)?|min\\.?\\s+order|cantidad\\s+mínima|pedido\\s+mínimo|Mindestbestellmenge|Mindestmenge|Mindestabnahme|minimum\\s+de\\s+commande|quantité\\s+minimale)"
                    + "|最小起订量|起订量|最低起订量|الحد\\s?الأدنى", CI);
    private static final Pattern QUANTITY = Pattern.compile(
            TradeText.B0 + "(?:quantity|quantities|qty|cantidad(?:es)?|Menge|Stückzahl|Bestellmenge|quantité|quantités)" + TradeText.B1
                    + "|数量|數量|订量|الكمية|كمية|بكمية", CI);
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,/$€¥£])(\\d{1,3}(?:[.,' ]\\d{3})+|\\d+)\\s?(" + Units.UNIT + ")(?![\\p{IsLatin}])", CI);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("moq", "minimum", "min order", "min. order", "cantidad", "pedido mínimo", "menge", "mindestabnahme", "minimum de commande", "quantit", "qty", "stückzahl", "起订量", "الحد", "数量", "數量", "订量", "كمية");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.QUANTITY;
    }

    @Override
    public Optional<String> value(String s) {
        Matcher moq = MOQ.matcher(s);
        boolean isMoq = moq.find();
        Matcher qty = QUANTITY.matcher(s);
        boolean isQty = qty.find();
        if (!isMoq && !isQty) return Optional.empty();
        int from = Math.min(isMoq ? moq.start() : Integer.MAX_VALUE, isQty ? qty.start() : Integer.MAX_VALUE);
        Matcher count = COUNT.matcher(s);
        if (!count.find(from) && !count.find(0)) return Optional.empty();
        String value = TradeText.amount(count.group(1)) + " " + Units.canonical(count.group(2), false);
        boolean moqFirst = isMoq && (!isQty || moq.start() <= qty.start() || count.start() > moq.start());
        return Optional.of(moqFirst ? "MOQ " + value : value);
    }
}
