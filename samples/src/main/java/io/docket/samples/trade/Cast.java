package io.docket.samples.trade;

import java.time.ZoneId;

/** Everyone in the story: Huada staff, customers, the supplier and the bulk senders. */
final class Cast {
    static final String HUADA_DOMAIN = "huada-lighting.com";
    static final String HUADA = "Huada Lighting Co., Ltd.";

    private static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    static final Party LILY = new Party("Lily Chen", "lily.chen@huada-lighting.com", HUADA, SHENZHEN, QuoteStyle.EN);
    static final Party KEVIN = new Party("Kevin Wang", "kevin.wang@huada-lighting.com", HUADA, SHENZHEN, QuoteStyle.ZH);
    static final Party AMY = new Party("Amy Liu", "amy.liu@huada-lighting.com", HUADA, SHENZHEN, QuoteStyle.EN);

    static final Party HANS = new Party("Hans Müller", "hans.mueller@mueller-gmbh.de", "Müller GmbH",
            ZoneId.of("Europe/Berlin"), QuoteStyle.DE);
    static final Party JOSE = new Party("José García", "jgarcia@iberia-importaciones.es", "Iberia Importaciones S.L.",
            ZoneId.of("Europe/Madrid"), QuoteStyle.ES);
    static final Party AHMED = new Party("Ahmed Al Falasi", "ahmed@alnoor-trading.ae", "Al Noor Trading LLC",
            ZoneId.of("Asia/Dubai"), QuoteStyle.AR);
    static final Party TANAKA = new Party("田中 健一", "k.tanaka@tanaka-shoji.co.jp", "Tanaka Shoji K.K.",
            ZoneId.of("Asia/Tokyo"), QuoteStyle.JA);
    static final Party MIKE = new Party("Mike Johnson", "mjohnson@brightway-imports.com", "Brightway Imports Inc.",
            ZoneId.of("America/Chicago"), QuoteStyle.OUTLOOK);
    static final Party SOPHIE = new Party("Sophie Lefèvre", "s.lefevre@lumiere-distribution.fr",
            "Lumière Distribution SARL", ZoneId.of("Europe/Paris"), QuoteStyle.FR);
    static final Party DAVID = new Party("David Otieno", "otieno.lighting@gmail.com", "Otieno Electricals (Nairobi)",
            ZoneId.of("Africa/Nairobi"), QuoteStyle.EN);
    static final Party ZHANG = new Party("张伟", "zhangwei@minghui-power.cn", "深圳市明辉电源有限公司", SHENZHEN, QuoteStyle.ZH);

    static final Party NEWS = new Party("LED Trade Weekly", "newsletter@ledtradeweekly.com", "LED Trade Weekly",
            ZoneId.of("America/New_York"), QuoteStyle.EN);
    static final Party EXPO = new Party("Light Asia Expo", "invite@lightasia-expo.com", "Light Asia Expo",
            ZoneId.of("Asia/Hong_Kong"), QuoteStyle.EN);

    static final String LILY_SIGNATURE = """
            Best regards,
            Lily Chen | Sales Manager
            Huada Lighting Co., Ltd.
            Bldg 5, Nanshan Science Park, Shenzhen 518057, China
            Tel: +86 755 2345 6789 | Mob: +86 138 2345 6789
            www.huada-lighting.com""";

    private Cast() {
    }
}
