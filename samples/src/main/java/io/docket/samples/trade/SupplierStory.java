package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.KEVIN;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.ZHANG;

/**
 * 深圳市明辉电源 (Minghui Power), the Chinese driver supplier: purchase order CG-2024-0088 for the
 * drivers of HD-2024-0117, written as 订单号：HD20240117 without separators. Their client sends GB2312.
 */
final class SupplierStory {
    private static final String ZHANG_SIGNATURE = """
            张伟 销售经理
            深圳市明辉电源有限公司
            电话：0755-8866 1234  手机：139 2233 4455
            地址：深圳市宝安区福永街道 518103""";

    private SupplierStory() {
    }

    /** The purchase order and its delivery-date change (交期 2024-04-08 to 2024-04-12). */
    static void drivers(Mailbag bag) {
        Letter po = bag.mail(KEVIN).to(ZHANG).cc(LILY).at("2024-03-06 10:15")
                .subject("采购订单 CG-2024-0088 - 40W LED驱动电源 6000个")
                .body("""
                        张经理，您好！

                        请按以下条件安排生产（我司订单号：HD20240117，德国客户）：
                        品名：40W 恒流驱动电源 MH-40-900，数量 6,000 个
                        单价：RMB 8.60（含税），总价 RMB 51,600.00
                        付款：30% 定金，70% 尾款货到验收合格后 30 天内付清
                        交期：2024年4月8日前送到我司仓库

                        王凯 Kevin Wang | QC Manager
                        Huada Lighting Co., Ltd.
                        Tel: +86 755 2345 6789 ext. 806""").send();

        Letter later = bag.reply(po, ZHANG, "回复：").cc(LILY).at("2024-03-07 14:02").charset("GB2312")
                .body("""
                        王工，您好！

                        订单号：HD20240117（采购单号 CG-2024-0088）已收到，定金 RMB 15,480.00 已到账。
                        因电解电容缺货，交期需推迟到 2024年4月12日，请确认。

                        """ + ZHANG_SIGNATURE).quoting().send();

        bag.reply(later, KEVIN, "答复: ").cc(LILY).at("2024-03-07 16:45")
                .body("""
                        张经理：

                        同意交期改为 2024年4月12日，不能再晚，我司 4月18日装柜。

                        Kevin""").quoting().send();
    }

    /** Our claim to the supplier after the Müller flicker claim (质量问题, 索赔). */
    static void driverClaim(Mailbag bag) {
        Letter claim = bag.mail(LILY).to(ZHANG).cc(KEVIN).at("2024-06-05 09:20").charset("GB2312")
                .subject("质量问题：订单号HD20240117 驱动电源闪烁索赔")
                .body("""
                        张经理，您好！

                        贵司 2024年4月12日交货的驱动电源（批次 MH240408，采购单号 CG-2024-0088）出现质量问题：
                        德国客户收货后 180 个灯闪烁，不良率 3%。客户已向我司索赔 USD 2,250.00。
                        我司现向贵司索赔 RMB 16,000.00，请在下批货款中扣除，并提供 8D 报告。

                        陈丽 Lily Chen
                        华达照明有限公司 Huada Lighting Co., Ltd.""").send();

        bag.reply(claim, ZHANG, "答复: ").cc(KEVIN).at("2024-06-06 11:48").charset("GB2312")
                .body("""
                        陈经理：

                        经确认，批次 MH240408 电容来料不良，我司同意赔偿 RMB 16,000.00，
                        在下批货款中扣除。8D 报告下周一前提供。

                        """ + ZHANG_SIGNATURE).quoting().send();
    }
}
