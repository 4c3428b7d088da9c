package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;
import static io.docket.samples.trade.Cast.TANAKA;

import java.time.LocalDate;
import java.util.List;

/** Tanaka Shoji K.K., Osaka: 注文番号 TS-24-0311 for LED bulbs, the Japanese mails in ISO-2022-JP. */
final class TanakaStory {
    private static final String TANAKA_SIGNATURE = """
            田中商事株式会社 購買部
            田中 健一
            〒530-0001 大阪市北区梅田1-2-3
            TEL 06-6345-6789""";

    private TanakaStory() {
    }

    static void write(Mailbag bag) {
        Letter ask = bag.mail(TANAKA).to(LILY).charset("ISO-2022-JP").at("2024-03-11 10:20")
                .subject("LED電球の見積依頼")
                .body("""
                        Huada Lighting
                        Lily Chen 様

                        いつもお世話になっております。
                        LED電球 E26 60W形 昼白色 10,000個の見積をお願いいたします。
                        支払条件と納期もあわせてご連絡ください。

                        """ + TANAKA_SIGNATURE).send();

        Letter offer = bag.reply(ask, LILY, "Re: ").at("2024-03-11 15:40")
                .body("""
                        Dear Tanaka-san,

                        HD-A60-9W LED bulb E26 9W (60W equivalent), daylight white, PSE certified:
                        USD 0.95/pc FOB Shenzhen, 10,000 pcs.
                        Payment: 30% T/T deposit, 70% against B/L copy. Delivery: 35 days after deposit.
                        Packing: individual box with Japanese printing, 100 pcs/carton.

                        """ + LILY_SIGNATURE).quoting().send();

        Letter order = bag.reply(offer, TANAKA, "Re: ").charset("ISO-2022-JP").at("2024-03-13 09:05")
                .subject(offer.subject())
                .body("""
                        Lily Chen 様

                        ご見積ありがとうございます。下記の条件で発注を検討しております。
                        注文番号：TS-24-0311
                        単価：USD 0.92/個 でお願いできますでしょうか。
                        支払条件：T/T 30%前払い、残金70%はB/Lコピー受領後 で了承します。
                        納期：35日ではなく30日でお願いします。

                        """ + TANAKA_SIGNATURE).quoting().send();

        Letter pi = bag.reply(order, LILY, "").at("2024-03-13 14:20")
                .body("""
                        Dear Tanaka-san,

                        For 注文番号 TS-24-0311 we can offer USD 0.93/pc (not 0.92), and delivery 30 days is OK.
                        Our P/I No. PI-2024-0615 is attached: 10,000 pcs x USD 0.93 = USD 9,300.00 FOB Shenzhen.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("PI-2024-0615.pdf", ProformaInvoicePdf.render(pi0615())))
                .quoting().send();

        Letter ok = bag.reply(pi, TANAKA, "").charset("ISO-2022-JP").at("2024-03-14 11:30")
                .body("""
                        Lily Chen 様

                        単価 USD 0.93 で了解しました。本日、前払金 USD 2,790.00 を送金いたしました。
                        よろしくお願いいたします。

                        """ + TANAKA_SIGNATURE).quoting().send();

        bag.reply(ok, LILY, "").at("2024-04-18 16:00")
                .subject("Shipment advice 注文番号 TS-24-0311")
                .body("""
                        Dear Tanaka-san,

                        TS-24-0311 shipped: 100 cartons, vessel ONE MINATO V.118E, ETD Shekou 2024-04-19,
                        ETA Osaka 2024-04-24. Balance USD 6,510.00 against B/L copy.

                        """ + LILY_SIGNATURE).send();
    }

    private static ProformaInvoice pi0615() {
        return new ProformaInvoice("PI-2024-0615", LocalDate.of(2024, 3, 13), "Tanaka Shoji K.K.",
                List.of("1-2-3 Umeda, Kita-ku", "Osaka 530-0001, Japan"), "TS-24-0311",
                List.of(new LineItem("HD-A60-9W", "LED bulb E26 9W daylight, PSE", 10000, "0.93")),
                "USD", "FOB Shenzhen", "30% T/T deposit, 70% against B/L copy", "30 days after deposit",
                "Individual box (Japanese printing), 100 pcs/carton");
    }
}
