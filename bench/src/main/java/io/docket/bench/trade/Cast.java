package io.docket.bench.trade;

import java.time.ZoneId;
import java.util.List;

/**
 * Who writes the generated mail: Huada Lighting's staff (the company of samples/trade-mailbox) and
 * ten customers in four languages, each with its own way of numbering orders. Domains are invented
 * and unique to the generator, so {@code from:} a customer's domain counts only generated mail.
 */
final class Cast {
    private Cast() {}

    /** How a customer numbers its purchase orders, written the way the order extractor reads them. */
    enum PoStyle {
        /** German SAP numbers: "Bestellnummer 4512345678". */
        BESTELLNUMMER,
        /** "PO#7712345". */
        PO_HASH,
        /** "PO No.: 4612345678". */
        PO_NO,
        /** "Pedido nº 8123". */
        PEDIDO,
        /** No number of their own: they write ours without dashes, "订单号：HD202500123". */
        OURS
    }

    record Customer(Party buyer, PoStyle poStyle) {}

    static final Party LILY = new Party("Lily Chen", "lily.chen@huada-lighting.com", "Huada Lighting Co., Ltd.",
            "Huada Lighting Co., Ltd.", Lang.EN, ZoneId.of("Asia/Shanghai"), "Shenzhen",
            "Best regards,\nLily Chen | Sales Manager\nHuada Lighting Co., Ltd.\nBldg 5, Nanshan Science Park, Shenzhen 518057, China\n"
                    + "Tel: +86 755 2345 6789 | www.huada-lighting.com");
    static final Party ZHAO = new Party("赵敏", "zhao.min@huada-lighting.com", "深圳市华达照明有限公司",
            "Huada Lighting Co., Ltd.", Lang.ZH, ZoneId.of("Asia/Shanghai"), "深圳",
            "此致\n赵敏 | 国内销售部\n深圳市华达照明有限公司\n电话：0755-2345 6788");
    static final Party AMY = new Party("Amy Liu", "amy.liu@huada-lighting.com", "Huada Lighting Co., Ltd.",
            "Huada Lighting Co., Ltd.", Lang.EN, ZoneId.of("Asia/Shanghai"), "Shenzhen",
            "Kind regards,\nAmy Liu | Finance\nHuada Lighting Co., Ltd.");
    static final Party KEVIN = new Party("Kevin Wang", "kevin.wang@huada-lighting.com", "Huada Lighting Co., Ltd.",
            "Huada Lighting Co., Ltd.", Lang.EN, ZoneId.of("Asia/Shanghai"), "Shenzhen",
            "Regards,\nKevin Wang | QC Manager\nHuada Lighting Co., Ltd.");

