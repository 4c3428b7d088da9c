package io.docket.parse;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML body as the text a reader sees: scripts, styles and the head dropped, one line per
 * block element and per {@code <br>}, table cells separated by a tab, entities decoded.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");
    /** Elements a reader never sees as text. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title", "noscript", "template");

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder();
        // Hidden elements are skipped where they stand rather than selected and removed first: the selection
        // walked the whole document once more (a tenth of this method on HTML spam).
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (HIDDEN.contains(name)) return FilterResult.SKIP_ENTIRELY;
                    if (name.equals("td") && hasShownElementBefore(e)) {
                        out.append('\t');
                    } else if (BLOCKS.contains(name)) {
                        newLine(out);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    newLine(out);
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body() == null ? doc : doc.body());
        return tidyLines(out).strip();
    }

    /** Whether a cell follows another element that is shown (a hidden one, such as a script, separates nothing). */
    private static boolean hasShownElementBefore(Element cell) {
        for (Element before = cell.previousElementSibling(); before != null; before = before.previousElementSibling()) {
            if (!HIDDEN.contains(before.normalName())) return true;
        }
        return false;
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
