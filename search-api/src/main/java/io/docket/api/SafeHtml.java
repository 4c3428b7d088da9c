package io.docket.api;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A mail's HTML body made safe to show: an allow-list of formatting elements and attributes (OWASP
 * java-html-sanitizer), wrapped in a document of our own. Scripts, event handlers, javascript: and
 * other URL schemes, forms, frames, styles sheets and remote images are removed; images stay only
 * as data: URLs (cid: parts are not served inline, so they are dropped too). The server adds a strict
 * Content-Security-Policy and the page shows the result in a sandboxed frame: three layers, so one
 * mistake in any of them still runs nothing.
 */
final class SafeHtml {
    /** The header sent with the document; {@code sandbox} holds even if the page forgets its iframe attribute. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; "
            // Same origin lets the page size the frame to its content; without allow-scripts it grants the document nothing.
            + "sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox";

    private static final Pattern WEB_LINK = Pattern.compile("(?i)^\\s*(https?://|mailto:).*", Pattern.DOTALL);
    private static final Pattern DATA_IMAGE = Pattern.compile("(?i)^data:image/(png|gif|jpeg|webp);base64,[a-z0-9+/=\\s]+$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col",
                    "hr", "pre", "code", "center", "dl", "dt", "dd", "abbr", "cite", "q", "mark", "small", "address",
                    "section", "article", "header", "footer", "figure", "figcaption")
            // An image whose source was removed (remote, cid:) would only show a broken-image icon.
            .allowElements((name, attrs) -> attrs.contains("src") ? name : null, "img")
            .allowUrlProtocols("http", "https", "mailto", "data")
            .allowAttributes("href").matching(WEB_LINK).onElements("a")
            .allowAttributes("src").matching(DATA_IMAGE).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowAttributes("colspan", "rowspan", "width", "height", "align", "valign", "bgcolor", "border",
                    "cellpadding", "cellspacing").onElements("table", "tr", "td", "th", "col", "colgroup", "thead", "tbody", "tfoot")
            .allowAttributes("color", "face", "size").onElements("font")
            .allowAttributes("dir", "lang", "title", "align").globally()
            // CSS properties from the sanitizer's default schema; it allows no url() in styles.
            .allowStyling()
            .toFactory();

    private static final String HEAD = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            + "<meta name=\"referrer\" content=\"no-referrer\">"
            // Links leave the frame for a new tab (the sandbox allows popups only to escape it).
            + "<base target=\"_blank\">"
            + "<style>body{margin:0;padding:14px;font:15px/1.45 system-ui,\"Noto Sans\",sans-serif;color:#1d2330;"
            + "overflow-wrap:anywhere}img,table{max-width:100%}img{height:auto}</style>"
            + "</head><body dir=\"auto\">\n";

    private SafeHtml() {}

    /** Only the allowed subset of {@code html}, as a fragment. */
    static String sanitize(String html) {
        return POLICY.sanitize(html == null ? "" : html);
    }

    /** A complete UTF-8 document around the sanitized body. */
    static String document(String html) {
        return HEAD + sanitize(html) + "\n</body></html>\n";
    }
}