    static final List<Customer> CUSTOMERS = List.of(
            new Customer(new Party("Jonas Petersen", "j.petersen@hanselicht.de", "Hanse Licht GmbH", "Hanse Licht GmbH", Lang.DE,
                    ZoneId.of("Europe/Berlin"), "Hamburg",
                    "Mit freundlichen Grüßen\nJonas Petersen\nEinkauf | Hanse Licht GmbH\nAm Sandtorkai 41, 20457 Hamburg\nTel. +49 40 3187 2210"),
                    PoStyle.BESTELLNUMMER),
            new Customer(new Party("Katrin Huber", "k.huber@alpenlicht-handel.at", "Alpenlicht Handels GmbH", "Alpenlicht Handels GmbH",
                    Lang.DE, ZoneId.of("Europe/Vienna"), "Koper",
                    "Freundliche Grüße\nKatrin Huber\nAlpenlicht Handels GmbH, Innsbruck\nTel. +43 512 58 44 30"), PoStyle.BESTELLNUMMER),
            new Customer(new Party("Carmen Ortega", "c.ortega@luminarias-levante.es", "Luminarias del Levante S.L.",
                    "Luminarias del Levante S.L.", Lang.ES, ZoneId.of("Europe/Madrid"), "Valencia",
                    "Un saludo,\nCarmen Ortega\nDpto. de Compras | Luminarias del Levante S.L.\nTel. +34 963 55 21 40"), PoStyle.PEDIDO),
            new Customer(new Party("Diego Quispe", "dquispe@iluminacion-andina.pe", "Iluminación Andina S.A.C.", "Iluminacion Andina S.A.C.",
                    Lang.ES, ZoneId.of("America/Lima"), "Callao",
                    "Atentamente,\nDiego Quispe Mamani\nJefe de Importaciones | Iluminación Andina S.A.C.\nLima, Perú"), PoStyle.PEDIDO),
            new Customer(new Party("Oliver Bennett", "oliver.bennett@northgate-lighting.co.uk", "Northgate Lighting Ltd",
                    "Northgate Lighting Ltd", Lang.EN, ZoneId.of("Europe/London"), "Felixstowe",
                    "Kind regards,\nOliver Bennett\nBuying Manager, Northgate Lighting Ltd\n+44 1473 220 415"), PoStyle.PO_HASH),
            new Customer(new Party("Rachel Kim", "rkim@lakeshore-electric.com", "Lakeshore Electric Supply Inc.",
                    "Lakeshore Electric Supply Inc.", Lang.EN, ZoneId.of("America/Chicago"), "Long Beach",
                    "Thanks,\nRachel Kim\nPurchasing | Lakeshore Electric Supply Inc.\n(312) 555-0187"), PoStyle.PO_NO),
            new Customer(new Party("Liam Walsh", "liam.walsh@koala-electrical.com.au", "Koala Electrical Pty Ltd",
                    "Koala Electrical Pty Ltd", Lang.EN, ZoneId.of("Australia/Sydney"), "Sydney",
                    "Cheers,\nLiam Walsh\nKoala Electrical Pty Ltd | Sydney NSW"), PoStyle.PO_HASH),
            new Customer(new Party("王磊", "wanglei@hengguang-light.cn", "上海恒光照明有限公司", "Shanghai Hengguang Lighting Co., Ltd.",
                    Lang.ZH, ZoneId.of("Asia/Shanghai"), "上海",
                    "王磊\n采购部 | 上海恒光照明有限公司\n电话：021-5468 3320"), PoStyle.OURS),
            new Customer(new Party("林美玲", "meiling.lim@xinguang-trading.sg", "新光灯饰贸易私人有限公司", "Xinguang Lighting Trading Pte Ltd",
                    Lang.ZH, ZoneId.of("Asia/Singapore"), "新加坡",
                    "林美玲\n新光灯饰贸易私人有限公司（新加坡）\n电话：+65 6743 2198"), PoStyle.OURS),
            new Customer(new Party("Hannah Vogel", "einkauf@vogel-elektro.de", "Vogel Elektrotechnik KG", "Vogel Elektrotechnik KG",
                    Lang.DE, ZoneId.of("Europe/Berlin"), "Bremerhaven",
                    "Mit freundlichen Grüßen\nHannah Vogel\nVogel Elektrotechnik KG | Einkauf\nTel. +49 421 69 33 810"), PoStyle.BESTELLNUMMER));

    /** Model, then the description in English, German, Spanish and Chinese, then the list price in USD. */
    static final String[][] PRODUCTS = {
            {"HD-PL6060-40W", "LED panel 600x600 mm 40W", "LED-Panel 600x600 mm 40 W", "panel LED 600x600 mm 40W", "LED平板灯600x600 40W", "12.80"},
            {"HD-TR2X4-50W", "LED troffer 2x4 ft 50W", "LED-Rasterleuchte 2x4 ft 50 W", "luminaria LED 2x4 ft 50W", "LED格栅灯2x4 50W", "18.60"},
            {"HD-FL100W", "LED floodlight 100W IP65", "LED-Fluter 100 W IP65", "proyector LED 100W IP65", "LED投光灯100W IP65", "9.60"},
            {"HD-FL200W", "LED floodlight 200W IP65", "LED-Fluter 200 W IP65", "proyector LED 200W IP65", "LED投光灯200W IP65", "21.50"},
            {"HD-SL60W", "solar street light 60W", "Solar-Straßenleuchte 60 W", "farola solar 60W", "太阳能路灯60W", "48.00"},
            {"HD-DL18W", "LED downlight 18W round", "LED-Downlight 18 W rund", "downlight LED 18W redondo", "LED筒灯18W圆形", "3.20"},
            {"HD-HB150W", "LED high bay 150W", "LED-Hallenstrahler 150 W", "campana LED 150W", "LED工矿灯150W", "27.40"},
            {"HD-TB120-36W", "LED batten 1200 mm 36W", "LED-Lichtleiste 1200 mm 36 W", "regleta LED 1200 mm 36W", "LED支架灯1.2米36W", "4.85"}};
}
