package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.DAVID;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * David Otieno, a Nairobi buyer writing from Gmail (no company domain to match a customer on): a trial
 * order known only by its P/I No. PI-2024-0622, Gmail's stacked "Re:" and a "Fwd:" bank notice.
 */
final class OtienoStory {
    private static final Party BANK = new Party("Equity Bank Alerts", "alerts@equitybank.co.ke", "Equity Bank",
            ZoneId.of("Africa/Nairobi"), QuoteStyle.EN);

    private OtienoStory() {
    }

    static void write(Mailbag bag) {
        Letter ask = bag.mail(DAVID).to(LILY).at("2024-04-03 12:15")
                .subject("LED bulbs and tubes price")
                .body("""
                        Hello Lily,
                        I got your contact from Alibaba. I need price for LED bulb 9W E27 and T8 tube 18W,
                        small trial order first. Thanks.
                        David Otieno
                        Otieno Electricals, Luthuli Avenue, Nairobi. +254 722 123 456""").send();

        Letter offer = bag.reply(ask, LILY, "Re: ").at("2024-04-03 18:20")
                .body("""
                        Hi David,

                        HD-A60-9W bulb E27 9W: USD 0.55/pc; HD-T8-18W tube 1200 mm: USD 1.35/pc, FOB Shenzhen.
                        For a trial order: 5,000 bulbs + 2,000 tubes, payment 100% T/T in advance,
                        delivery 20 days after payment.

                        """ + LILY_SIGNATURE).quoting().send();

        Letter cif = bag.reply(offer, DAVID, "Re: ").at("2024-04-05 09:40")
                .body("OK for the quantities and payment. Can you quote CIF Mombasa? David").quoting().send();

        bag.reply(cif, LILY, "Re: ").at("2024-04-08 10:30")
                .body("""
                        Hi David,

                        CIF Mombasa: add USD 420.00 freight and insurance, total USD 5,870.00.
                        P/I No. PI-2024-0622 attached. Payment 100% T/T in advance, delivery 20 days after payment.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("PI-2024-0622.pdf", ProformaInvoicePdf.render(pi0622())))
                .quoting().send();

        Letter notice = bag.mail(BANK).to(DAVID).at("2024-04-29 08:05")
                .subject("Outgoing SWIFT transfer USD 5,870.00")
                .body("""
                        Dear Customer, your transfer of USD 5,870.00 to HUADA LIGHTING CO., LTD.,
                        BKCHCNBJ45A, ref PI-2024-0622, was sent on 29/04/2024. UETR 3f8a9c2e-7b41-4d0e-9a55-1c2d3e4f5a6b.""")
                .compose();

        bag.forward(notice, DAVID, "Fwd: ", false).to(LILY).at("2024-04-29 08:20")
                .body("Lily, payment for PI-2024-0622 done, see below. David")
                .send();
    }

    private static ProformaInvoice pi0622() {
        return new ProformaInvoice("PI-2024-0622", LocalDate.of(2024, 4, 8), "Otieno Electricals (David Otieno)",
                List.of("Luthuli Avenue", "Nairobi, Kenya", "otieno.lighting@gmail.com"), null,
                List.of(new LineItem("HD-A60-9W", "LED bulb E27 9W", 5000, "0.55"),
                        new LineItem("HD-T8-18W", "LED tube T8 1200 mm 18W", 2000, "1.35"),
                        new LineItem("FREIGHT", "Freight and insurance to Mombasa", 1, "lot",
                                new java.math.BigDecimal("420.00"))),
                "USD", "CIF Mombasa", "100% T/T in advance", "20 days after payment", "Standard export cartons");
    }
}
