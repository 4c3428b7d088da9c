package io.docket.extract.trade;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price: an amount with a currency, in a sentence that speaks of price or that prices a unit
 * ("USD 12.80/pc"). A bare amount ("Total USD 12,800.00 received") states no price term.
 */
final class PriceRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern UNIT_PRICE = Pattern.compile(
            TradeText.B0 + "(?:unit\\s?price|price\\s+per\\s+(?:unit|piece|pc)|precio\\s+unitario|Stückpreis|Einzelpreis|prix\\s+unitaire)"
                    + "|单价|單價|سعر\\s?الوحدة|سعر\\s?القطعة", CI);
    private static final Pattern PRICE = Pattern.compile(
            TradeText.B0 + "(?:prices?|pricing|quote|quoted|quotation|offer|cost|precios?|cotización|cotizamos|Preise?|Angebot|prix|tarif)" + TradeText.B1
                    + "|价格|價格|报价|報價|价钱|السعر|سعر|الأسعار|بسعر", CI);
    /** "/pc", "per piece", "pro Stück", "la pièce", "/件" right after the amount. */
    private static final Pattern PER = Pattern.compile(
            "^\\s?(?:/\\s?|per\\s+|por\\s+|pro\\s+|par\\s+|je\\s+|la\\s+|le\\s+|each\\b|每)(?:(" + Units.UNIT + ")(?![\\p{IsLatin}]))?", CI);
    private static final Pattern PER_BEFORE = Pattern.compile("每(件|个|只|套|台)|للقطعة|لكل\\s?قطعة|للوحدة");

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("usd", "eur", "rmb", "cny", "gbp", "aed", "sar", "jpy", "hkd", "$", "€", "¥", "£", "美元", "美金", "欧元", "人民币", "元", "円", "dollar", "dólares", "دولار", "درهم", "ريال", "يورو");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.PRICE;
    }

    @Override
    public Optional<String> value(String s) {
        Optional<Money.Found> money = Money.first(s);
        if (money.isEmpty()) return Optional.empty();
        String unit = null;
        Matcher per = PER.matcher(s.substring(money.get().end()));
        if (per.lookingAt()) unit = per.group(1) == null ? "pc" : Units.canonical(per.group(1), true);
        Matcher before = PER_BEFORE.matcher(s);
        if (unit == null && before.find()) unit = "套".equals(before.group(1)) ? "set" : "pc";
        boolean unitPrice = UNIT_PRICE.matcher(s).find();
        if (unit == null && unitPrice) unit = "pc";
        if (unit == null && !PRICE.matcher(s).find()) return Optional.empty();
        return Optional.of(unit == null ? money.get().text() : money.get().text() + "/" + unit);
    }
}
