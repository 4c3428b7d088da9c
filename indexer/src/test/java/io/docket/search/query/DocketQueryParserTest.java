package io.docket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocketQueryParserTest {
    private final DocketQueryParser parser = new DocketQueryParser();

    /** Input on the left, canonical toString() on the right; the canonical form must parse back to the same tree. */
    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            hans                                   | hans
            hans müller                            | (hans AND müller)
            hans AND müller                        | (hans AND müller)
            hans and müller                        | (hans AND müller)
            hans OR lily                           | (hans OR lily)
            hans or lily                           | (hans OR lily)
            a b OR c                               | ((a AND b) OR c)
            a OR b c                               | (a OR (b AND c))
            a (b OR c)                             | (a AND (b OR c))
            (a b) c                                | (a AND b AND c)
            a OR (b OR c)                          | (a OR b OR c)
            NOT spam                               | NOT spam
            not spam                               | NOT spam
            -spam                                  | NOT spam
            invoice -spam -ads                     | (invoice AND NOT spam AND NOT ads)
            -(a OR b)                              | NOT (a OR b)
            NOT NOT a                              | NOT NOT a
            a - b                                  | (a AND - AND b)
            e-mail                                 | e-mail
            "payment terms"                        | "payment terms"
            "  payment terms "                     | "payment terms"
            "AND"                                  | "AND"
            spam*                                  | spam*
            spam**                                 | spam*
            *                                      | *
            from:hans                              | from:hans
            FROM:hans                              | from:hans
            From:Hans@Mueller-GmbH.de              | from:Hans@Mueller-GmbH.de
            to:lily cc:bob bcc:eve                 | (to:lily AND cc:bob AND bcc:eve)
            from:(hans OR lily)                    | (from:hans OR from:lily)
            from:(hans lily)                       | (from:hans AND from:lily)
            from:(hans -lily)                      | (from:hans AND NOT from:lily)
            from:(hans OR to:lily)                 | (from:hans OR to:lily)
            subject:"payment terms"                | subject:"payment terms"
            subject:spam*                          | subject:spam*
            subject:and                            | subject:and
            body:质量问题                           | body:质量问题
            attachment:proforma filename:x.pdf     | (attachment:proforma AND filename:x.pdf)
            folder:INBOX lang:zh thread:t42        | (folder:INBOX AND lang:zh AND thread:t42)
            id:<abc@mail.example>                  | id:<abc@mail.example>
            has:attachment                         | has:attachment
            has:Attachment                         | has:attachment
            -has:attachment                        | NOT has:attachment
            after:2024-03-01                       | date:2024-03-01..
            after:2024/3/1                         | date:2024-03-01..
            before:2024-03-05                      | date:..2024-03-04
            date:2024                              | date:2024-01-01..2024-12-31
            date:2024-02                           | date:2024-02-01..2024-02-29
            date:2024-03-05                        | date:2024-03-05..2024-03-05
            date:2024-03..2024-05                  | date:2024-03-01..2024-05-31
            date:2024-03-01..2024-03-15            | date:2024-03-01..2024-03-15
            date:2024-03..                         | date:2024-03-01..
            date:..2024-03                         | date:..2024-03-31
            date:"2024-03"                         | date:2024-03-01..2024-03-31
            date:(2023 OR 2025)                    | (date:2023-01-01..2023-12-31 OR date:2025-01-01..2025-12-31)
            after:2024-01-01 before:2024-02-01     | (date:2024-01-01.. AND date:..2024-01-31)
            meeting 14:05                          | (meeting AND 14:05)
            https://mueller-gmbh.de/x              | https://mueller-gmbh.de/x
            order:4711                             | order:4711
            HD-2024-0117                           | HD-2024-0117
            from:hans subject:(offer OR quote) -has:attachment | (from:hans AND (subject:offer OR subject:quote) AND NOT has:attachment)
            """)
    void parsesToCanonicalForm(String input, String canonical) {
        QueryNode tree = parser.parse(input);
        assertEquals(canonical, tree.toString());
        assertEquals(tree, parser.parse(canonical), "canonical form must parse back to the same tree");
    }

    @Test
    void blankQueriesMatchEverything() {
        for (String blank : new String[] {null, "", "   ", "\t\n"}) {
            assertInstanceOf(QueryNode.MatchAll.class, parser.parse(blank));
        }
    }

    @Test
    void buildsTheExpectedNodes() {
        assertEquals(new QueryNode.And(List.of(
                        new QueryNode.Word("from", "hans", false),
                        new QueryNode.Not(new QueryNode.Phrase(QueryNode.ANY_FIELD, "payment terms")),
                        new QueryNode.Word(QueryNode.ANY_FIELD, "spam", true),
                        new QueryNode.DateRange("date", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1)),
                        new QueryNode.Flag("has", "attachment"))),
                parser.parse("from:hans -\"payment terms\" spam* date:2024-03 has:attachment"));
    }

    @Test
    void aRegisteredOperatorIsParsedWithoutParserChanges() {
        DocketQueryParser withProject = new DocketQueryParser(
                OperatorRegistry.defaults().with(Operator.keyword("project")), QueryParserConfig.defaults());

        assertEquals(new QueryNode.Word("project", "ACME-7", false), withProject.parse("Project:ACME-7"));
        // Without the registration the same text is one plain word.
        assertEquals(QueryNode.Word.free("Project:ACME-7"), parser.parse("Project:ACME-7"));
    }

    @Test
    void limitsComeFromTheConfig() {
        DocketQueryParser strict = new DocketQueryParser(OperatorRegistry.defaults(), new QueryParserConfig(10, 2));

        assertEquals("(a AND b)", strict.parse("((a b))").toString());
        QuerySyntaxException deep = assertThrows(QuerySyntaxException.class, () -> strict.parse("(((a)))"));
        assertEquals("nesting deeper than 2 at position 2", deep.getMessage());
        QuerySyntaxException longQuery = assertThrows(QuerySyntaxException.class, () -> strict.parse("abcdefghijk"));
        assertEquals("query is longer than 10 characters at position 10", longQuery.getMessage());
    }

    @Test
    void caretDetailPointsAtTheProblem() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parser.parse("from:(hans OR lily"));
        assertEquals("""
                from:(hans OR lily
                     ^ unbalanced parenthesis at position 5""", e.caretDetail());
        assertEquals("unbalanced parenthesis", e.reason());
        assertEquals(5, e.position());
    }
}
