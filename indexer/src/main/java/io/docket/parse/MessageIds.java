package io.docket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message identifiers (RFC 5322 section 3.6.4) without their angle brackets, so that a Message-ID and
 * the same id in another message's References compare equal. In-Reply-To often carries prose
 * ("Your message of ..."): only the bracketed ids count when there are any.
 */
final class MessageIds {
    private static final Pattern BRACKETED = Pattern.compile("<\\s*([^<>\\s]+)\\s*>");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private MessageIds() {
    }

    static String one(String value) {
        List<String> ids = all(value);
        return ids.isEmpty() ? "" : ids.getFirst();
    }

    static List<String> all(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) return ids;
        Matcher m = BRACKETED.matcher(value);
        while (m.find()) {
            if (!ids.contains(m.group(1))) ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            for (String word : SEPARATORS.split(value.strip())) {
                if (word.contains("@") && !ids.contains(word)) ids.add(word);
            }
        }
        return ids;
    }
}
