package io.docket.cli;

/** Turns the API's HTML snippet into terminal text: matches in bold, entities decoded. */
final class Snippets {
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private Snippets() {}

    static String plain(String html) {
        boolean color = Terminal.interactive();
        return html.replace("<mark>", color ? BOLD : "[").replace("</mark>", color ? RESET : "]")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}
