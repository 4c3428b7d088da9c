package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.testing.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderLabels#findLower} only skips positions where no label can start: it must find exactly what
 * {@code find(from)} finds, from every starting point, on the labelled sets, every sample message and
 * attachment, and on words glued to letters, digits and other scripts.
 */
class OrderLabelsTest {
    @Test
    void findsWhatFindFindsFromEveryPosition() {
        List<String> texts = new ArrayList<>(List.of(
                "PO# 4471, po no. 88, xpo 12, 3po 9, ſpo 1, Purchase Order No: HD-2024-0117 and order 5000 pcs",
                "订单号：HD20240117 采购订单号 A-1 合同 编号 形式发票号 发票号码 訂單號 注文番号 発注番号 請求書番号",
                "رقم الطلب 4471 ورقم الفاتورة 12",
                "Bestellnummer 123, Auftrags-Nr. 55, nº de pedido 7, n.º del contrato 8, número de factura 9",
                "proforma invoice no. PI-2024-0588.pdf; S/C No. 1; P/I 2; SC#3; contract#4; 𝐏O 5; éorder 6; 1order 7"));
        for (LabelledFixture f : LabelledFixture.read("orders.tsv", ";")) texts.add(f.text());
        for (LabelledFixture f : LabelledFixture.read("clauses.tsv", ";")) texts.add(f.text());
        texts.addAll(SampleTexts.all());
        int labels = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) continue;
            Matcher plain = OrderLabels.LABEL_LOWER.matcher(lower);
            Matcher skipping = OrderLabels.LABEL_LOWER.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            // Short texts from every position; long ones (attachments) from where the extractor resumes.
            boolean every = lower.length() <= 600;
            for (int from = 0; from < lower.length(); ) {
                boolean expected = plain.find(from);
                assertEquals(expected, OrderLabels.findLower(skipping, lower, from), "from " + from + " in " + text);
                if (!expected) break;
                assertEquals(plain.start() + ":" + plain.end() + ":" + plain.group("weak"),
                        skipping.start() + ":" + skipping.end() + ":" + skipping.group("weak"), "from " + from + " in " + text);
                if (plain.start() == from || !every) labels++;
                from = every ? from + 1 : plain.start() + 1;
            }
        }
        assertTrue(labels > 100, "compared " + labels + " labels");
    }

    @Test
    void commonWordsThatShareALabelsFirstLetterAreSkippedByTheirSecondLetter() {
        // Derived from the pattern: the letters that may follow each first letter in some label.
        assertFalse(isSecond("and"));
        assertFalse(isSecond("of"));
        assertFalse(isSecond("is"));
        assertFalse(isSecond("at"));
        for (String label : List.of("po", "p.o", "p/i", "pi", "order", "orden", "invoice", "contract", "commande", "s/c", "sc",
                "sales", "nº", "no.", "nr.", "número", "num.", "bestellung", "bon", "factura", "auftrag", "rechnung", "vertrag",
                "pedido", "proforma", "pro-forma", "purchase"))
            assertTrue(label.charAt(1) >= 128 || isSecond(label), label);
    }

    @Test
    void commonWordsThatPassTheSecondLetterAreSkippedByTheirThird() {
        for (String word : List.of("in ", "on ", "or ", "for", "please", "price", "some", "can", "but", "are", "over"))
            assertFalse(isStart(word), word);
        for (String label : List.of("po#", "po ", "p.o", "p/o", "p/i", "p /i", "pi ", "order", "orden", "invoice", "contract", "commande",
                "s/c", "s /c", "sc#", "sales", "nº ", "no.", "nr.", "n.º", "número", "num.", "bestellung", "bon", "factura", "auftrag",
                "rechnung", "vertrag", "pedido", "proforma", "pro-forma", "purchase", "commercial"))
            assertTrue(label.charAt(1) >= 128 || label.charAt(2) >= 128 || isStart(label), label);
    }

    @Test
    void commonWordsThatPassTheThirdLetterAreSkippedByTheirFourth() {
        for (String word : List.of("comp", "prod", "prog", "rece", "face", "cons", "prov", "very", "conf", "reco", "promo"))
            assertFalse(OrderLabels.mayBeginWith(word), word);
        for (String label : List.of("po# 1", "po 1", "p.o.", "p/o ", "pi no", "order", "orden", "invoice", "contract", "commande",
                "commercial", "s/c ", "sc# ", "sales", "no. ", "nr. ", "num.", "bestellung", "bon de", "factura", "facture",
                "auftrag", "rechnung", "vertrag", "pedido", "proforma", "pro-forma", "pro forma", "purchase"))
            assertTrue(OrderLabels.mayBeginWith(label), label);
    }

    private static boolean isStart(String word) {
        return OrderLabels.asciiThirdsOf(word.charAt(0), word.charAt(1)).indexOf(word.charAt(2)) >= 0;
    }

    private static boolean isSecond(String word) {
        return OrderLabels.asciiSecondsOf(word.charAt(0)).indexOf(word.charAt(1)) >= 0;
    }
}
