package io.docket.thread;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a subject to its base form for subject-fallback threading (RFC 5256 "base subject",
 * extended with the reply and forward prefixes mail clients write in other languages).
 */
public final class SubjectNormalizer {
    // Re, Fwd, FW (en); AW, WG (de); RV, RE (es); TR, Réf (fr); SV, VS (nordic); Antw (nl); Odp, PD (pl);
    // 回复/答复/转发 (zh-CN); 回覆/轉寄/轉發 (zh-TW); 返信/転送 (ja); 회신/전달 (ko); رد/إعادة توجيه (ar).
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:\\s*(?:\\[[^\\]]{0,40}\\]|(?:re|fwd?|aw|wg|rv|tr|r[ée]f|sv|vs|antw|odp|pd|enc|res|"
                    + "回复|答复|转发|回覆|答覆|轉寄|轉發|返信|転送|회신|전달|رد|إعادة توجيه)"
                    + "\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]))+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILER = Pattern.compile("\\s*\\((?:fwd|fw)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SubjectNormalizer() {}

    public static String base(String subject) {
        if (subject == null) return "";
        String s = SPACES.matcher(subject).replaceAll(" ").strip();
        String previous;
        do {
            previous = s;
            s = PREFIX.matcher(s).replaceFirst("").strip();
            s = TRAILER.matcher(s).replaceFirst("").strip();
        } while (!s.equals(previous));
        return s.toLowerCase(Locale.ROOT);
    }

    /** True when the subject carried a reply or forward prefix. */
    public static boolean isReplyOrForward(String subject) {
        return subject != null && PREFIX.matcher(subject.strip()).lookingAt();
    }
}
