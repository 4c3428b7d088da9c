package io.docket.bench.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.evidence.OrderEvidence;
import io.docket.extract.trade.TradeAnalyzer;
import io.docket.harvest.files.FileSource;
import io.docket.model.ParsedMessage;
import io.docket.parse.MimeParser;
import io.docket.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The generator's promises: same seed same bytes, and every count it states is what Docket finds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TradeMailGeneratorTest {
    private static final int ORDERS = 40;
    private TradeCorpus corpus;

    @BeforeAll
    void generate() {
        corpus = TradeMailGenerator.generate(ORDERS, TradeMailGenerator.SEED);
    }

    @Test
    void sameSeedGivesTheSameFilesAndMoreOrdersOnlyAddFiles() {
        TradeCorpus again = TradeMailGenerator.generate(ORDERS, TradeMailGenerator.SEED);
        assertEquals(corpus.mail().size(), again.mail().size());
        for (int i = 0; i < corpus.mail().size(); i++) {
            assertEquals(corpus.mail().get(i).fileName(), again.mail().get(i).fileName());
            assertArrayEquals(corpus.mail().get(i).bytes(), again.mail().get(i).bytes(), corpus.mail().get(i).fileName());
        }
        TradeCorpus fewer = TradeMailGenerator.generate(ORDERS / 2, TradeMailGenerator.SEED);
        for (int i = 0; i < fewer.mail().size(); i++) assertArrayEquals(fewer.mail().get(i).bytes(), corpus.mail().get(i).bytes());
        TradeCorpus otherSeed = TradeMailGenerator.generate(ORDERS, TradeMailGenerator.SEED + 1);
        assertFalse(java.util.Arrays.equals(otherSeed.mail().getFirst().bytes(), corpus.mail().getFirst().bytes()));
    }

    @Test
    void aboutTenMessagesPerOrderAndEveryOrderNamedInSeveral() {
        double perOrder = (double) corpus.mail().size() / ORDERS;
        assertTrue(perOrder > 7 && perOrder < 13, "messages per order: " + perOrder);
        Set<String> names = new HashSet<>();
        corpus.mail().forEach(m -> assertTrue(names.add(m.fileName()), "duplicate file name " + m.fileName()));
        for (TradeCorpus.Order o : corpus.orders()) {
            assertTrue(o.mentions() >= 3, o + " named too rarely");
            assertTrue(o.chain() > o.mentions() || o.chain() == o.mentions(), o.toString());
        }
        assertTrue(corpus.orders().stream().anyMatch(o -> o.chain() > o.mentions()), "some messages reach an order only through their thread");
        for (String marker : TradeCorpus.MARKERS) assertTrue(corpus.containing(marker) > 0, marker);
    }

    /** Parsed with Docket's MIME parser and Tika, every message names exactly the orders the generator says. */
    @Test
    void theExtractorFindsExactlyTheOrderNumbersTheGeneratorWrote() {
        MimeParser parser = Archives.defaultParser();
        TradeAnalyzer analyzer = TradeAnalyzer.defaults();
        List<String> wrong = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        int attachments = 0;
        for (TradeMail m : corpus.mail()) {
            ParsedMessage parsed = parser.parse(m.bytes());
            Set<String> found = new HashSet<>(analyzer.analyze(parsed).orderKeys());
            if (!found.equals(m.orderKeys())) wrong.add(m.fileName() + ": found " + found + ", wrote " + m.orderKeys());
            assertFalse(parsed.subject().isBlank(), m.fileName());
            assertFalse(parsed.body().isBlank(), m.fileName());
            for (var a : parsed.attachments()) {
                attachments++;
                assertFalse(a.text().isBlank(), m.fileName() + ": no text from " + a.filename());
            }
            languages.add(parsed.language());
        }
        assertEquals(List.of(), wrong);
        assertTrue(attachments >= ORDERS, "attachments: " + attachments);
        assertTrue(languages.containsAll(List.of("en", "de", "es", "zh")), "languages: " + languages);
    }

    /** The SpamAssassin queries' recorded hit counts stay valid: no generated message can match one of them. */
    @Test
    void noWordOfTheSpamAssassinQueries() {
        Pattern words = Pattern.compile("\\b(linux|saskatchewan|kernel|perl|python|razor|spam\\w*|fluxbox|comcast)\\b|free software");
        for (TradeMail m : corpus.mail()) {
            String text = new String(m.bytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            assertFalse(words.matcher(text).find(), m.fileName());
        }
        String pdfAndBase64 = corpus.mail().stream().map(m -> new String(m.bytes(), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertFalse(pdfAndBase64.contains("2002-09-0"));
    }

    /** Archived like the benchmark archives it, the evidence chains and query counts are the generator's. */
    @Test
    void theArchiveAgreesWithEveryCount(@TempDir Path dir) throws Exception {
        Path maildir = dir.resolve("maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        corpus.writeOrVerify(maildir.resolve(TradeMailGenerator.FOLDER));
        corpus.writeOrVerify(maildir.resolve(TradeMailGenerator.FOLDER)); // the second time it only checks
        try (EmbeddedArchive archive = Archives.open(dir.resolve("data"))) {
            new FileSource(List.of(maildir)).emitTo(archive.sink());
            archive.commit();
            assertEquals(corpus.mail().size(), archive.stats().originals());
            for (TradeCorpus.Order o : corpus.orders()) {
                OrderEvidence ev = archive.orderEvidence(o.number()).orElseThrow();
                assertEquals(o.chain(), ev.items().size(), o.number() + " chain");
                assertEquals(o.mentions(), ev.items().stream().filter(i -> !i.viaThread()).count(), o.number() + " mentions");
            }
            for (TradeQueries.Query q : TradeQueries.of(corpus)) {
                long hits = archive.search(new SearchRequest(q.text(), 20, 0, SearchRequest.SortOrder.DATE_DESCENDING)).total();
                assertEquals(q.expected(), hits, q.name() + ": " + q.text());
            }
        }
    }
}
