package io.docket.parse;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a charset label from a message to the Java charset that decodes it best. Labels name the
 * smallest set a mailer thinks it used, but mailers write the superset (Outlook labels GBK text
 * "gb2312", Windows-1252 text "iso-8859-1"), so each label is read as its common superset, as the
 * WHATWG Encoding Standard does for the web.
 */
final class CharsetNames {
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"), Map.entry("x-euc-cn", "GB18030"),
            Map.entry("chinese", "GB18030"), Map.entry("csgb2312", "GB18030"), Map.entry("gb_2312-80", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("x-big5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"), Map.entry("cp932", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"), Map.entry("ksc5601", "x-windows-949"), Map.entry("cp949", "x-windows-949"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"), Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));

    private CharsetNames() {
    }

    /**
     * Labels found before: the JDK caches only its last two look-ups, and a miss for a charset outside
     * java.base (Big5, GB2312, Shift_JIS...) asks every provider again, instantiating them. Labels Java
     * does not know ("unknown-8bit", "default") are kept too, since each miss walks the providers. Both
     * bounded, since labels come from mail.
     */
    private static final Map<String, Charset> FOUND = new ConcurrentHashMap<>();
    private static final Set<String> UNKNOWN = ConcurrentHashMap.newKeySet();
    private static final int FOUND_LIMIT = 1024;

    /** The charset to decode a label with, or empty when the label is missing or unknown to Java. */
    static Optional<Charset> forLabel(String label) {
        if (label == null) return Optional.empty();
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        int language = name.indexOf('*'); // RFC 2231 section 5: charset*language
        if (language >= 0) name = name.substring(0, language);
        if (name.isEmpty()) return Optional.empty();
        String key = SUPERSETS.getOrDefault(name, name);
        Charset known = FOUND.get(key);
        if (known != null) return Optional.of(known);
        if (UNKNOWN.contains(key)) return Optional.empty();
        try {
            Charset charset = Charset.forName(key);
            if (FOUND.size() < FOUND_LIMIT) FOUND.put(key, charset);
            return Optional.of(charset);
        } catch (IllegalArgumentException unknown) {
            if (UNKNOWN.size() < FOUND_LIMIT) UNKNOWN.add(key);
            return Optional.empty();
        }
    }

    /** True when the label only promises 7-bit text, so any 8-bit byte means the label is wrong. */
    static boolean isAscii(String label) {
        if (label == null) return false;
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        return name.equals("us-ascii") || name.equals("ascii") || name.equals("ansi_x3.4-1968");
    }
}
