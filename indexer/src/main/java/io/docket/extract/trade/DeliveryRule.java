package io.docket.extract.trade;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery terms: a lead time ("45 days after deposit", "6 weeks") or shipment and arrival dates ("ETD
 * 2024-04-15"), or a delay. The duration must follow a delivery word closely ("lead time is 45 days",
 * "Lieferzeit ca. 6 Wochen"); in Chinese it may also precede it ("收到定金后45天交货"). That keeps
 * "payment within 30 days after delivery" a payment term only.
 */
final class DeliveryRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int AFTER_TRIGGER = 80;
    private static final int BEFORE_CJK_TRIGGER = 12;
    private static final Pattern TRIGGER = Pattern.compile(
            TradeText.B0 + "(?:lead\\s?time|leadtime|delivery|deliver|delivered|ship|ships|shipped|shipping|shipment|dispatch|loading|loaded|departs?|departure|sails?|sailing|ETD|ETA|production\\s+time"
                    + "|entrega|entregar|plazo|envío|enviar|embarque|despacho|Lieferzeit|Liefertermin|Lieferung|liefern|geliefert|Versand|versenden|verschifft|Verschiffung|Produktionszeit"
                    + "|livraison|livrer|livré|délai|expédition|expédier|expédiés?)" + TradeText.B1
                    + "|交期|交货|交貨|出货|出貨|发货|發貨|装运|裝運|船期|货期|貨期|生产周期|التسليم|تسليم|الشحن|شحن", CI);
    private static final Pattern CJK_TRIGGER = Pattern.compile("交期|交货|交貨|出货|出貨|发货|發貨|装运|裝運|船期|货期|貨期");
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\d.,/月年])(\\d{1,3})(?:\\s?(?:-|–|~|to|a|bis|à|到|至|إلى)\\s?(\\d{1,3}))?\\s?(?:(working|business)\\s)?"
                    + "(days?|weeks?|months?|个工作日|工作日|天|日|周|個星期|个星期|星期|个月|個月|días?\\s+hábiles|días?|semanas?|meses|mes|Arbeitstagen?|Werktagen?|Tagen?|Wochen?|Monaten?|Monat"
                    + "|jours?\\s+ouvrables|jours?\\s+ouvrés|jours?|semaines?|mois|أيام\\s?عمل|أيام|يوما|يوم|أسابيع|أسبوع|أشهر|شهر)(?![\\p{IsLatin}])", CI);
    private static final Pattern AFTER_DEPOSIT = Pattern.compile(
            "after\\s+(?:(?:the\\s+)?receipt\\s+of\\s+|receiving\\s+|we\\s+receive\\s+)?(?:the\\s+|your\\s+)?(?:deposit|down\\s?payment|advance\\s+payment)"
                    + "|收到定金|定金到账|收到订金|订金到账|收到預付款|tras\\s+(?:recibir\\s+|la\\s+recepción\\s+del\\s+)?(?:el\\s+)?anticipo|después\\s+del?\\s+(?:recibir\\s+el\\s+)?anticipo"
                    + "|nach\\s+(?:Erhalt|Eingang)\\s+der\\s+Anzahlung|après\\s+(?:réception\\s+de\\s+)?l'acompte|بعد\\s?(?:استلام\\s?)?الدفعة\\s?المقدمة", CI);
    private static final Pattern AFTER_CONFIRMATION = Pattern.compile(
            "after\\s+(?:the\\s+)?(?:order\\s+confirmation|PO\\s+confirmation|confirm(?:ation|ing)\\s+(?:of\\s+)?(?:the\\s+)?(?:order|PO)|receipt\\s+of\\s+(?:the\\s+|your\\s+)?(?:order|PO))"
                    + "|确认订单|订单确认|下单后|tras\\s+(?:la\\s+)?confirmación\\s+del\\s+pedido|nach\\s+Auftragsbestätigung|après\\s+(?:la\\s+)?confirmation\\s+de\\s+(?:la\\s+)?commande|بعد\\s?تأكيد\\s?الطلب", CI);
    private static final Pattern AFTER_SAMPLE = Pattern.compile(
            "after\\s+(?:the\\s+)?(?:sample\\s+approval|approval\\s+of\\s+(?:the\\s+)?samples?|samples?\\s+(?:is\\s+|are\\s+)?approved)"
                    + "|样品确认|确认样品|tras\\s+(?:la\\s+)?aprobación\\s+de\\s+(?:la\\s+)?muestras?|nach\\s+Musterfreigabe|après\\s+(?:l')?approbation\\s+(?:de\\s+l'|des\\s+)échantillons?", CI);
    private static final Pattern ETA = Pattern.compile(TradeText.B0 + "(?:ETA|arrival|arrive|llegada|Ankunft|arrivée)" + TradeText.B1 + "|到港|到达|وصول", CI);
    private static final Pattern ETD = Pattern.compile(TradeText.B0 + "(?:ETD|ship|ships|shipped|shipping|shipment|loading|loaded|departs?|departure|sails?|sailing|embarque|envío|Versand|verschifft|Verschiffung|expédition|expédié)" + TradeText.B1 + "|出货|出貨|装运|裝運|发货|發貨|船期|الشحن", CI);
    /** Chinese names the event after the date: "2024年4月15日出货". */
    private static final Pattern CJK_ETD = Pattern.compile("^\\s?(?:出货|出貨|装运|裝運|发货|發貨|装船|开船)");
    private static final Pattern CJK_ETA = Pattern.compile("^\\s?(?:到港|到达|到貨|到货)");
    private static final Pattern DELAY = Pattern.compile(TradeText.B0 + "(?:delay|delayed|postpone|postponed|retraso|retrasad[oa]|aplazad[oa]|Verzögerung|verzögert|verschoben|retard|retardée?|reportée?)" + TradeText.B1
            + "|推迟|延迟|延期|تأخير|تأجيل", CI);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("^lead time$", "^leadtime$", "^deliver", "^ship$", "^ships$", "^shipped$", "^shipping$", "^shipment$", "^dispatch$",
            "^loading$", "^loaded$", "^depart$", "^departs$", "^departure$", "^sail$", "^sails$", "^sailing$", "^etd$", "^eta$", "^production time$", "entrega", "plazo", "envío", "enviar", "embarque", "despacho", "liefer", "geliefert", "versand", "versenden", "verschif", "produktionszeit", "livraison", "livrer", "livré", "délai", "expédi", "交期", "交货", "交貨", "出货", "出貨", "发货", "發貨", "装运", "裝運", "船期", "货期", "貨期", "生产周期", "تسليم", "شحن");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.DELIVERY;
    }

    @Override
    public Optional<String> value(String s) {
        Matcher t = TRIGGER.matcher(s);
        if (!t.find()) return Optional.empty();
        Matcher d = DURATION.matcher(s);
        while (d.find()) {
            if (nearTrigger(s, d.start(), d.end())) return Optional.of(duration(d) + after(s));
        }
        Set<String> dates = new LinkedHashSet<>();
        int from = 0;
        Optional<TradeDates.Found> date;
        while ((date = TradeDates.find(s, from)).isPresent()) {
            dates.add(prefix(s, date.get().start(), date.get().end()) + date.get().iso());
            from = date.get().end();
        }
        if (!dates.isEmpty()) return Optional.of(String.join(", ", dates));
        return DELAY.matcher(s).find() ? Optional.of("delayed") : Optional.empty();
    }

    private static boolean nearTrigger(String s, int start, int end) {
        Matcher t = TRIGGER.matcher(s);
        while (t.find()) {
            if (t.end() <= start && start - t.end() <= AFTER_TRIGGER) return true;
            if (t.start() >= end && t.start() - end <= BEFORE_CJK_TRIGGER && CJK_TRIGGER.matcher(t.group()).matches()) return true;
        }
        return false;
    }

    private static String duration(Matcher d) {
        String unit = d.group(4).toLowerCase();
        boolean working = d.group(3) != null || unit.contains("工作") || unit.contains("hábil") || unit.startsWith("arbeit")
                || unit.startsWith("werk") || unit.contains("ouvr") || unit.contains("عمل");
        String canonical;
        if (unit.startsWith("week") || unit.startsWith("semana") || unit.startsWith("woche") || unit.startsWith("semaine") || unit.contains("周")
                || unit.contains("星期") || unit.contains("أسبوع") || unit.contains("أسابيع")) canonical = "weeks";
        else if (unit.startsWith("month") || unit.startsWith("mes") || unit.startsWith("monat") || unit.equals("mois") || unit.contains("月")
                || unit.contains("شهر") || unit.contains("أشهر")) canonical = "months";
        else canonical = "days";
        String amount = d.group(2) == null ? d.group(1) : d.group(1) + "-" + d.group(2);
        return amount + (working ? " working " : " ") + canonical;
    }

    private static String after(String s) {
        if (AFTER_DEPOSIT.matcher(s).find()) return " after deposit";
        if (AFTER_SAMPLE.matcher(s).find()) return " after sample approval";
        if (AFTER_CONFIRMATION.matcher(s).find()) return " after order confirmation";
        return "";
    }

    /** "ETD " or "ETA " when a shipping or arrival word stands shortly before the date. */
    private static String prefix(String s, int dateStart, int dateEnd) {
        String before = s.substring(Math.max(0, dateStart - 40), dateStart);
        String after = s.substring(dateEnd, Math.min(s.length(), dateEnd + 6));
        if (CJK_ETA.matcher(after).find()) return "ETA ";
        if (CJK_ETD.matcher(after).find()) return "ETD ";
        Matcher eta = ETA.matcher(before);
        Matcher etd = ETD.matcher(before);
        int a = -1;
        int b = -1;
        while (eta.find()) a = eta.start();
        while (etd.find()) b = etd.start();
        if (a < 0 && b < 0) return "";
        return a > b ? "ETA " : "ETD ";
    }
}
