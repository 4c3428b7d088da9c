package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void rendersBlocksCellsAndEntitiesAsAReaderSeesThem() {
        // One line per block however many breaks stand between them; head, styles and scripts gone.
        String html = "<html><head><title>t</title><style>p{}</style></head><body>"
                + "<p>Dear  Hans,</p><p>price&nbsp;USD 12.80 \t per pc</p>"
                + "<table><tr><td>Qty</td><td>500</td></tr></table><br><br><br><div>  Best&#32;regards</div>"
                + "<script>alert(1)</script></body></html>";
        assertEquals("Dear Hans,\nprice USD 12.80 per pc\nQty\t500\nBest regards", HtmlText.toText(html));
    }

    @Test
    void hiddenElementsNeitherShowNorSeparateCells() {
        String html = "<body><table><tr><script>var a;</script><td>Qty</td><style>td{}</style><td>500</td>"
                + "<noscript>enable scripts</noscript></tr></table><p>Total<template><b>x</b></template> USD 6,400</p>"
                + "<title>in the body</title></body>";
        assertEquals("Qty\t500\nTotal USD 6,400", HtmlText.toText(html));
    }

    @Test
    void sameTextAsTheRegularExpressionsItReplaced() {
        List<String> pieces = List.of("<p>", "</p>", "<br>", "<div>", "</div>", "<td>", "</td>", "<tr>", "</tr>", "<table>", "<span>",
                "</span>", "<li>", "word", "two words", "交期", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "&nbsp;", "\u3000", "\u2003",
                "\u000b", "\f", "&#9;", "x\u00a0 \ty", " \n \n ", "<pre>", "</pre>", "<script>s</script>", "<!-- c -->");
        Random random = new Random(6);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int p = random.nextInt(30); p > 0; p--) html.append(pieces.get(random.nextInt(pieces.size())));
            assertEquals(Reference.toText(html.toString()), HtmlText.toText(html.toString()), html::toString);
        }
    }

    /** The rendering as it was, with the three regular expressions the one-pass code replaced. */
    private static final class Reference {
        private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
                "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");
        private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00a0]+");
        private static final Pattern SPACES_BEFORE_NEWLINE = Pattern.compile("[ \\t]+\\n");
        private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

        static String toText(String html) {
            Document doc = Jsoup.parse(html);
            doc.select("script, style, head, title, noscript, template").remove();
            StringBuilder out = new StringBuilder();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        String words = SPACE_RUN.matcher(text.getWholeText()).replaceAll(" ");
                        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') words = words.stripLeading();
                        out.append(words);
                    } else if (node instanceof Element e && e.normalName().equals("td") && e.elementSiblingIndex() > 0) {
                        out.append('\t');
                    } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
                    }
                }
            }, doc.body() == null ? doc : doc.body());
            return BLANK_LINES.matcher(SPACES_BEFORE_NEWLINE.matcher(out).replaceAll("\n")).replaceAll("\n\n").strip();
        }
    }
}
