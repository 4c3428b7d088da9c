package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Payment terms, spelt the way trade staff write them in English: "30% T/T deposit, 70% against B/L
 * copy", "L/C at sight", "100% T/T in advance", "net 30 days".
 *
 * <p>A sentence is a payment term when it names a payment method (T/T, L/C, D/P...) or a net period, or speaks of payment
 * together with a share, a stage or a condition. "Payment received, thanks" states no term. The value is
 * built part by part: the sentence is cut at commas and "and"; each part that carries a percentage
 * becomes "pct% [method] [deposit|in advance|balance] [condition]", and a part without one lends its
 * words to the part before it.
 */
final class PaymentRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B0 = TradeText.B0;
    private static final String B1 = TradeText.B1;

    private static final Pattern TT = Pattern.compile(B0 + "(?:T\\s?/\\s?T|TT|T\\.T\\.?|telegraphic\\s+transfer|wire\\s+transfer|bank\\s+transfer|transferencia(?:\\s+bancaria)?|Überweisung|virement(?:\\s+bancaire)?)" + B1 + "|电汇|電匯|تحويل\\s?بنكي|حوالة\\s?بنكية", CI);
    private static final Pattern LC = Pattern.compile(B0 + "(?:L\\s?/\\s?C|LC|letter\\s+of\\s+credit|carta\\s+de\\s+crédito|Akkreditiv|lettre\\s+de\\s+crédit|crédit\\s+documentaire)" + B1 + "|信用证|信用證|اعتماد\\s?مستندي|خطاب\\s?اعتماد", CI);
    private static final Pattern DP = Pattern.compile(B0 + "(?:D\\s?/\\s?P|documents\\s+against\\s+payment)" + B1 + "|付款交单", CI);
    private static final Pattern DA = Pattern.compile(B0 + "(?:D\\s?/\\s?A|documents\\s+against\\s+acceptance)" + B1 + "|承兑交单", CI);
    private static final Pattern OA = Pattern.compile(B0 + "(?:O\\s?/\\s?A|open\\s+account)" + B1, CI);
    private static final Pattern OTHER = Pattern.compile(B0 + "(PayPal|Western\\s+Union|CAD|cash\\s+against\\s+documents)" + B1, CI);
    private static final Pattern AT_SIGHT = Pattern.compile("^.{0,25}?(?:at\\s+sight|即期|a\\s+la\\s+vista|bei\\s+Sicht|à\\s+vue|عند\\s?الاطلاع)", CI);
    /** Chinese puts the qualifier first: "即期信用证". */
    private static final Pattern AT_SIGHT_BEFORE = Pattern.compile("即期\\s?$");
    /** "Payment within 30 days after delivery": the credit period of an after-delivery term. */
    private static final Pattern DAYS = Pattern.compile("(\\d{1,3})\\s?(?:days|Tage|jours|días|天|يوما|يوم)", CI);
    private static final Pattern USANCE = Pattern.compile("^.{0,25}?(\\d{2,3})\\s?(?:days|天|días|Tage|jours|يوما|يوم)", CI);

    private static final Pattern PAY = Pattern.compile(B0 + "(?:payment|payments|pay|paid|payable|pago|pagos|pagar|forma\\s+de\\s+pago|Zahlung|Zahlungen|Zahlungsbedingungen|Zahlungsziel|zahlen|bezahlen|bezahlt|paiement|payer|règlement|payé)" + B1
            + "|付款|支付|付清|结算|結算|الدفع|دفع|السداد|سداد", CI);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s?%");
    private static final Pattern DEPOSIT = Pattern.compile(B0 + "(?:deposit|down\\s?payment|anticipo|Anzahlung|acompte|arrhes)" + B1 + "|定金|订金|訂金|首付|دفعة\\s?مقدمة|عربون", CI);
    private static final Pattern ADVANCE = Pattern.compile(B0 + "(?:in\\s+advance|advance\\s+payment|prepayment|prepaid|por\\s+adelantado|pago\\s+anticipado|Vorkasse|Vorauszahlung|im\\s+Voraus|d'avance|à\\s+l'avance|paiement\\s+anticipé)" + B1 + "|预付|預付|مقدما|مسبقا", CI);
    private static final Pattern BALANCE = Pattern.compile(B0 + "(?:balance|remaining|rest|saldo|resto|restante|Restzahlung|Restbetrag|Rest|solde|reste)" + B1 + "|余款|尾款|餘款|剩余|الرصيد|الباقي|المتبقي", CI);
    private static final Pattern AGAINST_BL = Pattern.compile(
            "(?:against|upon|on|by)\\s+(?:the\\s+)?(?:copy\\s+of\\s+(?:the\\s+)?B\\s?/?\\s?L|B\\s?/?\\s?L\\s+copy|copy\\s+B\\s?/\\s?L)"
                    + "|见提单副本|凭提单副本|提单副本|見提單副本|contra\\s+(?:la\\s+)?copia\\s+del?\\s+(?:B\\s?/\\s?L|conocimiento\\s+de\\s+embarque)"
                    + "|gegen\\s+(?:B\\s?/\\s?L-?Kopie|Kopie\\s+(?:des\\s+)?(?:B\\s?/\\s?L|Konnossements))|contre\\s+(?:la\\s+)?copie\\s+du\\s+(?:B\\s?/\\s?L|connaissement)"
                    + "|مقابل\\s?نسخة\\s?(?:من\\s?)?بوليصة\\s?الشحن", CI);
    private static final Pattern BEFORE_SHIPMENT = Pattern.compile(
            "(?:before|prior\\s+to)\\s+(?:the\\s+)?(?:shipment|shipping|delivery|loading|dispatch)|发货前|出货前|装运前|發貨前|出貨前"
                    + "|antes\\s+del?\\s+(?:envío|embarque|despacho)|vor\\s+(?:dem\\s+)?(?:Versand|Verschiffung|Auslieferung|Lieferung)"
                    + "|avant\\s+(?:l'|la\\s+|le\\s+)?(?:expédition|livraison|chargement|embarquement)|قبل\\s?الشحن", CI);
    private static final Pattern AFTER_DELIVERY = Pattern.compile(
            "after\\s+(?:the\\s+)?(?:delivery|arrival|receipt\\s+of\\s+(?:the\\s+)?goods)|货到后|到货后|tras\\s+la\\s+entrega|nach\\s+(?:Lieferung|Erhalt\\s+der\\s+Ware|Wareneingang)|après\\s+(?:la\\s+)?(?:livraison|réception)|بعد\\s?(?:التسليم|الاستلام)", CI);
    private static final Pattern NET = Pattern.compile(
            B0 + "(?:net\\s?(\\d{1,3})(?:\\s?days)?|(\\d{1,3})\\s?(?:days|Tage|jours|días)\\s+(?:net|netto|nets?|neto))" + B1, CI);
    private static final Pattern PARTS = Pattern.compile("[,;，；、،]|\\s(?:and|y|und|et|plus)\\s|\\sو", CI);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of(Stream.concat(Stream.of(netPeriodWords()), Stream.of("t/t", "t /t", "t/ t", "t / t", "l/c", "l /c", "l/ c", "l / c", "d/p", "d /p", "d/ p", "d / p", "d/a", "d /a", "d/ a", "d / a", "o/a", "o /a", "o/ a", "o / a", "^tt", "t.t", "^lc", "^cad", "days net", "tage net", "jours net", "días net", "telegraphic", "wire transfer", "bank transfer", "transferencia", "überweisung", "virement", "电汇", "電匯", "تحويل", "حوالة", "letter of credit", "carta de crédito", "akkreditiv", "lettre de crédit", "crédit documentaire", "信用证", "信用證", "اعتماد", "خطاب", "documents against", "付款交单", "承兑交单", "open account", "paypal", "western union", "cash against", "^payment$", "^payments$", "^pay$", "^paid$", "^payable$", "^payer$", "^payé$", "^pago", "^pagar", "zahl", "^paiement", "^règlement", "付款", "支付", "付清", "结算", "結算", "دفع", "سداد", "^deposit$", "anticipo", "anzahlung", "acompte", "arrhes", "定金", "订金", "訂金", "首付", "عربون", "^advance$", "prepaid", "adelantado", "vorkasse", "voraus", "avance", "预付", "預付", "مقدما", "مسبقا")).toArray(String[]::new));

    /** "net 30", "net30" ({@link #NET}'s first form): "net" alone is in every address at a .net domain. */
    private static String[] netPeriodWords() {
        return IntStream.rangeClosed(0, 9).boxed().flatMap(d -> Stream.of("^net" + d, "^net " + d)).toArray(String[]::new);
    }

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.PAYMENT;
    }

    @Override
    public Optional<String> value(String s) {
        boolean pct = PERCENT.matcher(s).find();
        // A term needs: a method, or a net period, or payment words with a share, stage or condition, or a
        // share with a deposit or advance. Tested in that order and only as far as needed: most sentences
        // that reach here only say "pay", and each test is a case-insensitive pattern over the sentence.
        boolean term = !methods(s).isEmpty()
                || NET.matcher(s).find()
                || (PAY.matcher(s).find() && (pct || stage(s) || condition(s).length() > 0))
                || (pct && (DEPOSIT.matcher(s).find() || ADVANCE.matcher(s).find()));
        if (!term) return Optional.empty();
        String value = pct ? byShare(s) : withoutShares(s);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String byShare(String s) {
        List<String> parts = new ArrayList<>();
        Matcher cut = PARTS.matcher(s);
        int from = 0;
        while (cut.find()) {
            parts.add(s.substring(from, cut.start()));
            from = cut.end();
        }
        parts.add(s.substring(from));
        List<StringBuilder> withShare = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String part : parts) {
            if (PERCENT.matcher(part).find()) {
                withShare.add(new StringBuilder(pending).append(' ').append(part));
                pending.setLength(0);
            } else if (withShare.isEmpty()) {
                pending.append(' ').append(part);
            } else {
                withShare.getLast().append(' ').append(part);
            }
        }
        StringJoiner out = new StringJoiner(", ");
        for (StringBuilder part : withShare) out.add(share(part.toString()));
        return out.toString();
    }

    private static String share(String part) {
        Matcher p = PERCENT.matcher(part);
        p.find();
        StringJoiner out = new StringJoiner(" ");
        out.add(p.group(1) + "%");
        List<String> methods = methods(part);
        if (!methods.isEmpty()) out.add(String.join(" ", methods));
        String condition = condition(part);
        if (DEPOSIT.matcher(part).find()) out.add("deposit");
        else if (ADVANCE.matcher(part).find()) out.add("in advance");
        else if (BALANCE.matcher(part).find() && condition.isEmpty()) out.add("balance");
        if (!condition.isEmpty()) out.add(condition);
        return out.toString();
    }

    private static String withoutShares(String s) {
        StringJoiner out = new StringJoiner(", ");
        List<String> methods = methods(s);
        methods.forEach(out::add);
        Matcher net = NET.matcher(s);
        if (net.find()) out.add("net " + (net.group(1) != null ? net.group(1) : net.group(2)) + " days");
        if (methods.isEmpty() && out.length() == 0) {
            StringJoiner stage = new StringJoiner(" ");
            if (DEPOSIT.matcher(s).find()) stage.add("deposit");
            else if (ADVANCE.matcher(s).find()) stage.add("in advance");
            else if (BALANCE.matcher(s).find()) stage.add("balance");
            String condition = condition(s);
            Matcher days = DAYS.matcher(s);
            if (condition.equals("after delivery") && days.find()) stage.add(days.group(1) + " days");
            if (!condition.isEmpty()) stage.add(condition);
            if (stage.length() > 0) out.add(stage.toString());
        } else {
            String condition = condition(s);
            if (!condition.isEmpty() && methods.size() == 1) return methods.getFirst() + " " + condition;
        }
        return out.toString();
    }

    private static boolean stage(String s) {
        return DEPOSIT.matcher(s).find() || ADVANCE.matcher(s).find() || BALANCE.matcher(s).find();
    }

    private static String condition(String s) {
        if (AGAINST_BL.matcher(s).find()) return "against B/L copy";
        if (BEFORE_SHIPMENT.matcher(s).find()) return "before shipment";
        if (AFTER_DELIVERY.matcher(s).find()) return "after delivery";
        return "";
    }

    private record At(int pos, String text) {}

    /**
     * Words one of which every method pattern above needs (the method part of {@link #TRIGGERS}): most
     * sentences that reach this rule only say "pay" or "deposit", and six case-insensitive patterns are
     * then skipped for one pass of {@code indexOf}s.
     */
    private static final Triggers METHOD_WORDS = Triggers.of("t/t", "t /t", "t/ t", "t / t", "l/c", "l /c", "l/ c", "l / c", "d/p", "d /p", "d/ p", "d / p", "d/a", "d /a", "d/ a", "d / a", "o/a", "o /a", "o/ a", "o / a", "^tt", "t.t", "^lc", "^cad", "telegraphic", "wire transfer", "bank transfer", "transferencia", "überweisung", "virement", "电汇", "電匯", "تحويل", "حوالة", "letter of credit", "carta de crédito", "akkreditiv", "lettre de crédit", "crédit documentaire", "信用证", "信用證", "اعتماد", "خطاب", "documents against", "付款交单", "承兑交单", "open account", "paypal", "western union", "cash against");

    /** Methods in the order written, each with "at sight" or its usance ("L/C 90 days") when given. */
    private static List<String> methods(String s) {
        if (!METHOD_WORDS.foundIn(s.toLowerCase(Locale.ROOT))) return List.of();
        List<At> found = new ArrayList<>();
        find(s, TT, "T/T", false, found);
        find(s, LC, "L/C", true, found);
        find(s, DP, "D/P", true, found);
        find(s, DA, "D/A", true, found);
        find(s, OA, "O/A", true, found);
        Matcher other = OTHER.matcher(s);
        if (other.find()) {
            String name = other.group(1).toLowerCase();
            found.add(new At(other.start(), name.equals("paypal") ? "PayPal" : name.startsWith("western") ? "Western Union" : "CAD"));
        }
        found.sort((a, b) -> Integer.compare(a.pos(), b.pos()));
        return found.stream().map(At::text).toList();
    }

    private static void find(String s, Pattern p, String name, boolean qualified, List<At> found) {
        Matcher m = p.matcher(s);
        if (!m.find()) return;
        String text = name;
        if (qualified) {
            String rest = s.substring(m.end());
            Matcher usance = USANCE.matcher(rest);
            String before = s.substring(Math.max(0, m.start() - 6), m.start());
            if (AT_SIGHT.matcher(rest).find() || AT_SIGHT_BEFORE.matcher(before).find()) text += " at sight";
            else if (usance.find()) text += " " + usance.group(1) + " days";
        }
        found.add(new At(m.start(), text));
    }
}
