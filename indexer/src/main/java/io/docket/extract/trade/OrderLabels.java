package io.docket.extract.trade;

import java.util.regex.Pattern;

/**
 * The words that introduce an order, contract or invoice number in the languages of our customers' mail.
 * A label is <em>strong</em> when it carries a number marker ("No.", "#", "Nr.", "nº", "号", "番号", "رقم")
 * or is a noun that means "order number" by itself (PO, S/C, P/I, Bestellnummer); a <em>weak</em> label is
 * a bare noun ("order", "pedido", "commande", "订单") that also starts ordinary sentences ("order 5,000
 * pcs"), so {@link OrderNumberToken} asks more of the number that follows it.
 */
final class OrderLabels {
    private static final String B0 = TradeText.B0;
    private static final String NO = "(?:No(?:\\.|(?![\\p{L}]))|Nr(?:\\.|(?![\\p{L}]))|Number|Num\\.|n\\.?\\s?[º°o]\\.?|nro\\.|núm\\.?|número|numéro|#|ID(?![\\p{L}]))";
    private static final String NO_OF = "(?:N[º°o]\\.?|n\\.º|Nr\\.|No\\.|número|numéro|num\\.)\\s*(?:de|del|du)\\s+";

    private static final String STRONG = String.join("|",
            B0 + "(?:purchase\\s+)?order\\s*" + NO,
            B0 + "purchase\\s+order",
            B0 + "P\\.?\\s?O\\.?(?:\\s*" + NO + ")?",
            B0 + "P/O(?:\\s*" + NO + ")?",
            B0 + "S\\s?/\\s?C(?:\\s*" + NO + ")?",
            B0 + "SC\\s*" + NO,
            B0 + "(?:sales\\s+)?contract\\s*" + NO,
            B0 + "P\\s?/\\s?I(?:\\s*" + NO + ")?",
            B0 + "PI\\s*" + NO,
            B0 + "pro-?\\s?forma(?:\\s+invoice)?\\s*" + NO,
            B0 + "(?:commercial\\s+)?invoice\\s*" + NO,
            B0 + NO_OF + "(?:pedido|orden(?:\\s+de\\s+compra)?|factura|contrato|commande|bon\\s+de\\s+commande|facture|contrat)",
            B0 + "(?:pedido|orden\\s+de\\s+compra|orden|factura|contrato|commande|bon\\s+de\\s+commande|facture|contrat)\\s*" + NO,
            B0 + "(?:Bestell|Auftrags|Rechnungs|Vertrags)(?:nummer|-?\\s?Nr\\.?)",
            B0 + "(?:Bestellung|Auftrag|Rechnung|Vertrag)\\s*" + NO,
            "(?:订单编号|订单号码|订单号|采购单号|采购订单号|销售合同号|合同编号|合同号|形式发票号|发票号码|发票号|訂單編號|訂單號碼|訂單號|合同編號|注文番号|注文書番号|発注番号|請求書番号)",
            "رقم\\s+(?:الطلب|طلب\\s+الشراء|أمر\\s+الشراء|الطلبية|الفاتورة|العقد)");

    private static final String WEAK = String.join("|",
            B0 + "(?:order|pedido|commande|Bestellung|Auftrag|contract|contrato|proforma|invoice)",
            "(?:订单|合同|訂單)");

    /** Group "strong" or "weak" tells which list matched; strong alternatives are tried first. */
    static final Pattern LABEL = Pattern.compile(
            "(?<strong>" + STRONG + ")|(?<weak>" + WEAK + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OrderLabels() {}

    /** The label as written without the "#", ":" or spaces that join it to the number. */
    static String clean(String label) {
        int end = label.length();
        while (end > 0) {
            char c = label.charAt(end - 1);
            if (c == '#' || c == ':' || c == '：' || Character.isWhitespace(c)) end--;
            else break;
        }
        return label.substring(0, end).replaceAll("\\s+", " ");
    }
}
