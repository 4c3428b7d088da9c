package io.docket.evidence.bundle;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * timeline.html: the same report as the PDF for a browser, self-contained (no script, no remote
 * resource), every text escaped, and {@code dir="auto"} on each value so Arabic lines run right to left.
 */
final class TimelineHtml {
    static final String FILE = "timeline.html";

    private TimelineHtml() {}

    static byte[] write(Timeline timeline) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(timeline.title()))
                .append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans\",\"Noto Sans SC\",\"Noto Sans Arabic\",sans-serif;font-size:14px;max-width:60em;margin:2em auto;color:#111}\n")
                .append("table{border-collapse:collapse;width:100%}th{text-align:left;vertical-align:top;width:12em;padding:2px 8px 2px 0}\n")
                .append("td{padding:2px 0;white-space:pre-wrap;word-break:break-word}mark{background:#ffed8c}\n")
                .append("section{border-top:1px solid #999;margin-top:2em}@media print{section{break-before:page}}\n")
                .append("</style>\n</head>\n<body>\n<h1 dir=\"auto\">").append(escape(timeline.title())).append("</h1>\n");
        blocks(out, timeline.cover());
        for (Timeline.Entry entry : timeline.entries()) {
            out.append("<section id=\"").append(escape(entry.bates())).append("\">\n<h2>").append(escape(entry.heading())).append("</h2>\n");
            blocks(out, entry.blocks());
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void blocks(StringBuilder out, List<Timeline.Block> blocks) {
        boolean inTable = false;
        for (Timeline.Block block : blocks) {
            if (block instanceof Timeline.Field f) {
                if (!inTable) out.append("<table>\n");
                inTable = true;
                String value = escape(f.value());
                out.append("<tr><th dir=\"auto\">").append(escape(f.label())).append("</th><td dir=\"auto\">")
                        .append(f.highlight() ? "<mark>" + value + "</mark>" : value).append("</td></tr>\n");
                continue;
            }
            if (inTable) out.append("</table>\n");
            inTable = false;
            switch (block) {
                case Timeline.Heading h -> out.append("<h3 dir=\"auto\">").append(escape(h.text())).append("</h3>\n");
                case Timeline.Text t -> out.append("<p dir=\"auto\">").append(escape(t.text())).append("</p>\n");
                case Timeline.Field f -> throw new AssertionError(f);
            }
        }
        if (inTable) out.append("</table>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
