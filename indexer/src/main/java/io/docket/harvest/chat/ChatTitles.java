package io.docket.harvest.chat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat's name from the export's file name: WhatsApp names a one-to-one export after the other person
 * as the exporting phone saved them ("WhatsApp Chat with Hans Müller.txt" on Android, "WhatsApp Chat -
 * Hans Müller.zip" on iOS) and a group export after the group. That name is the only hint an export
 * gives of who the counterpart is.
 */
public final class ChatTitles {
    private static final List<Pattern> PREFIXES = List.of(
            Pattern.compile("^WhatsApp[ -]Chat (?:with|mit|met|con|com|avec|z) (.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^WhatsApp Chat\\s*[-–]\\s*(.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:Chat de WhatsApp con|Conversa do WhatsApp com|Discussion WhatsApp avec|Chat WhatsApp con) (.+)$",
                    Pattern.CASE_INSENSITIVE));
    /** A second download of the same name: "… (1).txt". */
    private static final Pattern COPY_SUFFIX = Pattern.compile("\\s*\\(\\d+\\)$");

    private ChatTitles() {}

    /** "Hans Müller" for "WhatsApp Chat with Hans Müller.txt"; the bare file name when it follows no known pattern. */
    public static String of(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceFirst("(?i)\\.(txt|zip)$", "");
        name = COPY_SUFFIX.matcher(name).replaceFirst("");
        for (Pattern p : PREFIXES) {
            Matcher m = p.matcher(name);
            if (m.matches()) return m.group(1).strip();
        }
        return name.equals("_chat") ? "" : name;
    }

    /** Whether the file name is WhatsApp's own ("WhatsApp Chat with …"), so its title names the counterpart. */
    public static boolean namesCounterpart(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(txt|zip)$", "");
        name = COPY_SUFFIX.matcher(name).replaceFirst("");
        for (Pattern p : PREFIXES) if (p.matcher(name).matches()) return true;
        return false;
    }
}
