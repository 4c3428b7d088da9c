package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.AMY;
import static io.docket.samples.trade.Cast.HANS;
import static io.docket.samples.trade.Cast.KEVIN;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Müller GmbH, Hamburg: order HD-2024-0117 (their Bestellnummer 4500123460) for LED panels, whose
 * terms change over the thread, then a flicker claim traced to the driver supplier; and the follow-up
 * order HD-2024-0163 with the claim credit deducted. Spans the German DST change (31 March 2024).
 */
final class MuellerStory {
    static final Party PETRA = new Party("Petra Schmidt", "p.schmidt@mueller-gmbh.de", "Müller GmbH",
            ZoneId.of("Europe/Berlin"), QuoteStyle.DE);
    private static final List<String> ADDRESS = List.of("Müller GmbH, Einkauf", "Speicherstraße 12",
            "20457 Hamburg, Germany", "VAT DE 123 456 789");
    private static final String HANS_SIGNATURE = """
            Mit freundlichen Grüßen / Best regards
            Hans Müller
            Einkauf | Müller GmbH
            Speicherstraße 12, 20457 Hamburg
            Tel. +49 40 3098 7654""";

    private MuellerStory() {
    }

    static void write(Mailbag bag) {
        Letter inquiry = bag.mail(HANS).to(LILY).at("2024-02-26 09:14")
                .subject("Anfrage LED-Panels 600x600 40W")
                .body("""
                        Sehr geehrte Frau Chen,

                        wir sind ein Großhändler für Beleuchtung in Hamburg und interessieren uns für Ihre
                        LED-Panels 600x600 mm, 40 W, 4000 K, UGR<19, mit CE- und ENEC-Zeichen.

                        Bitte senden Sie uns Ihr Angebot für 5.000 Stück, inklusive Zahlungsbedingungen
                        und Lieferzeit.

                        """ + HANS_SIGNATURE).send();

        Letter quotation = bag.reply(inquiry, LILY, "Re: ").at("2024-02-27 10:05")
                .body("""
                        Dear Mr. Müller,

                        Thank you for your inquiry. We have registered it under Order No. HD-2024-0117.
                        Our offer for the LED panel HD-PL6060-40W (600x600 mm, 40W, 4000K, UGR<19, CE/ENEC):

                        - Quantity: 5,000 pcs
                        - Price: USD 12.80/pc FOB Shenzhen (total USD 64,000.00)
                        - Payment: 30% T/T deposit, 70% balance against B/L copy
                        - Delivery: 35 days after deposit
                        - Packing: 4 pcs/carton, export carton
                        - HS code 9405.42.00

                        Our price list for Q1 2024 is attached.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.xlsx("Huada_Price_List_2024Q1.xlsx", TradeDocuments.priceList2024Q1()))
                .quoting().send();

        Letter counter = bag.reply(quotation, HANS, "AW: ").at("2024-02-29 16:40")
                .body("""
                        Sehr geehrte Frau Chen,

                        vielen Dank für Ihr Angebot. Wir möchten die Menge auf 6.000 Stück erhöhen und bitten
                        um folgende Änderungen:

                        - Preis: USD 12,50/Stück bei 6.000 Stück
                        - Lieferbedingung: CIF Hamburg statt FOB Shenzhen
                        - Zahlungsbedingungen: L/C at sight (unwiderrufliches Akkreditiv) statt T/T

                        Die Lieferzeit von 35 Tagen ist für uns in Ordnung.

                        """ + HANS_SIGNATURE).quoting().send();

        Letter agree = bag.reply(counter, LILY, "RE: ").at("2024-03-01 11:20")
                .body("""
                        Dear Mr. Müller,

                        Good news: we accept USD 12.50/pc for 6,000 pcs CIF Hamburg (total USD 75,000.00),
                        and payment by L/C at sight is fine for us.

                        However, for 6,000 pcs and with the Qingming holiday (2024-04-04) our driver supplier
                        needs more time, so delivery must be 45 days after receipt of L/C instead of 35 days.
                        Please confirm.

                        """ + LILY_SIGNATURE).quoting().send();

        Letter confirm = bag.reply(agree, HANS, "AW: ").at("2024-03-04 08:55")
                .body("""
                        Sehr geehrte Frau Chen,

                        einverstanden: 45 Tage nach Eingang des Akkreditivs.
                        Unsere Bestellnummer ist 4500123460. Bitte senden Sie uns die Proforma-Rechnung
                        und den Kaufvertrag.

                        """ + HANS_SIGNATURE).quoting().send();

        Letter pi = bag.reply(confirm, LILY, "").cc(AMY).at("2024-03-05 15:30")
                .subject("Proforma Invoice PI-2024-0588 / Order No. HD-2024-0117 (Ihre Bestellnummer 4500123460)")
                .body("""
                        Dear Mr. Müller,

                        Please find attached our P/I No. PI-2024-0588 and the sales contract HD-SC-2024-033
                        for Order No. HD-2024-0117 (your Bestellnummer 4500123460):

                        6,000 pcs HD-PL6060-40W at USD 12.50/pc CIF Hamburg = USD 75,000.00
                        Payment: L/C at sight
                        Delivery: 45 days after receipt of L/C, latest date of shipment 2024-04-30

                        Please open the L/C in favour of Huada Lighting Co., Ltd., advising bank
                        Bank of China, Shenzhen Branch, SWIFT BKCHCNBJ45A. Amy Liu from our finance team is
                        in copy for the L/C.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("PI-2024-0588.pdf", ProformaInvoicePdf.render(pi0588())))
                .attach(FileAttachment.docx("Sales_Contract_HD-SC-2024-033.docx", TradeDocuments.contract033()))
                .send();

        Letter lc = bag.reply(pi, HANS, "AW: ").at("2024-03-08 10:12")
                .body("""
                        Sehr geehrte Frau Chen,

                        der Kaufvertrag HD-SC-2024-033 ist unterschrieben. Das Akkreditiv Nr. HAM-LC-24-0311
                        über USD 75.000,00 wurde heute durch die Commerzbank Hamburg eröffnet.

                        """ + HANS_SIGNATURE).quoting().send();

        SupplierStory.drivers(bag);

        Letter schedule = bag.reply(lc, LILY, "RE: ").at("2024-04-02 09:30")
                .body("""
                        Dear Mr. Müller,

                        Production of Order No. HD-2024-0117 started on 2024-03-28 (L/C received 2024-03-11).
                        Shipment is planned for 2024-04-18 from Yantian.

                        """ + LILY_SIGNATURE).quoting().send();

        bag.reply(schedule, HANS, "Abwesenheitsnotiz: ").at("2024-04-02 03:31")
                .header("Auto-Submitted", "auto-replied")
                .header("X-Auto-Response-Suppress", "All")
                .body("""
                        Ich bin bis zum 08.04.2024 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
                        Petra Schmidt (p.schmidt@mueller-gmbh.de, Tel. +49 40 3098 7600).

                        I am out of the office until 08.04.2024.""").send();

        Letter shipped = bag.mail(LILY).to(HANS).at("2024-04-16 17:45")
                .subject("Shipment Advice - Order No. HD-2024-0117 / Bestellnummer 4500123460")
                .body("""
                        Dear Mr. Müller,

                        Order No. HD-2024-0117 is booked as follows:

                        Vessel: MSC ANNA V.412W, ETD Yantian 2024-04-18, ETA Hamburg 2024-05-28
                        B/L No.: MEDUSZ1234567
                        Container: 1x40'HQ MSCU1234565
                        6,000 pcs in 1,500 cartons, G.W. 13,500 kg, 62.4 CBM

                        The packing list is attached; original documents go to the L/C bank.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.xlsx("Packing_List_HD-2024-0117.xlsx", TradeDocuments.packingList0117()))
                .send();

        claim(bag, shipped);
        followUpOrder(bag);
    }

    private static void claim(Mailbag bag, Letter shipped) {
        Letter report = bag.mail(PETRA).to(HANS).at("2024-06-03 08:10")
                .subject("Prüfbericht Wareneingang 4500123460")
                .body("""
                        Hallo Hans,

                        bei der Wareneingangsprüfung der LED-Panels (Bestellnummer 4500123460) flackern
                        180 von 6.000 Stück (3 %). Prüfbericht anbei.

                        Gruß
                        Petra""")
                .attach(FileAttachment.xlsx("Prüfbericht_Flackern_4500123460.xlsx", TradeDocuments.inspectionReport()))
                .compose();

        Letter claim = bag.forward(report, HANS, "WG: ", true).to(LILY).at("2024-06-03 11:25")
                .flags("FRS")
                .body("""
                        Sehr geehrte Frau Chen,

                        leider müssen wir zur Order No. HD-2024-0117 eine Reklamation anmelden: 180 Panels (3 %)
                        flackern (flicker defects). Wir fordern eine Entschädigung von USD 2.250,00
                        (180 x USD 12,50) oder kostenlosen Ersatz.

                        """ + HANS_SIGNATURE).send();

        Letter forwarded = bag.forward(claim, LILY, "转发：", true).to(KEVIN).at("2024-06-04 09:10")
                .body("""
                        王工：

                        德国客户 Müller 索赔：订单 HD-2024-0117 共 6,000 片面板，其中 180 片闪烁（3%），
                        客户要求赔偿 USD 2,250.00。请尽快分析质量问题原因，今天回复我。

                        Lily""").send();

        bag.reply(forwarded, KEVIN, "回复：").at("2024-06-04 16:30")
                .body("""
                        Lily：

                        质量问题分析：闪烁全部来自明辉电源批次 MH240408 的驱动电源，电解电容不良，
                        与灯板无关。合同号 HD-SC-2024-033 条款 6 规定质量索赔期 90 天，客户索赔有效。
                        建议同意赔偿 USD 2,250.00，并向明辉电源索赔。

                        王凯 Kevin Wang | QC Manager
                        Huada Lighting Co., Ltd.""").quoting().send();

        SupplierStory.driverClaim(bag);

        Letter settle = bag.reply(claim, LILY, "RE: ").cc(AMY).at("2024-06-05 10:00")
                .body("""
                        Dear Mr. Müller,

                        We are sorry for the trouble. Our QC traced the flicker to one batch of drivers.
                        We accept your claim: compensation of USD 2,250.00 will be issued as credit note
                        CN-2024-007 and deducted from your next order. Amy Liu (finance) is in copy.

                        """ + LILY_SIGNATURE).quoting().send();

        bag.reply(settle, HANS, "AW: ").at("2024-06-05 14:20")
                .body("""
                        Sehr geehrte Frau Chen,

                        einverstanden, die Gutschrift CN-2024-007 über USD 2.250,00 wird mit der nächsten
                        Bestellung verrechnet.

                        """ + HANS_SIGNATURE).quoting().send();
    }

    private static void followUpOrder(Mailbag bag) {
        Letter order = bag.mail(HANS).to(LILY).at("2024-06-12 09:05")
                .subject("Neue Bestellung 4500123519 - LED-Panels 600x600")
                .body("""
                        Sehr geehrte Frau Chen,

                        hiermit bestellen wir 4.000 Stück HD-PL6060-40W, Bestellnummer 4500123519,
                        zu den Bedingungen der letzten Bestellung: USD 12,50/Stück CIF Hamburg, L/C at sight,
                        Lieferzeit 45 Tage. Bitte die Gutschrift CN-2024-007 abziehen.

                        """ + HANS_SIGNATURE).send();

        Letter reply = bag.reply(order, LILY, "Re: ").at("2024-06-13 10:40")
                .body("""
                        Dear Mr. Müller,

                        Thank you! Your Bestellnummer 4500123519 is our Order No. HD-2024-0163.
                        P/I No. PI-2024-0702 attached: 4,000 pcs x USD 12.50 = USD 50,000.00, less credit note
                        CN-2024-007 USD 2,250.00, total USD 47,750.00 CIF Hamburg, L/C at sight, 45 days.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("PI-2024-0702.pdf", ProformaInvoicePdf.render(pi0702())))
                .quoting().send();

        bag.reply(reply, HANS, "AW: ").at("2024-06-14 08:30").flags("")
                .body("""
                        Sehr geehrte Frau Chen,

                        PI-2024-0702 bestätigt. Das Akkreditiv folgt nächste Woche.

                        """ + HANS_SIGNATURE).quoting().send();
    }

    static ProformaInvoice pi0588() {
        return new ProformaInvoice("PI-2024-0588", LocalDate.of(2024, 3, 5), "Müller GmbH", ADDRESS,
                "HD-2024-0117 (Buyer's Bestellnummer 4500123460)",
                List.of(new LineItem("HD-PL6060-40W", "LED panel 600x600 mm 40W 4000K", 6000, "12.50")),
                "USD", "CIF Hamburg", "L/C at sight", "45 days after receipt of L/C", "4 pcs/carton, export carton");
    }

    private static ProformaInvoice pi0702() {
        return new ProformaInvoice("PI-2024-0702", LocalDate.of(2024, 6, 13), "Müller GmbH", ADDRESS,
                "HD-2024-0163 (Buyer's Bestellnummer 4500123519)",
                List.of(new LineItem("HD-PL6060-40W", "LED panel 600x600 mm 40W 4000K", 4000, "12.50"),
                        new LineItem("CN-2024-007", "Credit note, claim on HD-2024-0117", 1, "lot",
                                new java.math.BigDecimal("-2250.00"))),
                "USD", "CIF Hamburg", "L/C at sight", "45 days after receipt of L/C", "4 pcs/carton, export carton");
    }
}
