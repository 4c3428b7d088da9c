package io.docket.bench.trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The mail of one order, in two conversations. The negotiation: inquiry (no number yet, sometimes
 * naming an earlier order), quotation (our number), one or two rounds of counter offers changing price,
 * payment, Incoterm or delivery, the customer's purchase order (with a CSV order list now and then), the
 * proforma invoice as a PDF, and maybe a bare acknowledgement, an out-of-office reply or a deposit
 * receipt. Then shipment: the advice with a CSV packing list, maybe a request to change the balance
 * payment and our answer, maybe a quality claim and our answer. Every text has several wordings, and
 * replies quote their parent (or do not), so the same order number reaches messages by different
 * routes, and some messages of a thread name no order at all.
 */
final class OrderStory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final String[] VESSELS = {"MSC Aurora", "COSCO Shipping Leo", "Maersk Kowloon", "CMA CGM Tage", "Ever Given", "ONE Harmony"};

    private final OrderPlan o;
    private final Random rnd;
    private final List<Letter> letters = new ArrayList<>();
    /** The thread (0 negotiation, 1 shipment) of each letter. */
    private final List<Integer> threads = new ArrayList<>();
    /** Each letter's own text, without what it quotes. */
    private final List<String> own = new ArrayList<>();
    private ZonedDateTime clock;
    private int step;

    private OrderStory(OrderPlan plan, Random rnd) {
        this.o = plan;
        this.rnd = rnd;
        this.clock = plan.start();
    }

    record Written(List<Letter> letters, List<Integer> threads) {}

    static Written write(OrderPlan plan, Random rnd) {
        OrderStory s = new OrderStory(plan, rnd);
        s.negotiation();
        s.shipment();
        return new Written(s.letters, s.threads);
    }

    // ---- the negotiation thread --------------------------------------------------------------------

    private void negotiation() {
        Party buyer = o.buyer();
        Party seller = o.seller();
        Lang bl = buyer.lang();
        Terms terms = o.offer();
        String desc = desc(bl);
        String ref = o.inquiryRef();
        String subject = pick(switch (bl) {
            case EN -> new String[] {"Inquiry: " + desc + " x " + terms.quantity(bl) + " (our ref. " + ref + ")",
                    "RFQ " + desc + " - " + terms.quantity(bl) + ", ref. " + ref, "Request for quotation " + desc + " (" + ref + ")"};
            case DE -> new String[] {"Anfrage " + desc + " – " + terms.quantity(bl) + " (Ref. " + ref + ")",
                    "Preisanfrage " + desc + ", " + terms.quantity(bl) + ", unser Zeichen " + ref};
            case ES -> new String[] {"Solicitud de cotización " + desc + " – " + terms.quantity(bl) + " (ref. " + ref + ")",
                    "Consulta de precio " + desc + ", " + terms.quantity(bl) + " (ref. " + ref + ")"};
            case ZH -> new String[] {"询价：" + desc + " " + terms.quantity(bl) + "（编号" + ref + "）", desc + "询价 " + terms.quantity(bl) + "，参考号" + ref};
        });
        String previous = "";
        if (o.previous() != null) {
            OrderPlan p = o.previous();
            previous = switch (bl) {
                case EN -> "Same specification as our last order " + p.number() + ", please.\n";
                case DE -> "Gleiche Ausführung wie bei unserer letzten Bestellung " + p.number() + ".\n";
                case ES -> "Misma especificación que en el pedido " + p.number() + ".\n";
                case ZH -> "规格同上次订单" + p.compact() + "。\n";
            };
        }
        String inquiry = switch (bl) {
            case EN -> pick("Dear Lily,\n\nwe are looking for " + terms.quantity(bl) + " " + desc + " (" + o.product()[0] + ").\n" + previous
                            + "Please quote your best price " + terms.incoterm(buyer) + " with payment terms and lead time.",
                    "Hi Lily,\n\ncould you send us an offer for " + terms.quantity(bl) + " of your " + desc + "?\n" + previous
                            + "We need CE and RoHS certificates as usual.");
            case DE -> pick("Sehr geehrte Frau Chen,\n\nbitte senden Sie uns Ihr Angebot für " + terms.quantity(bl) + " " + desc + ", inklusive "
                            + "Zahlungsbedingungen und Lieferzeit.\n" + previous,
                    "Hallo Frau Chen,\n\nwir haben Bedarf an " + terms.quantity(bl) + " " + desc + " (" + o.product()[0] + ").\n" + previous
                            + "Bitte nennen Sie uns Preis und Lieferzeit.");
            case ES -> pick("Estimada Sra. Chen:\n\nle rogamos nos envíe su mejor oferta para " + terms.quantity(bl) + " de " + desc + ".\n" + previous
                            + "Indíquenos forma de pago y plazo de entrega.",
                    "Hola Lily:\n\nnecesitamos cotización de " + terms.quantity(bl) + " " + desc + " (" + o.product()[0] + ").\n" + previous);
            case ZH -> pick("赵经理，您好！\n\n我司需要" + desc + "，数量" + terms.quantity(bl) + "，请报价。\n" + previous + "请注明交期。",
                    "赵敏你好，\n\n" + previous + "麻烦报一下" + desc + "的价格，数量" + terms.quantity(bl) + "。");
        };
        int root = send(buyer, seller, subject, inquiry + "\n\n" + buyer.signature(), -1, 0, false, List.of());

        // Quotation: our number is given here.
        int last = send(seller, buyer, reply(subject, seller.lang()), quotation(terms) + "\n\n" + seller.signature(), root, 0, true, List.of());
        // One or two rounds of changes.
        Terms agreed = terms;
        int rounds = rnd.nextInt(3) == 0 ? 2 : 1;
        for (int r = 0; r < rounds; r++) {
            Terms wanted = change(agreed);
            String ask = counter(agreed, wanted, r == 0 && rnd.nextBoolean());
            last = send(buyer, seller, reply(subject, bl), ask + "\n\n" + buyer.signature(), last, 0, quotes(buyer), List.of());
            agreed = wanted;
            last = send(seller, buyer, reply(subject, seller.lang()), accept(agreed) + "\n\n" + seller.signature(), last, 0, true, List.of());
        }
        // The customer's purchase order, with an order list now and then.
        List<Letter.Attachment> list = rnd.nextInt(5) < 2 ? List.of(orderList(agreed)) : List.of();
        last = send(buyer, seller, reply(subject, bl), purchaseOrder(agreed) + "\n\n" + buyer.signature(), last, 0, quotes(buyer), list);
        // Proforma invoice.
        int pi = send(seller, buyer, reply(subject, seller.lang()), proforma(agreed) + "\n\n" + seller.signature(), last, 0, rnd.nextBoolean(),
                List.of(proformaPdf(agreed)));
        last = pi;
        if (rnd.nextInt(10) < 6) {
            String ack = pick(switch (bl) {
                case EN -> new String[] {"Thanks Lily, received. The deposit goes out this week.", "Received with thanks."};
                case DE -> new String[] {"Danke, erhalten. Die Anzahlung geht diese Woche raus.", "Vielen Dank, ist angekommen."};
                case ES -> new String[] {"Recibido, gracias. Haremos la transferencia esta semana.", "Recibido, muchas gracias."};
                case ZH -> new String[] {"收到，谢谢！定金本周安排。", "收到。"};
            });
            last = send(buyer, seller, reply(subject, bl), ack + "\n\n" + buyer.signature(), pi, 0, false, List.of());
        }
        if (rnd.nextInt(10) == 0) outOfOffice(pi, subject);
        if (rnd.nextBoolean()) {
            BigDecimal deposit = agreed.total().multiply(BigDecimal.valueOf(3)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
            String receipt = bl == Lang.ZH
                    ? "您好，\n\n已收到贵司定金" + Terms.money(deposit) + "美元（订单" + o.compact() + "），今天开始安排生产。\n\n" + Cast.ZHAO.signature()
                    : "Dear " + buyer.name() + ",\n\nwe have received your deposit of USD " + Terms.money(deposit) + " for order " + o.number()
                    + ". Production starts today.\n\n" + Cast.AMY.signature();
            send(bl == Lang.ZH ? Cast.ZHAO : Cast.AMY, buyer, reply(subject, bl == Lang.ZH ? Lang.ZH : Lang.EN), receipt, last, 0, false, List.of());
        }
        shipmentTerms = agreed;
    }

    private Terms shipmentTerms;

    // ---- the shipment thread -----------------------------------------------------------------------

    private void shipment() {
        if (rnd.nextInt(10) >= 8) return;
        Party buyer = o.buyer();
        Party seller = o.seller();
        Lang sl = seller.lang();
        Terms t = shipmentTerms;
        clock = clock.plusDays(t.deliveryDays() / 2 + rnd.nextInt(10));
        String vessel = VESSELS[rnd.nextInt(VESSELS.length)];
        String bl = String.format(Locale.ROOT, "MEDUSZ%07d", (o.serial() * 7_919L) % 10_000_000);
        String container = String.format(Locale.ROOT, "MSCU%07d", (o.serial() * 104_729L) % 10_000_000);
        String etd = DAY.format(clock.plusDays(1));
        String eta = DAY.format(clock.plusDays(28 + rnd.nextInt(10)));
        BigDecimal balance = t.total().multiply(BigDecimal.valueOf(7)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        String subject = sl == Lang.ZH ? "出货通知 " + o.number() + " – " + t.quantity(sl) + " " + o.product()[0]
                : pick("Shipment advice " + o.number() + " / " + vessel, "Shipping documents " + o.number() + " - " + t.quantity(Lang.EN) + " " + o.product()[0]);
        String text = sl == Lang.ZH
                ? buyer.name() + "，您好！\n\n订单" + o.compact() + "的货物已于" + etd + "装船，船名" + vessel + "，预计" + eta + "到港。\n提单号 " + bl
                + "，柜号 " + container + "。\n装箱单见附件，请安排支付余款" + Terms.money(balance) + "美元。"
                : "Dear " + buyer.name() + ",\n\nyour goods for order " + o.number() + " are loaded on " + vessel + ", ETD " + etd + ", ETA "
                + buyer.port() + " " + eta + ".\nB/L " + bl + ", container " + container + ". The packing list is attached.\n"
                + "Please arrange the balance of USD " + Terms.money(balance) + ".";
        int advice = send(seller, buyer, subject, text + "\n\n" + seller.signature(), -1, 1, false, List.of(packingList(t)));
        Lang lang = buyer.lang();
        int last = advice;
        if (rnd.nextInt(10) < 3) {
            Terms later = t.withPayment(t.payment() == 4 ? 2 : 4);
            String ask = switch (lang) {
                case EN -> "Dear Lily,\n\ncould we change the balance payment for " + o.number() + " to " + later.payment(lang) + " instead of "
                        + t.payment(lang) + "? Cash is tight this quarter.";
                case DE -> "Sehr geehrte Frau Chen,\n\nwir bitten um eine Änderung der Zahlungsbedingungen für " + o.number() + ": "
                        + later.payment(lang) + " statt " + t.payment(lang) + ".";
                case ES -> "Estimada Sra. Chen:\n\n¿podríamos cambiar la forma de pago del saldo del pedido " + o.number() + "? Proponemos "
                        + later.payment(lang) + " en lugar de " + t.payment(lang) + ".";
                case ZH -> "赵经理：\n\n关于订单" + o.compact() + "的余款\n付款方式：能否改为" + later.payment(lang) + "？";
            };
            last = send(buyer, seller, reply(subject, lang), ask + "\n\n" + buyer.signature(), last, 1, quotes(buyer), List.of());
            if (rnd.nextInt(5) < 4) {
                String ok = sl == Lang.ZH ? "可以，这次按" + later.payment(sl) + "执行。" : "OK for us this time: " + later.payment(sl) + ".";
                last = send(seller, buyer, reply(subject, sl), ok + "\n\n" + seller.signature(), last, 1, true, List.of());
            }
        }
        if (rnd.nextInt(5) == 0) {
            int bad = 10 + rnd.nextInt(t.quantity() / 50 + 1);
            BigDecimal amount = t.price().multiply(BigDecimal.valueOf(bad));
            String claim = switch (lang) {
                case EN -> "Dear Lily,\n\n" + bad + " of " + t.quantity(lang) + " arrived flickering. We claim USD " + Terms.money(amount)
                        + " for order " + o.number() + ". Photos follow.";
                case DE -> "Sehr geehrte Frau Chen,\n\nReklamation zu " + o.number() + ": " + bad + " von " + t.quantity(lang)
                        + " flackern. Wir fordern eine Gutschrift über USD " + Terms.money(amount) + ".";
                case ES -> "Estimada Sra. Chen:\n\nreclamación del pedido " + o.number() + ": " + bad + " de " + t.quantity(lang)
                        + " llegaron dañadas. Solicitamos un abono de USD " + Terms.money(amount) + ".";
                case ZH -> "赵经理：\n\n订单" + o.compact() + "到货后发现" + bad + "只不亮，索赔" + Terms.money(amount) + "美元。";
            };
            last = send(buyer, seller, reply(subject, lang), claim + "\n\n" + buyer.signature(), last, 1, quotes(buyer), List.of());
            Party qc = sl == Lang.ZH ? Cast.ZHAO : Cast.KEVIN;
            String answer = sl == Lang.ZH ? "已核查留样，" + bad + "只将在下批货中免费补发。"
                    : "Dear " + buyer.name() + ",\n\nwe checked the retained samples. We will replace the " + bad
                    + " pcs free of charge in your next shipment.";
            send(qc, buyer, reply(subject, sl), answer + "\n\n" + qc.signature(), last, 1, true, List.of());
        }
    }

    // ---- texts -------------------------------------------------------------------------------------

    private String quotation(Terms t) {
        Party b = o.buyer();
        if (o.seller().lang() == Lang.ZH) {
            return pick(b.name() + "，您好！\n\n感谢询价，本单编号：" + o.number() + "。报价如下：\n\n产品：" + o.product()[0] + " " + desc(Lang.ZH) + "\n数量："
                            + t.quantity(Lang.ZH) + "\n单价：" + t.price(Lang.ZH) + "（" + t.incoterm(b) + "）\n付款方式：" + t.payment(Lang.ZH) + "\n交期："
                            + t.delivery(Lang.ZH) + "\n\n报价有效期30天。",
                    b.name() + "您好，\n\n订单号：" + o.number() + "\n" + desc(Lang.ZH) + "，数量" + t.quantity(Lang.ZH) + "，单价" + t.price(Lang.ZH) + "，"
                            + t.incoterm(b) + "。\n付款方式：" + t.payment(Lang.ZH) + "\n交期：" + t.delivery(Lang.ZH));
        }
        return pick("Dear " + b.name() + ",\n\nthank you for your inquiry. We have registered it under Order No. " + o.number() + ".\nOur offer for "
                        + o.product()[0] + " (" + o.product()[1] + "):\n\n- Quantity: " + t.quantity(Lang.EN) + "\n- Price: " + t.price(Lang.EN) + " "
                        + t.incoterm(b) + " (total USD " + Terms.money(t.total()) + ")\n- Payment: " + t.payment(Lang.EN) + "\n- Delivery: "
                        + t.delivery(Lang.EN) + "\n- HS code 9405.42.00\n\nThe offer is valid for 30 days.",
                "Hi " + b.name() + ",\n\nplease find our quotation, reference " + o.number() + ":\n\n" + o.product()[0] + " " + o.product()[1] + ", "
                        + t.quantity(Lang.EN) + ", " + t.price(Lang.EN) + " " + t.incoterm(b) + ".\nPayment terms: " + t.payment(Lang.EN)
                        + ".\nLead time: " + t.delivery(Lang.EN) + ".\n\nSamples are available within 7 days if you need them.",
                "Dear " + b.name() + ",\n\nthanks for the RFQ. Our best price for " + t.quantity(Lang.EN) + " " + o.product()[1] + " is "
                        + t.price(Lang.EN) + " " + t.incoterm(b) + ", payment " + t.payment(Lang.EN) + ", delivery " + t.delivery(Lang.EN)
                        + ".\nPlease quote our order " + o.number() + " in all further correspondence.");
    }

    /** The customer asks for one to three changed terms; it names the order itself only when told to. */
    private String counter(Terms from, Terms to, boolean nameOrder) {
        Party b = o.buyer();
        Lang l = b.lang();
        List<String> lines = new ArrayList<>();
        String instead = switch (l) {
            case EN -> " instead of ";
            case DE -> " statt ";
            case ES -> " en lugar de ";
            case ZH -> "，原为";
        };
        String[] names = switch (l) {
            case EN -> new String[] {"Price: ", "Payment: ", "Incoterm: ", "Delivery: "};
            case DE -> new String[] {"Preis: ", "Zahlungsbedingungen: ", "Lieferbedingung: ", "Lieferzeit: "};
            case ES -> new String[] {"Precio: ", "Forma de pago: ", "Incoterm: ", "Plazo de entrega: "};
            case ZH -> new String[] {"单价：", "付款方式：", "贸易条款：", "交期："};
        };
        String dash = l == Lang.ZH ? "" : "- ";
        if (!from.price().equals(to.price())) lines.add(dash + names[0] + to.price(l) + instead + from.price(l));
        if (from.payment() != to.payment()) lines.add(dash + names[1] + to.payment(l) + instead + from.payment(l));
        if (from.incoterm() != to.incoterm()) lines.add(dash + names[2] + to.incoterm(b) + instead + from.incoterm(b));
        if (from.deliveryDays() != to.deliveryDays()) lines.add(dash + names[3] + to.delivery(l) + instead + from.delivery(l));
        String about = nameOrder ? switch (l) {
            case EN -> "Re your quotation " + o.number() + ": ";
            case DE -> "Zu Ihrem Angebot " + o.number() + ": ";
            case ES -> "Sobre su oferta " + o.number() + ": ";
            case ZH -> "关于订单" + o.compact() + "：";
        } : "";
        String head = switch (l) {
            case EN -> pick("Dear Lily,\n\n" + about + "before we can place the order we need some changes:\n",
                    "Hi Lily,\n\n" + about + "thanks for the offer. Our management asks for:\n");
            case DE -> pick("Sehr geehrte Frau Chen,\n\n" + about + "vielen Dank für Ihr Angebot. Wir bitten um folgende Änderungen:\n",
                    "Hallo Frau Chen,\n\n" + about + "wir können bestellen, wenn Sie Folgendes akzeptieren:\n");
            case ES -> pick("Estimada Sra. Chen:\n\n" + about + "gracias por su oferta. Para cerrar el pedido necesitamos:\n",
                    "Hola Lily:\n\n" + about + "le proponemos los siguientes cambios:\n");
            case ZH -> "赵经理：\n\n" + about + "收到报价，谢谢。我们希望调整以下条款：\n";
        };
        String tail = switch (l) {
            case EN -> "\nPlease confirm.";
            case DE -> "\nBitte bestätigen Sie kurz.";
            case ES -> "\nQuedamos a la espera de su confirmación.";
            case ZH -> "\n请确认。";
        };
        return head + String.join("\n", lines) + "\n" + tail;
    }

    private String accept(Terms t) {
        Party b = o.buyer();
        if (o.seller().lang() == Lang.ZH) {
            return "您好，\n\n可以接受。订单" + o.compact() + "的最新条款：\n单价：" + t.price(Lang.ZH) + "（" + t.incoterm(b) + "）\n付款方式："
                    + t.payment(Lang.ZH) + "\n交期：" + t.delivery(Lang.ZH);
        }
        return pick("Dear " + b.name() + ",\n\ngood news: we accept. Updated terms for " + o.number() + ":\n- Price: " + t.price(Lang.EN) + " "
                        + t.incoterm(b) + "\n- Payment: " + t.payment(Lang.EN) + "\n- Delivery: " + t.delivery(Lang.EN),
                "Hi " + b.name() + ",\n\nagreed: " + t.price(Lang.EN) + " " + t.incoterm(b) + ", payment " + t.payment(Lang.EN) + ", delivery "
                        + t.delivery(Lang.EN) + ".\nWe look forward to your PO.");
    }

    private String purchaseOrder(Terms t) {
        Party b = o.buyer();
        Lang l = b.lang();
        return switch (o.customer().poStyle()) {
            case PO_HASH -> "Dear Lily,\n\nplease find our PO#" + o.po() + " for " + t.quantity(l) + " " + o.product()[1] + " at " + t.price(l) + " "
                    + t.incoterm(b) + ", as agreed under your order " + o.number() + ".\nPlease send the proforma invoice.";
            case PO_NO -> "Hi Lily,\n\nour PO No.: " + o.po() + " (" + t.quantity(l) + " " + o.product()[0] + ", your ref. " + o.number()
                    + "). Payment " + t.payment(l) + ".";
            case BESTELLNUMMER -> "Sehr geehrte Frau Chen,\n\nhiermit bestellen wir verbindlich. Bestellnummer " + o.po() + " (Ihre Referenz "
                    + o.number() + "): " + t.quantity(l) + " " + desc(l) + " zu " + t.price(l) + " " + t.incoterm(b)
                    + ".\nBitte senden Sie uns die Proforma-Rechnung.";
            case PEDIDO -> "Estimada Sra. Chen:\n\nle confirmamos el Pedido nº " + o.po() + " de " + t.quantity(l) + " " + desc(l) + " a "
                    + t.price(l) + " " + t.incoterm(b) + " (su referencia " + o.number() + ").\nQuedamos a la espera de la factura proforma.";
            case OURS -> "赵经理：\n\n确认下单。\n订单号：" + o.compact() + "\n" + desc(l) + " " + t.quantity(l) + "，单价" + t.price(l) + "，"
                    + t.incoterm(b) + "\n付款方式：" + t.payment(l) + "\n请发形式发票。";
        };
    }

    private String proforma(Terms t) {
        Party b = o.buyer();
        BigDecimal deposit = t.total().multiply(BigDecimal.valueOf(3)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        if (o.seller().lang() == Lang.ZH) {
            return "您好，\n\n附件是形式发票，发票号：" + o.pi() + "，订单号：" + o.number() + "。请安排定金" + Terms.money(deposit) + "美元。";
        }
        return pick("Dear " + b.name() + ",\n\nplease find attached our proforma invoice P/I No. " + o.pi() + " for order " + o.number()
                        + ".\nKindly arrange the deposit of USD " + Terms.money(deposit) + ".",
                "Hi " + b.name() + ",\n\nattached is P/I " + o.pi() + " (" + t.quantity(Lang.EN) + ", total USD " + Terms.money(t.total())
                        + "). Bank details are on the invoice.");
    }

    private Letter.Attachment proformaPdf(Terms t) {
        Party b = o.buyer();
        List<String> lines = List.of("PROFORMA INVOICE", "Huada Lighting Co., Ltd., Shenzhen 518057, China", "P/I No.: " + o.pi(),
                "Order No.: " + o.number(), "Date: " + DAY.format(clock), "Buyer: " + b.latinCompany(),
                o.product()[0] + "   " + o.product()[1] + "   " + t.quantity(Lang.EN) + "   USD " + Terms.money(t.price()),
                "TOTAL " + latinIncoterm(t, b) + ": USD " + Terms.money(t.total()),
                "Payment: " + t.payment(Lang.EN), "Delivery: " + t.delivery(Lang.EN), "HS code: 9405.42.00",
                "Beneficiary bank: Bank of China, Shenzhen Branch, SWIFT BKCHCNBJ45A");
        return ProformaPdf.render(o.pi() + ".pdf", o.pi(), clock.toLocalDate(), lines);
    }

    /** "CIF Hamburg" as the PDF's Latin font can write it. */
    private static String latinIncoterm(Terms t, Party b) {
        String term = Terms.INCOTERMS[t.incoterm()];
        return term + " " + (term.equals("FOB") || term.equals("EXW") ? "Shenzhen" : latinPort(b));
    }

    /** The Incoterm's place as the PDF's Latin font can write it. */
    private static String latinPort(Party b) {
        return switch (b.port()) {
            case "上海" -> "Shanghai";
            case "新加坡" -> "Singapore";
            default -> MimeWriter.ascii(b.port()) ? b.port() : "Shenzhen";
        };
    }

    private Letter.Attachment orderList(Terms t) {
        StringBuilder csv = new StringBuilder();
        if (o.po() != null) csv.append("PO No.: ").append(o.po()).append('\n');
        csv.append("Supplier ref.: ").append(o.number()).append('\n');
        csv.append("Model,Description,Quantity,Unit price USD\n");
        csv.append(o.product()[0]).append(',').append(o.product()[1]).append(',').append(t.quantity()).append(',')
                .append(t.price().toPlainString()).append('\n');
        String name = o.buyer().domain().replaceAll("[^a-z]", "") + "_order_list_" + o.serial() + ".csv";
        return csv(name, csv.toString());
    }

    private Letter.Attachment packingList(Terms t) {
        int perCarton = 4 + 2 * (o.serial() % 4);
        int cartons = (t.quantity() + perCarton - 1) / perCarton;
        String csv = "Packing list,Order No. " + o.number() + "\nModel,Cartons,Pcs per carton,Quantity,Gross weight kg\n" + o.product()[0] + ","
                + cartons + "," + perCarton + "," + t.quantity() + "," + (cartons * 9 + o.serial() % 7) + "\n";
        return csv("Packing_List_" + o.number() + ".csv", csv);
    }

    private static Letter.Attachment csv(String name, String text) {
        String crlf = text.replace("\n", "\r\n");
        return new Letter.Attachment(name, "text/csv; charset=UTF-8", crlf.getBytes(java.nio.charset.StandardCharsets.UTF_8), text);
    }

    private void outOfOffice(int to, String subject) {
        Party b = o.buyer();
        ZonedDateTime back = clock.plusDays(7 + rnd.nextInt(10));
        String prefix = switch (b.lang()) {
            case EN -> "Out of Office: ";
            case DE -> "Abwesenheitsnotiz: ";
            case ES -> "Respuesta automática: ";
            case ZH -> "自动回复：";
        };
        String text = switch (b.lang()) {
            case EN -> "I am out of the office until " + DAY.format(back) + " with limited access to email.";
            case DE -> "Ich bin bis " + back.toLocalDate() + " nicht im Büro. In dringenden Fällen wenden Sie sich bitte an die Zentrale.";
            case ES -> "Estaré fuera de la oficina hasta el " + back.toLocalDate() + ".";
            case ZH -> "您好，我休假至" + back.getMonthValue() + "月" + back.getDayOfMonth() + "日，期间回复可能延迟。";
        };
        Letter parent = letters.get(to);
        addLetter(new Letter(b, parent.from(), prefix + parent.subject(), parent.date().plusMinutes(2).withZoneSameInstant(b.zone()),
                messageId(parent.date().plusMinutes(2), b), references(to), text, List.of(), true), threads.get(to), text);
    }

    // ---- plumbing ----------------------------------------------------------------------------------

    private String desc(Lang l) {
        return o.product()[1 + l.ordinal()];
    }

    private boolean quotes(Party p) {
        return rnd.nextInt(10) < (p.lang() == Lang.EN ? 7 : 6);
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static String reply(String subject, Lang lang) {
        String prefix = switch (lang) {
            case EN -> "Re: ";
            case DE -> "AW: ";
            case ES -> "RE: ";
            case ZH -> "回复：";
        };
        return subject.startsWith(prefix) ? subject : prefix + subject;
    }

    /**
     * Adds a letter, a day or two after the previous one, as a reply to {@code parent} (or a new thread
     * when -1), quoting the parent's own text under the sender's language's attribution line.
     */
    private int send(Party from, Party to, String subject, String text, int parent, int thread, boolean quote, List<Letter.Attachment> files) {
        clock = clock.plusHours(6 + rnd.nextInt(60)).plusMinutes(rnd.nextInt(60));
        ZonedDateTime date = clock.withZoneSameInstant(from.zone());
        String body = text;
        if (quote && parent >= 0) body = text + "\n\n" + attribution(letters.get(parent), from) + "\n" + quoted(own.get(parent), from, letters.get(parent));
        Letter l = new Letter(from, to, subject, date, messageId(date, from), parent < 0 ? List.of() : references(parent), body, files, false);
        return addLetter(l, thread, text);
    }

    private int addLetter(Letter l, int thread, String ownText) {
        letters.add(l);
        threads.add(thread);
        own.add(ownText);
        step++;
        return letters.size() - 1;
    }

    private List<String> references(int parent) {
        List<String> refs = new ArrayList<>(letters.get(parent).references());
        refs.add(letters.get(parent).messageId());
        return refs;
    }

    private String messageId(ZonedDateTime date, Party from) {
        return String.format(Locale.ROOT, "<%s.%d.%d@%s>", date.withZoneSameInstant(java.time.ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)), o.serial(), step, from.domain());
    }

    private static String attribution(Letter parent, Party writer) {
        ZonedDateTime d = parent.date().withZoneSameInstant(writer.zone());
        String who = parent.from().name() + " <" + parent.from().email() + ">";
        return switch (writer.lang()) {
            case EN -> writer.email().endsWith("lakeshore-electric.com")
                    ? "-----Original Message-----\nFrom: " + who + "\nSent: " + DAY.format(d) + "\nSubject: " + parent.subject() + "\n"
                    : "On " + DAY.format(d) + ", " + who + " wrote:";
            case DE -> "Am " + d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm", Locale.ROOT)) + " schrieb " + who + ":";
            case ES -> "El " + d.format(DateTimeFormatter.ofPattern("d/M/yyyy, 'a las' HH:mm", Locale.ROOT)) + ", " + who + " escribió:";
            case ZH -> "在 " + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 " + d.format(DateTimeFormatter.ofPattern("HH:mm"))
                    + "，" + who + " 写道：";
        };
    }

    /** "> " before every line; Outlook's style quotes with no marks at all. */
    private static String quoted(String text, Party writer, Letter parent) {
        if (writer.email().endsWith("lakeshore-electric.com")) return text;
        return ("> " + text.replace("\n", "\n> ")).replace("> \n", ">\n");
    }

    /** Changes one to three terms of the standing offer, each the way customers haggle. */
    private Terms change(Terms t) {
        Terms out = t;
        int changes = 1 + rnd.nextInt(3);
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3));
        java.util.Collections.shuffle(kinds, rnd);
        for (int k : kinds.subList(0, changes)) {
            out = switch (k) {
                case 0 -> out.withPrice(out.price().multiply(BigDecimal.valueOf(94 + rnd.nextInt(5))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                case 1 -> out.withPayment((out.payment() + 1 + rnd.nextInt(Terms.PAYMENTS - 1)) % Terms.PAYMENTS);
                case 2 -> out.withIncoterm((out.incoterm() + 1 + rnd.nextInt(Terms.INCOTERMS.length - 1)) % Terms.INCOTERMS.length);
                default -> out.withDelivery(out.deliveryDays() + (rnd.nextBoolean() ? 10 : -5));
            };
        }
        return out;
    }
}
