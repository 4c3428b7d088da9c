package io.docket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every syntax error the parser reports, with the position it reports it at. */
class BadQueryTest {
    private final DocketQueryParser parser = new DocketQueryParser();

    @ParameterizedTest(name = "{0}  =>  {2} at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            (a b                         | 0  | unbalanced parenthesis
            a (b (c)                     | 2  | unbalanced parenthesis
            a b)                         | 3  | unbalanced parenthesis
            )                            | 0  | unbalanced parenthesis
            from:(hans OR lily           | 5  | unbalanced parenthesis
            a (                          | 2  | unbalanced parenthesis
            "payment terms               | 0  | unbalanced quote
            subject:"payment terms       | 8  | unbalanced quote
            a OR                         | 2  | dangling OR
            OR a                         | 0  | dangling OR
            a OR OR b                    | 2  | dangling OR
            a AND                        | 2  | dangling AND
            and a                        | 0  | dangling AND
            a AND OR b                   | 2  | dangling AND
            (a OR) b                     | 3  | dangling OR
            a NOT                        | 2  | dangling NOT
            NOT                          | 0  | dangling NOT
            -)                           | 1  | unbalanced parenthesis
            a ()                         | 2  | empty group
            from:()                      | 5  | empty group
            '""'                         | 0  | empty quotes
            subject:"  "                 | 8  | empty quotes
            after:2024-13-01             | 6  | expected a date YYYY-MM-DD after "after:"
            after:yesterday              | 6  | expected a date YYYY-MM-DD after "after:"
            before:2024-03               | 7  | expected a date YYYY-MM-DD after "before:"
            before:2024-02-30            | 7  | expected a date YYYY-MM-DD after "before:"
            date:03/01/2024              | 5  | expected a date YYYY, YYYY-MM or YYYY-MM-DD after "date:"
            date:2024-03..2024-13        | 14 | expected a date YYYY, YYYY-MM or YYYY-MM-DD after "date:"
            date:..                      | 5  | expected a date or period before or after ".." in "date:"
            date:2024-05..2024-03        | 5  | date range starts after it ends
            date:2024-03-05..2024-03-04  | 5  | date range starts after it ends
            has:pdf                      | 4  | unknown value "pdf" for "has:" (expected one of attachment)
            from:                        | 5  | expected a value after "from:"
            from: hans                   | 5  | expected a value after "from:"
            from:-hans                   | 5  | expected a value after "from:"
            subject:*                    | 8  | expected a value after "subject:"
            after:                       | 6  | expected a value after "after:"
            """)
    void rejects(String query, int position, String reason) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parser.parse(query));
        assertEquals(reason, e.reason());
        assertEquals(position, e.position());
        assertEquals(reason + " at position " + position, e.getMessage());
    }

    @Test
    void rejectsAQueryLongerThanTheDefaultLimit() {
        String ok = "a ".repeat(1_000);
        assertEquals(1_000, ((QueryNode.And) parser.parse(ok.strip())).children().size());

        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parser.parse(ok + "b"));
        assertEquals("query is longer than 2000 characters at position 2000", e.getMessage());
    }

    @Test
    void rejectsNestingDeeperThan32() {
        String ok = "(".repeat(32) + "a" + ")".repeat(32);
        assertEquals(QueryNode.Word.free("a"), parser.parse(ok));

        QuerySyntaxException parens = assertThrows(QuerySyntaxException.class,
                () -> parser.parse("(".repeat(33) + "a" + ")".repeat(33)));
        assertEquals("nesting deeper than 32 at position 32", parens.getMessage());

        // Negations nest too: each one is a level of recursion.
        QuerySyntaxException nots = assertThrows(QuerySyntaxException.class, () -> parser.parse("NOT ".repeat(40) + "a"));
        assertEquals("nesting deeper than 32 at position 128", nots.getMessage());
    }
}
