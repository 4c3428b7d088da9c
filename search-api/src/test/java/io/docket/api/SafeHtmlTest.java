package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTML sanitizer: each kind of active or remote content removed, the mail's formatting kept. */
class SafeHtmlTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            script element           | <p>hi</p><script>window.pwned = 1</script>                 | <p>hi</p>
            event handler            | <p onclick="pwned()">hi</p>                                | <p>hi</p>
            onerror on an image      | <img src="x" onerror="pwned()" alt="a">hi                  | hi
            javascript: link         | <a href="javascript:pwned()">hi</a>                        | hi
            vbscript: link           | <a href="vbscript:msgbox">hi</a>                           | hi
            data: link               | <a href="data:text/html,<script>pwned()</script>">hi</a>  | hi
            remote image             | <img src="https://tracker.example/p.gif">hi                | hi
            protocol-relative image  | <img src="//tracker.example/p.gif">hi                      | hi
            cid: image               | <img src="cid:logo@docket">hi                              | hi
            form and inputs          | <form action="https://x.example"><input name="p"></form>hi | hi
            iframe                   | <iframe src="https://x.example"></iframe>hi                | hi
            object and embed         | <object data="x.swf"></object><embed src="x.swf">hi        | hi
            meta refresh             | <meta http-equiv="refresh" content="0;url=https://x">hi    | hi
            base element             | <base href="https://x.example/">hi                         | hi
            style element            | <style>body{background:url(https://x/p.png)}</style>hi     | hi
            url in a style attribute | <p style="background-image:url(https://x/p.png)">hi</p>    | <p>hi</p>
            svg onload               | <svg onload="pwned()"><circle r="4"/></svg>hi              | hi
            """)
    void activeAndRemoteContentIsRemoved(String pathology, String html, String expected) {
        assertEquals(expected, SafeHtml.sanitize(html), pathology);
    }

    @Test
    void formattingTablesLinksAndInlineImagesStay() {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        String out = SafeHtml.sanitize("<p style=\"color:#1f5fbf\">Dear <b>Ms.</b> <i>Smith</i></p>"
                + "<table border=\"1\"><tr><td colspan=\"2\">Valve DN50</td></tr></table>"
                + "<a href=\"https://www.example.com/terms\">terms</a> <a href=\"mailto:lily@example.com\">mail</a>"
                + "<img src=\"" + png + "\" alt=\"logo\"><p dir=\"rtl\" lang=\"ar\">شكرا</p>");
        assertTrue(out.contains("<p style=\"color:#1f5fbf\">Dear <b>Ms.</b> <i>Smith</i></p>"), out);
        assertTrue(out.contains("<td colspan=\"2\">Valve DN50</td>"), out);
        assertTrue(out.contains("href=\"https://www.example.com/terms\""), out);
        assertTrue(out.contains("href=\"mailto:lily&#64;example.com\""), out);
        // The sanitizer writes + and = of the base64 as character references; the browser reads them back.
        assertTrue(out.contains("<img src=\"" + png.replace("+", "&#43;").replace("=", "&#61;") + "\" alt=\"logo\" />"), out);
        assertTrue(out.contains("<p dir=\"rtl\" lang=\"ar\">شكرا</p>"), out);
    }

    @Test
    void theDocumentIsCompleteUtf8AndOpensLinksOutsideTheFrame() {
        String doc = SafeHtml.document("<p>质量问题</p><script>x()</script>");
        assertTrue(doc.startsWith("<!DOCTYPE html>"), doc);
        assertTrue(doc.contains("<meta charset=\"utf-8\">"));
        assertTrue(doc.contains("<base target=\"_blank\">"));
        assertTrue(doc.contains("<p>质量问题</p>"));
        assertFalse(doc.contains("<script"), doc);
    }

    @Test
    void thePolicyForbidsScriptsAndRemoteLoadsEvenIfTheSanitizerMissedOne() {
        String csp = SafeHtml.CONTENT_SECURITY_POLICY;
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertTrue(csp.contains("img-src data:;"), csp);
        assertTrue(csp.contains("sandbox "), csp);
        assertFalse(csp.contains("allow-scripts"), csp);
        assertFalse(csp.contains("script-src"), "scripts fall under default-src 'none': " + csp);
    }
}
