package io.docket.parse;

import io.docket.model.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an address list (RFC 5322 section 3.4) the way mail clients write it, not the way the grammar
 * allows: unquoted commas in names, encoded words inside quotes, names only in comments
 * ("jo@x.org (Jo)"), group syntax, missing angle brackets. The list is split before encoded words are
 * decoded, so a comma that RFC 2047 hides ("=2C") never splits a name.
 */
final class Addresses {
    // Compiled once: String.replaceAll and replaceFirst compile their pattern at every call (every address of every message).
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern MAILTO = Pattern.compile("(?i)^mailto:");
    private static final Pattern QUOTED_PAIR = Pattern.compile("\\\\(.)");

    private Addresses() {
    }

    static List<Address> parse(String value, Warnings warnings, String header) {
        List<Address> out = new ArrayList<>();
        String pending = "";
        for (String token : splitTopLevel(value)) {
            String candidate = pending.isEmpty() ? token : pending + "," + token;
            if (!candidate.contains("@") && !candidate.contains("<")) {
                pending = candidate; // "Müller, Jürgen <jm@x>": the comma belongs to the name
                continue;
            }
            pending = "";
            Address address = one(candidate, warnings, header);
            if (!address.address().isEmpty() || !address.name().isEmpty()) out.add(address);
        }
        return out;
    }

    private static Address one(String token, Warnings warnings, String header) {
        String text = token.strip();
        int colon = groupColon(text);
        if (colon >= 0) text = text.substring(colon + 1).strip(); // RFC 5322 group "Team: a@x, b@y;"
        StringBuilder comment = new StringBuilder();
        text = removeComments(text, comment);
        String name;
        String address;
        int open = text.lastIndexOf('<');
        if (open >= 0) {
            int close = text.indexOf('>', open);
            address = text.substring(open + 1, close < 0 ? text.length() : close);
            name = text.substring(0, open);
        } else {
            address = text;
            name = comment.toString();
        }
        if (name.isBlank() && !comment.isEmpty()) name = comment.toString();
        address = MAILTO.matcher(WHITE_SPACE.matcher(address).replaceAll("")).replaceFirst("");
        return new Address(EncodedWords.decode(unquote(name.strip()), warnings, header), address);
    }

    /** Splits at commas and semicolons outside quotes, angle brackets and comments. */
    static List<String> splitTopLevel(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int paren = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"' && paren == 0) quoted = !quoted;
            else if (!quoted && c == '(') paren++;
            else if (!quoted && c == ')' && paren > 0) paren--;
            else if (!quoted && paren == 0 && c == '<') angle++;
            else if (!quoted && paren == 0 && c == '>' && angle > 0) angle--;
            if ((c == ',' || c == ';') && !quoted && angle == 0 && paren == 0) {
                if (!current.toString().isBlank()) parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) parts.add(current.toString());
        return parts;
    }

    /** The colon of a group's display name, outside quotes and before any "<" or "@". */
    private static int groupColon(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '<' || c == '@') return -1;
            if (c == ':') return i;
        }
        return -1;
    }

    private static String removeComments(String text, StringBuilder comments) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && depth == 0) quoted = !quoted;
            if (!quoted && c == '(') {
                if (depth++ > 0) comments.append(c);
            } else if (!quoted && c == ')' && depth > 0) {
                if (--depth > 0) comments.append(c);
            } else if (depth > 0) {
                comments.append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unquote(String name) {
        String s = name;
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        else if (s.startsWith("\"")) s = s.substring(1);
        return QUOTED_PAIR.matcher(s).replaceAll("$1").replace("\"", "").strip();
    }
}
