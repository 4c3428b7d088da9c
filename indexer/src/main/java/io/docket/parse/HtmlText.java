package io.docket.parse;

import java.util.Set;
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

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
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
        return tidyLines(out).strip();
    }

    /*
     * The two methods below do in one pass what three regular expressions did (a run of white space as one
     * space; no spaces before a line break; at most one blank line): those were a third of this class's
     * time. HtmlTextTest holds the expressions and proves the same output.
     */

    /** Appends text with each run of white space or no-break spaces as one space, and none at a line's start. */
    private static void appendCollapsed(StringBuilder out, String text) {
        int i = 0;
        int n = text.length();
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            while (i < n) {
                int cp = text.codePointAt(i);
                if (!isRunChar(cp) && !Character.isWhitespace(cp)) break;
                i += Character.charCount(cp);
            }
        }
        boolean inRun = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isRunChar(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
    }

    /** A character of {@code [\\s\\u00a0]} (Java's \\s: space, tab, line feed, vertical tab, form feed, return). */
    private static boolean isRunChar(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0';
    }

    /** Drops spaces and tabs before each line break and keeps at most two line breaks in a row. */
    private static String tidyLines(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n') {
                out.append(c);
                continue;
            }
            int end = out.length();
            while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) end--;
            out.setLength(end);
            if (end < 2 || out.charAt(end - 1) != '\n' || out.charAt(end - 2) != '\n') out.append('\n');
        }
        return out.toString();
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
