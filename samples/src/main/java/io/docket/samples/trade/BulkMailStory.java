package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.EXPO;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;
import static io.docket.samples.trade.Cast.NEWS;

import java.time.ZoneId;

/**
 * Mail that is not about any order, full of numbers that look like order numbers but are not:
 * a newsletter, a trade fair invitation and a prospect's "SV:" reply (the out-of-office sits in the
 * Müller thread).
 */
final class BulkMailStory {
    private static final Party ERIK = new Party("Erik Lindqvist", "erik@nordljus.se", "Nordljus AB",
            ZoneId.of("Europe/Stockholm"), QuoteStyle.EN);

    private BulkMailStory() {
    }

    static void write(Mailbag bag) {
        bag.mail(NEWS).to(LILY).at("2024-03-07 06:00")
                .header("List-Id", "LED Trade Weekly <weekly.ledtradeweekly.com>")
                .header("List-Unsubscribe", "<https://ledtradeweekly.com/unsubscribe?u=8812>")
                .header("Precedence", "bulk")
                .subject("LED Trade Weekly #412: aluminium up 8%, EU Ecodesign update")
                .body("""
                        LED TRADE WEEKLY - Issue 412 - 2024-03-07

                        1. Aluminium prices rose 8% since January (LME 2,230 USD/t). Panel makers raise prices.
                        2. EU Ecodesign (EU) 2019/2020: new labels from 2024-09-01 for HS 9405.42 luminaires.
                        3. Freight index: Shanghai-Hamburg 40' container USD 3,150, down from USD 4,400.
                        4. Booth packages for Light Asia Expo from USD 12,800.00.

                        Advertise with us: +1 212 555 0199, ads@ledtradeweekly.com
                        LED Trade Weekly, 1250 Broadway, New York, NY 10001
                        Unsubscribe: https://ledtradeweekly.com/unsubscribe?u=8812""").send();

        bag.mail(EXPO).to(LILY).at("2024-03-25 10:00")
                .header("Precedence", "bulk")
                .subject("Invitation: Light Asia Expo 2024, Hong Kong, 27-30 April")
                .body("""
                        Dear Exhibitor,

                        You are invited to Light Asia Expo 2024, AsiaWorld-Expo, Hong Kong, 2024-04-27 to 2024-04-30.
                        Your booth: Hall 3C, Booth 3C-D12 (registration no. 2024-88631).
                        Exhibitor badge pickup: Counter 5, tel. +852 2511 7427.

                        Light Asia Expo Organising Committee""").send();

        Letter catalogue = bag.mail(LILY).to(ERIK).at("2024-05-06 15:00")
                .subject("Huada Lighting catalogue 2024")
                .body("""
                        Dear Mr. Lindqvist,

                        Nice to meet you at Light Asia Expo (booth 3C-D12). As promised, our 2024 catalogue
                        highlights: LED panels from USD 12.50, troffers, floodlights, solar street lights.

                        """ + LILY_SIGNATURE).send();

        bag.reply(catalogue, ERIK, "SV: ").at("2024-05-07 09:12")
                .body("""
                        Hi Lily,

                        Tack! We will come back after our budget meeting in Q3.
                        Erik Lindqvist, Nordljus AB, Sveavägen 44, 111 34 Stockholm""").quoting().send();
    }
}
