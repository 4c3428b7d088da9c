package io.docket.parse;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML body as the text a reader sees: scripts, styles and the head dropped, one line per
 * block element and per {@code <br>}, table cells separated by a tab, entities decoded.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");

    private HtmlText() {
    }

    // Compiled once: String.replaceAll compiles its pattern at every call, here once per text node of every HTML part.
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
                    newLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    newLine(out);
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return BLANK_LINES.matcher(SPACES_BEFORE_NEWLINE.matcher(out).replaceAll("\n")).replaceAll("\n\n").strip();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
