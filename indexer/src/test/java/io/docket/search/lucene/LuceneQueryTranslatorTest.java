package io.docket.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docket.index.DocketAnalyzer;
import io.docket.search.query.DocketQueryParser;
import io.docket.search.query.Operator;
import io.docket.search.query.OperatorRegistry;
import io.docket.search.query.QueryNode;
import io.docket.search.query.QueryParserConfig;
import io.docket.search.query.QueryTooComplexException;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queries against a real index of seven mails; every row asserts the exact set of hits. */
class LuceneQueryTranslatorTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static MailIndex index;

    private final DocketQueryParser parser = new DocketQueryParser();

    @BeforeAll
    static void indexMails() {
        index = new MailIndex(List.of(
                new MailIndex.Mail("hans-offer").messageId("<A1@Mueller-GmbH.de>").thread("t1")
                        .from("Hans Müller", "hans@mueller-gmbh.de").to("Lily Chen", "lily@docket-trade.com")
                        .subject("Offer for HD-2024-0117 pumps")
                        .body("Please find our offer attached. Envío por DHL. Payment terms: 30 days net.")
                        .attachment("Proforma Invoice.pdf", "Proforma invoice total 4711 EUR")
                        .folder("INBOX").lang("en").date("2024-02-29T23:30:00Z"), // 1 March 00:30 in Berlin
                new MailIndex.Mail("sales-reply").messageId("<B2@sales.mueller-gmbh.de>").thread("t1")
                        .from("Sales Team", "x@sales.mueller-gmbh.de").to("Lily Chen", "lily@docket-trade.com")
                        .address("cc", "Bob", "bob@example.org")
                        .subject("Re: Offer").body("The terms of payment are 60 days.")
                        .folder("Sent").lang("en").date("2024-03-04T22:59:00Z"), // 4 March 23:59 in Berlin
                new MailIndex.Mail("zh-quality").thread("t2")
                        .from("王伟", "wang@factory.cn").to("Lily Chen", "lily@docket-trade.com")
                        .subject("关于订单HD-2024-0117的质量问题").body("质量问题需要尽快处理")
                        .folder("INBOX").lang("zh").date("2024-03-04T23:00:00Z"), // 5 March 00:00 in Berlin
                new MailIndex.Mail("zh-other").thread("t2")
                        .from("王伟", "wang@factory.cn").subject("回复").body("问题很多，质量很好")
                        .folder("INBOX").lang("zh").date("2024-03-06T10:00:00Z"),
                new MailIndex.Mail("ja-estimate").thread("t3")
                        .from("田中", "tanaka@example.jp").subject("見積書の件").body("見積書を送付いたします。")
                        .folder("INBOX").lang("ja").date("2024-04-10T12:00:00Z"),
                new MailIndex.Mail("spam")
                        .from("", "promo@spam-sender.biz").address("bcc", "Lily Chen", "lily@docket-trade.com")
                        .subject("Spammy deals").body("spam spam spamming")
                        .folder("Junk").lang("en").date("2023-12-31T23:30:00Z"), // 1 January 2024 00:30 in Berlin
                new MailIndex.Mail("es-envio")
                        .from("José Pérez", "jose@envios.es").subject("Confirmación de envío").body("El envío sale mañana")
                        .attachment("fluxbox.spec", "Name: fluxbox")
                        .folder("INBOX").lang("es").date("2024-02-15T12:00:00Z")));
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "-", textBlock = """
            # free words look in subject, body, attachment, filename, from, to, cc (not bcc)
            offer                                | hans-offer sales-reply
            lily                                 | hans-offer sales-reply zh-quality
            4711                                 | hans-offer
            payment terms                        | hans-offer sales-reply
            "payment terms"                      | hans-offer
            # accents and case are folded as at index time
            envio                                | hans-offer es-envio
            ENVÍO                                | hans-offer es-envio
            muller                               | hans-offer
            jose perez                           | es-envio
            # a word that analyses into several tokens is a phrase
            HD-2024-0117                         | hans-offer zh-quality
            质量问题                              | zh-quality
            质量 问题                             | zh-quality zh-other
            订单                                  | zh-quality
            見積書                                | ja-estimate
            送付                                  | ja-estimate
            田中                                  | ja-estimate
            # prefixes
            spam*                                | spam
            Müll*                                | hans-offer
            subject:confirm*                     | es-envio
            # boolean logic
            offer OR 見積書                       | hans-offer sales-reply ja-estimate
            offer -re                            | hans-offer
            -spam                                | hans-offer sales-reply zh-quality zh-other ja-estimate es-envio
            NOT spam NOT offer                   | zh-quality zh-other ja-estimate es-envio
            (envio OR 质量问题) -has:attachment   | zh-quality
            offer AND NOT (has:attachment OR folder:junk) | sales-reply
            *                                    | hans-offer sales-reply zh-quality zh-other ja-estimate spam es-envio
            # address operators: whole address, domain (and parent domains), or words of the name
            from:hans@mueller-gmbh.de            | hans-offer
            from:HANS@Mueller-GmbH.de            | hans-offer
            from:<hans@mueller-gmbh.de>          | hans-offer
            from:mueller-gmbh.de                 | hans-offer sales-reply
            from:@mueller-gmbh.de                | hans-offer sales-reply
            from:sales.mueller-gmbh.de           | sales-reply
            from:müller                          | hans-offer
            from:"Hans Müller"                   | hans-offer
            from:(hans OR 王伟)                   | hans-offer zh-quality zh-other
            from:hans*                           | hans-offer
            from:x@sales*                        | sales-reply
            to:lily@docket-trade.com             | hans-offer sales-reply zh-quality
            cc:bob@example.org                   | sales-reply
            cc:example.org                       | sales-reply
            bcc:lily                             | spam
            # text operators
            subject:offer                        | hans-offer sales-reply
            body:offer                           | hans-offer
            subject:"payment terms"              | -
            attachment:proforma                  | hans-offer
            body:质量                             | zh-quality zh-other
            # filename: exact whole name or analysed words
            filename:proforma                    | hans-offer
            filename:"Proforma Invoice.pdf"      | hans-offer
            filename:FLUXBOX.SPEC                | es-envio
            filename:flux*                       | es-envio
            # keyword operators
            folder:inbox                         | hans-offer zh-quality zh-other ja-estimate es-envio
            folder:INBOX                         | hans-offer zh-quality zh-other ja-estimate es-envio
            -folder:inbox                        | sales-reply spam
            lang:ZH                              | zh-quality zh-other
            thread:t1                            | hans-offer sales-reply
            thread:T1                            | -
            id:hans-offer                        | hans-offer
            id:<A1@Mueller-GmbH.de>              | hans-offer
            id:a1@mueller-gmbh.de                | hans-offer
            has:attachment                       | hans-offer es-envio
            # dates, in UTC: hans-offer was sent 29 February 23:30 UTC
            date:2024-03                         | sales-reply zh-quality zh-other
            date:2024                            | hans-offer sales-reply zh-quality zh-other ja-estimate es-envio
            date:..2023                          | spam
            after:2024-03-05                     | zh-other ja-estimate
            before:2024-02-29                    | spam es-envio
            # punctuation alone has nothing to search for; beside a word it is ignored
            .                                    | -
            . offer                              | hans-offer sales-reply
            """)
    void findsExactlyTheExpectedMails(String query, String expectedIds) {
        assertEquals(ids(expectedIds), index.ids(new LuceneQueryTranslator().translate(parser.parse(query))));
    }

    /** Days begin at midnight where the user is: these mails sit minutes either side of a Berlin midnight. */
    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            after:2024-03-01                     | hans-offer sales-reply zh-quality zh-other ja-estimate
            after:2024-03-05                     | zh-quality zh-other ja-estimate
            before:2024-03-05                    | hans-offer sales-reply spam es-envio
            before:2024-03-01                    | spam es-envio
            date:2024-03-01..2024-03-04          | hans-offer sales-reply
            date:2024-03                         | hans-offer sales-reply zh-quality zh-other
            date:2024-02                         | es-envio
            date:2024                            | hans-offer sales-reply zh-quality zh-other ja-estimate spam es-envio
            date:..2023                          | -
            """)
    void interpretsDaysInTheGivenZone(String query, String expectedIds) {
        assertEquals(ids(expectedIds), index.ids(new LuceneQueryTranslator(BERLIN).translate(parser.parse(query))));
    }

    @Test
    void onlyPunctuationTranslatesToMatchNothing() {
        assertInstanceOf(MatchNoDocsQuery.class, new LuceneQueryTranslator().translate(parser.parse("... ---")));
    }

    @Test
    void sourceIsAKeywordOperatorThatIgnoresCase() {
        OperatorRegistry registry = OperatorRegistry.defaults();
        DocketQueryParser sourceParser = new DocketQueryParser(registry, QueryParserConfig.defaults());
        LuceneQueryTranslator translator = new LuceneQueryTranslator(registry, new DocketAnalyzer(), ZoneOffset.UTC);

        assertEquals(ids("hans-offer sales-reply zh-quality zh-other ja-estimate spam es-envio"),
                index.ids(translator.translate(sourceParser.parse("source:EMAIL"))));
        assertEquals(Set.of(), index.ids(translator.translate(sourceParser.parse("source:whatsapp"))));
    }

    @Test
    void refusesAQueryThatWouldExceedTheClauseLimitBeforeSearching() {
        // Every free word becomes one clause per free-text field.
        int words = IndexSearcher.getMaxClauseCount() / LuceneQueryTranslator.FREE_TEXT_FIELDS.size() + 1;
        // Letters only: a word with digits could be an order number and would add one more clause.
        String query = IntStream.range(0, words).mapToObj(i -> "w" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26))
                .collect(Collectors.joining(" "));
        QueryNode tree = parser.parse(query);

        QueryTooComplexException e = assertThrows(QueryTooComplexException.class, () -> new LuceneQueryTranslator().translate(tree));
        assertEquals(words * LuceneQueryTranslator.FREE_TEXT_FIELDS.size(), e.clauses());
        assertEquals(IndexSearcher.getMaxClauseCount(), e.limit());
    }

    @Test
    void aPrefixMatchingMoreTermsThanTheClauseLimitStillRuns() throws IOException {
        int terms = IndexSearcher.getMaxClauseCount() * 2;
        String manyCodes = IntStream.range(0, terms).mapToObj(i -> "code" + i).collect(Collectors.joining(" "));
        try (MailIndex codes = new MailIndex(List.of(
                new MailIndex.Mail("codes").body(manyCodes),
                new MailIndex.Mail("other").body("nothing to see")))) {
            assertEquals(Set.of("codes"), codes.ids(new LuceneQueryTranslator().translate(parser.parse("code*"))));
        }
    }

    private static Set<String> ids(String spaceSeparated) {
        return spaceSeparated == null ? Set.of() : Arrays.stream(spaceSeparated.split("\\s+")).collect(Collectors.toSet());
    }
}
