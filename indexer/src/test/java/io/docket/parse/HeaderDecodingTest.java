package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.Address;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 2047 words, address lists and message ids in the shapes mailers really send. */
class HeaderDecodingTest {
    private static String words(String value) {
        return EncodedWords.decode(value, new Warnings(), "Subject");
    }

    @Test
    void encodedWords() {
        assertEquals("a b", words("=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?_b?="), "space between words dropped, RFC 2047 section 6.2");
        assertEquals("Grüße价格", words("=?utf-8?Q?Gr=C3=BC=C3=9Fe?= =?gb2312?B?vNu48Q==?="), "the space goes across charsets too");
        assertEquals("Re: Müller", words("Re: =?utf-8*de?Q?M=C3=BCller?="), "RFC 2231 language suffix");
        assertEquals("Müller", words("=?utf-8?B?TcO8bGxlcg?="), "missing base64 padding");
        assertEquals("xy", words("x=?bogus?Q?y?="), "unknown charset: ASCII bytes are still read");
    }

    @Test
    void unknownCharsetLabelWarns() {
        Warnings warnings = new Warnings();
        String text = EncodedWords.decode("=?x-unknown?Q?caf=C3=A9?=", warnings, "Subject");
        assertEquals("café", text);
        assertEquals("charset-detected", warnings.list().getFirst().code());
    }

    @Test
    void addressLists() {
        Warnings w = new Warnings();
        assertEquals(List.of(new Address("Müller, Jürgen", "jm@example.de")),
                Addresses.parse("Müller, Jürgen <jm@example.de>", w, "To"), "unquoted comma in a name");
        assertEquals(List.of(new Address("", "a@example.org"), new Address("B", "b@example.org")),
                Addresses.parse("Team: a@example.org, \"B\" <b@example.org>;", w, "To"), "group syntax");
        assertEquals(List.of(new Address("", "c@example.org")), Addresses.parse("<mailto:c@example.org>", w, "To"));
        assertEquals(List.of(), Addresses.parse("undisclosed-recipients:;", w, "To"));
    }

    @Test
    void messageIds() {
        assertEquals("a@x", MessageIds.one(" <a@x> "));
        assertEquals(List.of("a@x", "b@y"), MessageIds.all("<a@x>\t<b@y> <a@x>"));
        assertEquals(List.of("c@z"), MessageIds.all("Your message of Jan 17 <c@z>"));
        assertEquals(List.of("bare@id"), MessageIds.all("bare@id"));
    }

    @Test
    void raw8BitHeaderWithoutBodyCharsetIsDetected() {
        Warnings w = new Warnings();
        byte[] gbk = "关于订单的质量问题和交货时间".getBytes(Charset.forName("GBK"));
        assertEquals("关于订单的质量问题和交货时间", HeaderText.of(gbk, Optional.empty(), w, "Subject"));
        assertTrue(w.list().getFirst().toString().startsWith("8bit-header: Subject: raw 8-bit bytes read as GB18030"), w.list().toString());
    }
}
