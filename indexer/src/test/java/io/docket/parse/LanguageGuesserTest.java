package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One real business sentence per language, as Lucene tests each analyzer on real text. */
class LanguageGuesserTest {
    private static final LanguageGuesser GUESSER = new LanguageGuesser();
    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("zh", "关于订单HD20240117的质量问题，请尽快回复。"),
            Map.entry("ja", "お世話になっております。見積書を添付いたします。"),
            Map.entry("ko", "안녕하세요. 견적서를 첨부하오니 확인 부탁드립니다."),
            Map.entry("ar", "نرجو تأكيد موعد الشحن وعدد الحاويات قبل نهاية الأسبوع."),
            Map.entry("ru", "Просим подтвердить получение оплаты по контракту."),
            Map.entry("en", "Please confirm the shipping date and the number of containers."),
            Map.entry("de", "Bitte bestätigen Sie den Liefertermin und die Anzahl der Container."),
            Map.entry("es", "Le confirmamos el envío de su pedido mañana por la mañana."),
            Map.entry("fr", "Merci de confirmer la date de livraison et le nombre de conteneurs."),
            Map.entry("pt", "Segue em anexo a fatura referente ao pedido de janeiro."),
            Map.entry("it", "Vi preghiamo di confermare la data di spedizione e il numero dei container."),
            Map.entry("nl", "Wij verzoeken u de leveringsdatum en het aantal containers te bevestigen."));

    @Test
    void everyLanguageOnARealSentence() {
        SENTENCES.forEach((language, sentence) -> assertEquals(language, GUESSER.guess(sentence), sentence));
    }

    @Test
    void filtersTextAsTheLibrarysLargeTextFactoryDoes() {
        var library = com.optimaize.langdetect.text.CommonTextObjectFactories.forDetectingOnLargeText();
        List<String> texts = new ArrayList<>(SENTENCES.values());
        texts.addAll(List.of("See https://example.com/a?b=1 and write to hans@mueller-gmbh.de today.",
                "HTTP://EXAMPLE.COM stays, http://x.y/zzzzzzzzzz goes", "mail me: a@b", "no links here at all",
                "Übergrößenträger — 关于订单 http://例子.cn/ @home", ""));
        texts.addAll(List.of("a@b@c", "x.@y and a@.b, .@..", "@@ a@bc@de", "very-long.user_name.1234@sub.example-domain.co.uk.",
                "prefix:hans@mueller-gmbh.de;suffix", "http://a@b.c/d", "mail@b http"));
        java.util.Random random = new java.util.Random(6);
        String alphabet = "ab.@-_ :/htp1é";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(s.toString());
        }
        for (String text : texts) assertEquals(library.forText(text).toString(), GUESSER.filtered(text), text);
    }

    @Test
    void textBelowTheLatinOrCommonLimitHoldsOneScriptSoTheMinorityFilterKeepsIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < LanguageGuesser.LATIN_OR_COMMON_BELOW; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            assertTrue(script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON, Integer.toHexString(c) + " " + script);
            all.append(c);
        }
        var minority = com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter.forThreshold(0.3);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) s.append(all.charAt(random.nextInt(all.length())));
            assertEquals(s.toString(), minority.filter(s));
        }
        assertEquals(all.toString(), minority.filter(all));
    }

    @Test
    void aReplyIsInTheLanguageItsWriterWroteAboveTheQuote() {
        String spanish = """
                Estimada Sra. Chen:

                le confirmamos el pedido de 6.500 unidades de campana LED a USD 26,03 por unidad, CIF Callao.
                Quedamos a la espera de la factura proforma y de la fecha de embarque.

                Atentamente,
                Diego Quispe
                """;
        String englishQuote = """
                On 4/3/2025 Lily Chen wrote:
                > Dear Diego, good news: we accept your offer. Updated terms for the order are below.
                > Price: USD 26.03 per piece, CIF Callao. Payment: 50% deposit by wire transfer, the balance before shipment.
                > Delivery: fifty-five days after we receive the deposit. Please send us the purchase order when you can.
                > Best regards, Lily Chen, Sales Manager, Huada Lighting Company Limited, Shenzhen, China.
                """.repeat(3);
        assertEquals("es", GUESSER.guess(spanish + englishQuote));
        assertEquals("en", GUESSER.guess(englishQuote + spanish));
    }

    @Test
    void noTextNoGuess() {
        assertEquals("", GUESSER.guess(""));
        assertEquals("", GUESSER.guess("12345 !!! 2024-01-17"));
    }

    @Test
    void japaneseWithManyKanjiIsStillJapanese() {
        assertEquals("ja", GUESSER.guess("東京都港区の倉庫から本日出荷いたしました。"));
    }

    @Test
    void oneGuesserServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        for (var e : SENTENCES.entrySet()) {
                            if (!e.getKey().equals(GUESSER.guess(e.getValue()))) return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) assertEquals(true, run.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
