package io.docket.extract.trade;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount with its currency, in either order ("USD 12.80", "12,80 €", "12.80美元", "12 دولار"). */
final class Money {
    static final String AMOUNT = "\\d{1,3}(?:[.,']\\d{3})+(?:[.,]\\d{1,4})?|\\d+(?:[.,]\\d{1,4})?";
    private static final String BEFORE = "US\\$|USD|EUR|RMB|CNY|GBP|AED|SAR|JPY|HKD|\\$|€|¥|£";
    private static final String AFTER = "USD|EUR|RMB|CNY|GBP|AED|SAR|JPY|HKD|€|\\$|美元|美金|欧元|人民币|元|円|"
            + "(?:US\\s)?dollars?|dólares|euros?|Euro|دولار|درهم|ريال|يورو";
    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}.,])(?:(?<cur>" + BEFORE + ")\\s?(?<amt>" + AMOUNT + ")|(?<amt2>" + AMOUNT + ")\\s?(?<cur2>" + AFTER + "))(?![\\p{IsLatin}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("$", "USD"), Map.entry("美元", "USD"), Map.entry("美金", "USD"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("us dollar", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("dólares", "USD"), Map.entry("دولار", "USD"),
            Map.entry("€", "EUR"), Map.entry("欧元", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("يورو", "EUR"),
            Map.entry("¥", "CNY"), Map.entry("rmb", "CNY"), Map.entry("人民币", "CNY"), Map.entry("元", "CNY"),
            Map.entry("£", "GBP"), Map.entry("円", "JPY"), Map.entry("درهم", "AED"), Map.entry("ريال", "SAR"));

    /** A money mention: its canonical spelling ("USD 12.80") and where it ends in the folded sentence. */
    record Found(String text, int start, int end) {}

    private Money() {}

    static Optional<Found> first(String folded) {
        // An amount needs an ASCII digit (folding made every digit one): most "$" sentences of mail have none.
        if (!TradeText.hasDigit(folded, 0, folded.length())) return Optional.empty();
        Matcher m = MONEY.matcher(folded);
        if (!m.find()) return Optional.empty();
        boolean before = m.group("cur") != null;
        String cur = before ? m.group("cur") : m.group("cur2");
        String amt = before ? m.group("amt") : m.group("amt2");
        String code = CODES.getOrDefault(cur.toLowerCase(), cur.toUpperCase());
        return Optional.of(new Found(code + " " + TradeText.amount(amt), m.start(), m.end()));
    }
}
