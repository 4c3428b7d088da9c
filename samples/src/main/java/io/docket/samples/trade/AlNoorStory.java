package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.AHMED;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;

import java.time.LocalDate;
import java.util.List;

/**
 * Al Noor Trading LLC, Dubai (Arabic and English, one mail in windows-1256): contract S/C No. 24HD017,
 * and order HD-2024-0142 whose number appears ONLY inside the PDF proforma PI-2024-0611.
 */
final class AlNoorStory {
    private static final String AHMED_SIGNATURE = """
            Best regards / مع أطيب التحيات
            Ahmed Al Falasi
            Purchasing Manager | Al Noor Trading LLC
            Al Maktoum Road, Deira, P.O. Box 45123, Dubai, UAE
            Tel: +971 4 222 3344""";

    private AlNoorStory() {
    }

    static void write(Mailbag bag) {
        Letter inquiry = bag.mail(AHMED).to(LILY).at("2024-01-15 10:10")
                .subject("Inquiry LED floodlights / استفسار عن كشافات LED")
                .body("""
                        السلام عليكم،
                        نرغب في الحصول على عرض سعر لكشافات LED بقدرة 200 واط، الكمية 800 قطعة.

                        Dear Ms. Chen, please quote 800 pcs LED floodlight 200W IP65, CFR Jebel Ali.

                        """ + AHMED_SIGNATURE).send();

        Letter offer = bag.reply(inquiry, LILY, "Re: ").at("2024-01-16 09:00")
                .body("""
                        Dear Mr. Al Falasi,

                        HD-FL200W LED floodlight 200W IP65: USD 21.50/pc CFR Jebel Ali, 800 pcs.
                        Payment: 50% T/T deposit, 50% before shipment. Delivery: 40 days after deposit.

                        """ + LILY_SIGNATURE).quoting().send();

        Letter counter = bag.reply(offer, AHMED, "RE: ").charset("windows-1256").at("2024-01-18 13:25")
                .body("""
                        السيدة تشين المحترمة،
                        نوافق على السعر 21.50 دولار للقطعة، ونرغب في زيادة الكمية إلى 1000 قطعة.
                        شروط الدفع: 30% دفعة مقدمة و70% مقابل نسخة بوليصة الشحن.

                        Price OK. Quantity 1,000 pcs. Payment 30% deposit, 70% against B/L copy.

                        Ahmed Al Falasi, Al Noor Trading LLC, Tel: +971 4 222 3344""").quoting().send();

        Letter contract = bag.reply(counter, LILY, "RE: ").at("2024-01-22 11:00")
                .body("""
                        Dear Mr. Al Falasi,

                        Agreed: 1,000 pcs at USD 21.50/pc CFR Jebel Ali = USD 21,500.00, payment 30% T/T deposit,
                        70% against B/L copy, delivery 40 days after deposit.
                        Please sign and return the attached S/C No. 24HD017.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.docx("SC_24HD017.docx", TradeDocuments.contract24HD017()))
                .quoting().send();

        Letter signed = bag.reply(contract, AHMED, "RE: ").at("2024-01-25 16:40")
                .body("""
                        Dear Ms. Chen,
                        S/C No. 24HD017 signed. Deposit USD 6,450.00 transferred today.
                        تم توقيع العقد وتحويل الدفعة المقدمة.

                        """ + AHMED_SIGNATURE).quoting().send();

        bag.reply(signed, LILY, "").at("2024-02-29 16:00")
                .subject("Shipment advice S/C No. 24HD017")
                .body("""
                        Dear Mr. Al Falasi,

                        S/C No. 24HD017 shipped today 2024-02-29: 500 cartons, B/L ONEYSZNB0042871, ETA Jebel Ali
                        2024-03-14. Please pay the balance USD 15,050.00 against the B/L copy.

                        """ + LILY_SIGNATURE).send();

        solarOrder(bag);
    }

    /** The body never names the order or the PI: an extractor must read the PDF. */
    private static void solarOrder(Mailbag bag) {
        Letter ask = bag.mail(AHMED).to(LILY).at("2024-03-18 11:30")
                .subject("Solar street lights 60W - 500 sets")
                .body("""
                        رمضان كريم
                        Dear Ms. Chen, we need 500 sets solar street light 60W with bracket, CFR Jebel Ali,
                        same payment terms as last time. Please send proforma invoice.

                        """ + AHMED_SIGNATURE).send();

        Letter pi = bag.reply(ask, LILY, "Re: ").at("2024-03-19 10:15")
                .body("""
                        Dear Mr. Al Falasi,

                        Ramadan Kareem! Please find attached our proforma invoice for the solar street lights:
                        USD 48.00/set CFR Jebel Ali, 500 sets, 30% T/T deposit, 70% against B/L copy,
                        delivery 35 days after deposit.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("Proforma_Invoice_Solar_60W.pdf", ProformaInvoicePdf.render(pi0611())))
                .quoting().send();

        bag.reply(pi, AHMED, "RE: ").at("2024-03-21 14:05")
                .body("""
                        Dear Ms. Chen,
                        Confirmed. تم تحويل الدفعة المقدمة (USD 7,200.00).

                        """ + AHMED_SIGNATURE).quoting().send();
    }

    static ProformaInvoice pi0611() {
        return new ProformaInvoice("PI-2024-0611", LocalDate.of(2024, 3, 19), "Al Noor Trading LLC",
                List.of("Al Maktoum Road, Deira", "P.O. Box 45123, Dubai, UAE"), "HD-2024-0142",
                List.of(new LineItem("HD-SL60W", "Solar street light 60W with bracket", 500, "sets",
                        new java.math.BigDecimal("48.00"))),
                "USD", "CFR Jebel Ali", "30% T/T deposit, 70% against B/L copy", "35 days after deposit",
                "1 set/carton");
    }
}
