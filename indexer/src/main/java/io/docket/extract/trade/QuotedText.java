package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Separates what a message says from what it quotes. A statement in quoted text was made in an earlier
 * message, which the archive holds on its own; counting it again would date terms to the wrong message.
 *
 * <p>Quoted: lines starting with "&gt;" at any depth, and everything from the first reply header on
 * ({@link ReplyHeaders}: "On ... wrote:", "Am ... schrieb", "El ... escribió:", "Le ... a écrit :",
 * "在 ... 写道：", "-----Original Message-----" and translations, Outlook's From/Sent/To/Subject block).
 * Not quoted: a forwarded message ("---------- Forwarded message ---------") — forwarding shows the mail
 * to someone new, so it is evidence of this message; quotes inside the forwarded mail are still quotes.
 */
public final class QuotedText {
    /** Lines after a forward banner that may be its From/Date/Subject/To header rather than a reply's. */
    private static final int FORWARD_HEADER_LINES = 10;

    /** The two halves of a body; {@code quotedText} has its "&gt;" markers removed so it can be searched. */
    public record Split(String newText, String quotedText) {
        public Split {
            Objects.requireNonNull(newText, "newText");
            Objects.requireNonNull(quotedText, "quotedText");
        }
    }

    private QuotedText() {}

    /** The new text only. */
    public static String strip(String body) {
        return split(body).newText();
    }

    public static Split split(String body) {
        if (body == null || body.isEmpty()) return new Split("", "");
        String[] lines = lines(body);
        boolean[] quoted = quotedLines(lines);
        StringBuilder fresh = new StringBuilder();
        StringBuilder quotes = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (quoted[i]) quotes.append(unmark(lines[i])).append('\n');
            else fresh.append(lines[i]).append('\n');
        }
        return new Split(trimEnd(fresh), trimEnd(quotes));
    }

    /**
     * The body with every quoted character replaced by a space and line breaks kept, so that offsets
     * found in the result are offsets in the body.
     */
    public static String mask(String body) {
        if (body == null || body.isEmpty()) return "";
        String[] lines = lines(body);
        boolean[] quoted = quotedLines(lines);
        char[] out = body.toCharArray();
        int line = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == '\n') {
                line++;
                continue;
            }
            if (quoted[line] && out[i] != '\r') out[i] = ' ';
        }
        return new String(out);
    }

    private static boolean[] quotedLines(String[] lines) {
        String[] stripped = new String[lines.length];
        for (int i = 0; i < lines.length; i++) stripped[i] = lines[i].strip();
        boolean[] quoted = new boolean[lines.length];
        int forwardHeaderUntil = -1;
        int cut = lines.length;
        for (int i = 0; i < lines.length; i++) {
            if (ReplyHeaders.isForwardBanner(stripped[i])) {
                forwardHeaderUntil = i + FORWARD_HEADER_LINES;
                continue;
            }
            if (i <= forwardHeaderUntil) {
                if (stripped[i].isEmpty()) forwardHeaderUntil = -1; // the forwarded header ends at its blank line
                continue;
            }
            if (ReplyHeaders.startsAt(stripped, i)) {
                cut = i;
                break;
            }
        }
        for (int i = 0; i < lines.length; i++) quoted[i] = i >= cut || stripped[i].startsWith(">");
        // Outlook draws a rule above its header block; it belongs to the quote.
        for (int i = cut - 1; i >= 0 && cut < lines.length; i--) {
            if (stripped[i].isEmpty()) continue;
            if (stripped[i].matches("[_\\-=*]{5,}")) quoted[i] = true;
            break;
        }
        return quoted;
    }

    private static String[] lines(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                int end = i > start && body.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(body.substring(start, end));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out.toArray(String[]::new);
    }

    private static String unmark(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.strip().startsWith(">") ? line.substring(i) : line;
    }

    private static String trimEnd(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) end--;
        return sb.substring(0, end);
    }
}
