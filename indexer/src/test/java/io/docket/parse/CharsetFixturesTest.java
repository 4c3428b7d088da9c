package io.docket.parse;

import static io.docket.parse.Fixtures.codes;
import static io.docket.parse.Fixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.ParsedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per charset fixture: the exact decoded subject and body, and a warning only when guessed. */
class CharsetFixturesTest {
    private static void clean(ParsedMessage m) {
        assertEquals(List.of(), m.warnings(), "a correctly labelled message needs no warning");
    }

    @Test
    void utf8() {
        ParsedMessage m = parse("charset-utf8.eml");
        assertEquals("Grüße aus München – Auftragsbestätigung", m.subject());
        assertTrue(m.body().startsWith("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Auftragsbestätigung"), m.body());
        assertTrue(m.body().endsWith("Mit freundlichen Grüßen\nJürgen Müller"), m.body());
        assertEquals("de", m.language());
        clean(m);
    }

    @Test
    void gb2312() {
        ParsedMessage m = parse("charset-gb2312.eml");
        assertEquals("关于订单的质量问题", m.subject());
        assertEquals("您好：\n\n关于订单HD20240117的质量问题，我们已经安排工厂重新检验，请尽快回复确认。\n\n王经理", m.body());
        assertEquals("zh", m.language());
        clean(m);
    }

    @Test
    void gbkCharactersOutsideGb2312() {
        ParsedMessage m = parse("charset-gbk.eml");
        assertEquals("王喆的样品通知", m.subject());
        assertEquals("王喆先生：\n\n样品已经寄出，快递单号SF1234567890，请查收。朱镕基路仓库负责收货。", m.body());
        clean(m);
    }

    @Test
    void gb18030FourByteSequences() {
        ParsedMessage m = parse("charset-gb18030.eml");
        assertEquals("付款通知", m.subject());
        assertEquals("您好：\n\n𠮷野家的订单付款金额为€5,000，请在本周内安排付款。", m.body());
        clean(m);
    }

    @Test
    void big5() {
        ParsedMessage m = parse("charset-big5.eml");
        assertEquals("報價單確認", m.subject());
        assertEquals("您好：\n\n請確認附件中的報價單與交貨日期，謝謝。\n\n陳小姐", m.body());
        assertEquals("zh", m.language());
        clean(m);
    }

    @Test
    void iso2022jp() {
        ParsedMessage m = parse("charset-iso-2022-jp.eml");
        assertEquals("見積書の送付について", m.subject());
        assertEquals("いつもお世話になっております。\n見積書を添付いたしますので、ご確認のほどよろしくお願いいたします。", m.body());
        assertEquals("ja", m.language());
        clean(m);
    }

    @Test
    void iso88591() {
        ParsedMessage m = parse("charset-iso-8859-1.eml");
        assertEquals("Confirmación de envío", m.subject());
        assertTrue(m.body().contains("Le confirmamos el envío de su pedido mañana por la mañana."), m.body());
        assertTrue(m.body().endsWith("José García"), m.body());
        assertEquals("es", m.language());
        clean(m);
    }

    @Test
    void iso88592() {
        ParsedMessage m = parse("charset-iso-8859-2.eml");
        assertEquals("Faktura za zamówienie", m.subject());
        assertEquals("Dzień dobry,\n\nprzesyłamy fakturę za zamówienie nr 2024/01/17.\n\nZ poważaniem\nŁukasz Wójcik", m.body());
        clean(m);
    }

    @Test
    void windows1252() {
        ParsedMessage m = parse("charset-windows-1252.eml");
        assertEquals("Montant € confirmer", m.subject());
        assertTrue(m.body().contains("est de 1 250 € – merci de confirmer « la livraison » avant vendredi."), m.body());
        assertEquals("fr", m.language());
        clean(m);
    }

    @Test
    void windows1251() {
        ParsedMessage m = parse("charset-windows-1251.eml");
        assertEquals("Подтверждение оплаты", m.subject());
        assertTrue(m.body().contains("Просим подтвердить получение оплаты по контракту № 17 от января."), m.body());
        assertEquals("ru", m.language());
        clean(m);
    }

    @Test
    void windows1256Arabic() {
        ParsedMessage m = parse("charset-windows-1256.eml");
        assertEquals("موعد الشحن", m.subject());
        assertEquals("مرحبا،\n\nنرجو تأكيد موعد الشحن وعدد الحاويات قبل نهاية الأسبوع.\n\nمع الشكر", m.body());
        assertEquals("ar", m.language());
        clean(m);
    }

    @Test
    void koi8r() {
        ParsedMessage m = parse("charset-koi8-r.eml");
        assertEquals("Счёт на оплату", m.subject());
        assertEquals("Добрый день!\n\nСчёт на оплату находится во вложении. Просим оплатить до пятницы.", m.body());
        assertEquals("ru", m.language());
        clean(m);
    }

    @Test
    void gbkBytesLabelledLatin1AreDetected() {
        ParsedMessage m = parse("charset-wrong-declared.eml");
        assertEquals("您好，附件是最新的价格表，请确认订单数量和交货时间。我们的工厂已经准备好生产。", m.body());
        assertEquals(List.of("charset-detected"), codes(m));
        assertEquals("part 1 labelled iso-8859-1 read as GB18030", m.warnings().getFirst().detail());
        assertEquals("zh", m.language());
    }

    @Test
    void utf8WithoutLabelIsDetected() {
        ParsedMessage m = parse("charset-missing.eml");
        assertTrue(m.body().startsWith("Olá, segue em anexo a fatura"), m.body());
        assertTrue(m.body().contains("atenção e aguardamos a confirmação"), m.body());
        assertTrue(m.body().endsWith("João"), m.body());
        assertEquals(List.of("charset-detected"), codes(m));
        assertEquals("pt", m.language());
    }
}
