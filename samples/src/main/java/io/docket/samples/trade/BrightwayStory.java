package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.AMY;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;
import static io.docket.samples.trade.Cast.MIKE;

import java.time.LocalDate;
import java.util.List;

/**
 * Brightway Imports Inc., Chicago (Outlook, "RE:" not stacked): PO#4500123456 across the US DST change
 * (10 March 2024), and the repeat order PO No.: 4500123457 whose replies carry no In-Reply-To or
 * References, so only the subject links them.
 */
final class BrightwayStory {
    private static final String MIKE_SIGNATURE = """
            Thanks,
            Mike Johnson | Purchasing Manager
            Brightway Imports Inc.
            233 S Wacker Dr, Suite 4700, Chicago, IL 60606
            Phone (312) 555-0142""";

    private BrightwayStory() {
    }

    static void write(Mailbag bag) {
        Letter po = bag.mail(MIKE).to(LILY).at("2024-03-04 08:30")
                .subject("PO#4500123456 - 2x2 LED Flat Panel 3,000 pcs")
                .body("""
                        Hi Lily,

                        Following our meeting in Las Vegas, here is our PO#4500123456:
                        HD-PL2X2-40W 2x2 ft 40W 4000K DLC listed, 3,000 pcs @ USD 13.90 FOB Shenzhen
                        Payment: net 30 days after B/L date
                        Delivery: 30 days

                        Please send a photo of the pre-production sample before we release the order.

                        """ + MIKE_SIGNATURE).send();

        Letter photo = bag.reply(po, LILY, "RE: ").at("2024-03-05 16:20")
                .body("""
                        Hi Mike,

                        Thank you for PO#4500123456. The photo of the pre-production sample is attached.

                        Price USD 13.90 FOB Shenzhen is fine. But we cannot accept net 30 days for a new
                        account: we propose 30% T/T deposit and 70% before shipment, and delivery 40 days
                        after deposit (30 days is too short for DLC labelling).

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.jpeg("Order#4500123456_LED-Panel_Sample_20240305.jpg", ProductPhoto.ledPanelJpeg()))
                .quoting().send();

        Letter agreed = bag.reply(photo, MIKE, "").at("2024-03-11 09:45")
                .body("""
                        Lily,

                        Sample looks good. OK with 30% T/T deposit / 70% before shipment and 40 days after
                        deposit. Deposit of USD 12,510.00 will be wired today. Please send your PI.

                        """ + MIKE_SIGNATURE).quoting().send();

        Letter pi = bag.reply(agreed, LILY, "").at("2024-03-12 10:05")
                .body("""
                        Hi Mike,

                        Attached is P/I No. PI-2024-0601 for PO#4500123456: 3,000 pcs x USD 13.90 = USD 41,700.00
                        FOB Shenzhen, 30% T/T deposit (USD 12,510.00), 70% before shipment (USD 29,190.00).

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("PI-2024-0601.pdf", ProformaInvoicePdf.render(pi0601())))
                .quoting().send();

        bag.reply(pi, AMY, "").cc(LILY).at("2024-03-14 15:10")
                .subject("Deposit received - PI-2024-0601 / PO#4500123456")
                .body("""
                        Dear Mike,

                        We confirm receipt of the deposit USD 12,510.00 for PI-2024-0601 on 2024-03-14.
                        Production starts today.

                        Amy Liu | Finance
                        Huada Lighting Co., Ltd.
                        Tel: +86 755 2345 6789 ext. 812""").send();

        Letter advice = bag.mail(LILY).to(MIKE).at("2024-04-22 11:00")
                .subject("Shipment advice PO#4500123456")
                .body("""
                        Hi Mike,

                        PO#4500123456 is ready: 3,000 pcs in 750 cartons, 1x20'GP, ETD Yantian 2024-04-26.
                        Please remit the balance USD 29,190.00 so we can release the B/L.

                        """ + LILY_SIGNATURE).send();

        bag.reply(advice, MIKE, "RE: ").at("2024-04-23 08:12")
                .body("""
                        Lily, balance USD 29,190.00 sent today, ref. FED WIRE 20240423-7781.

                        """ + MIKE_SIGNATURE).quoting().send();

        repeatOrder(bag);
    }

    /** The subject-only threading case: every reply lacks In-Reply-To and References. */
    private static void repeatOrder(Mailbag bag) {
        Letter po = bag.mail(MIKE).to(LILY).at("2024-04-15 13:20")
                .subject("PO No.: 4500123457 - LED troffers repeat order")
                .body("""
                        Hi Lily,

                        PO No.: 4500123457
                        HD-TR2X4-50W 2x4 ft troffer, 2,000 pcs @ USD 18.60 FOB Shenzhen
                        Same terms as PO#4500123456: 30% T/T deposit, 70% before shipment, 40 days.

                        """ + MIKE_SIGNATURE).send();

        Letter up = bag.reply(po, LILY, "RE: ").withoutThreadHeaders().at("2024-04-16 09:40")
                .body("""
                        Hi Mike,

                        Thanks for PO No.: 4500123457. Aluminium went up 8% since January, so the troffer
                        is now USD 19.20/pc FOB Shenzhen. Other terms unchanged.

                        """ + LILY_SIGNATURE).quoting().send();

        Letter counter = bag.reply(up, MIKE, "").withoutThreadHeaders().at("2024-04-16 18:05")
                .body("""
                        Lily,

                        Can you do USD 18.90? Also Home Depot now requires 1 pc per carton instead of
                        2 pcs per carton.

                        """ + MIKE_SIGNATURE).quoting().send();

        Letter ok = bag.reply(counter, LILY, "").withoutThreadHeaders().at("2024-04-18 10:30")
                .body("""
                        Hi Mike,

                        OK: USD 18.90/pc FOB Shenzhen, 2,000 pcs = USD 37,800.00, packing 1 pc/carton.
                        Updated quotation attached.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.xlsx("Quotation_PO4500123457.xlsx", TradeDocuments.trofferQuote()))
                .quoting().send();

        bag.reply(ok, MIKE, "").withoutThreadHeaders().at("2024-04-18 08:02")
                .body("Confirmed, thanks.\n\n" + MIKE_SIGNATURE).quoting().send();
    }

    private static ProformaInvoice pi0601() {
        return new ProformaInvoice("PI-2024-0601", LocalDate.of(2024, 3, 12), "Brightway Imports Inc.",
                List.of("233 S Wacker Dr, Suite 4700", "Chicago, IL 60606, USA"), "PO#4500123456",
                List.of(new LineItem("HD-PL2X2-40W", "LED flat panel 2x2 ft 40W DLC", 3000, "13.90")),
                "USD", "FOB Shenzhen", "30% T/T deposit, 70% before shipment", "40 days after deposit",
                "4 pcs/carton");
    }
}
