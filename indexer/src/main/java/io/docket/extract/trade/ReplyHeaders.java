package io.docket.extract.trade;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The lines mail clients write above the message being replied to. Each pattern names the client or
 * language it comes from; {@link QuotedText} cuts at the first one.
 */
final class ReplyHeaders {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Outlook, Thunderbird, Apple Mail, QQ Mail: "-----Original Message-----" and its translations. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "-{2,}\\s*(?:Original Message|Original-Nachricht|Ursprüngliche Nachricht|Mensaje original|Message d'origine"
                    + "|Messaggio originale|Mensagem original|原始邮件|原始郵件|元のメッセージ|الرسالة الأصلية)\\s*-{2,}", CI);
    /** Gmail and Apple Mail attributions, which Gmail may wrap onto a second line. */
    private static final Pattern ATTRIBUTION = Pattern.compile(String.join("|",
            "On\\s.{4,300}\\swrote\\s?:",
            "Am\\s.{4,300}\\sschrieb.{0,200}:",
            "El\\s.{4,300}\\sescribió\\s?:",
            "Le\\s.{4,300}\\sa\\s+écrit\\s?:",
            "Il\\s.{4,300}\\sha\\s+scritto\\s?:",
            "在.{4,300}写道\\s?[:：]",
            "於.{4,300}寫道\\s?[:：]",
            "في\\s.{4,300}كتب.{0,200}[:：]"), CI);
    /** "Hans Müller <hans@example.de> wrote:" with no date in front. */
    private static final Pattern WROTE = Pattern.compile(
            ".{0,200}<[^<>\\s]+@[^<>\\s]+>.{0,40}(?:wrote|schrieb|escribió|a écrit|写道|寫道|كتب)\\s?[:：]?", CI);
    /** The first line of Outlook's header block: "From:", "Von:", "De :", "发件人:". */
    private static final Pattern FROM = Pattern.compile(
            "\\*?(?:From|Von|De|Da|发件人|寄件者|差出人|من)\\s*\\*?\\s*[:：].*", CI);
    private static final Pattern SUBJECT = Pattern.compile(
            "\\*?(?:Subject|Betreff|Asunto|Objet|Oggetto|Assunto|主题|主旨|件名|الموضوع)\\s*\\*?\\s*[:：].*", CI);
    private static final Pattern SENT_OR_TO = Pattern.compile(
            "\\*?(?:Sent|Date|To|Gesendet|Datum|An|Enviado(?: el)?|Fecha|Para|Envoyé|À|Inviato|发送时间|日期|收件人|寄件日期|送信日時|宛先|أرسلت|التاريخ|إلى)\\s*\\*?\\s*[:：].*", CI);
    /** Gmail's and Thunderbird's forward banners: what follows is new evidence, not a quote. */
    private static final Pattern FORWARD = Pattern.compile(
            "-{2,}\\s*(?:Forwarded message|Weitergeleitete Nachricht|Mensaje reenviado|Message transféré|Messaggio inoltrato|转发的邮件|轉寄的郵件|رسالة محولة)\\s*-{2,}"
                    + "|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:", CI);

    /**
     * For each pattern tried on every line, the characters a match may begin with, asked of the pattern itself
     * with one-character probes ({@link TradeText#mayBeginMatch}). Most lines of a body begin with none of them and skip the case-insensitive
     * alternations (ingest profile at 100k: these line tests were 2% of ingest CPU).
     */
    private static final FirstChars SEPARATOR_FIRST = new FirstChars(SEPARATOR);
    private static final FirstChars ATTRIBUTION_FIRST = new FirstChars(ATTRIBUTION);
    private static final FirstChars FROM_FIRST = new FirstChars(FROM);
    private static final FirstChars FORWARD_FIRST = new FirstChars(FORWARD);

    private ReplyHeaders() {}

    /**
     * Whether a match of a pattern may begin with a character, asked on the character's first appearance and
     * remembered: probing all 65,536 characters of four patterns up front took 130 ms of class loading, paid by
     * every import before its first message.
     */
    private static final class FirstChars {
        private static final byte UNKNOWN = 0;
        private static final byte MAY = 1;
        private static final byte CANNOT = 2;
        private final Pattern pattern;
        /** Each character's answer once asked; two threads asking at once both probe and write the same answer. */
        private final byte[] known = new byte[Character.MAX_VALUE + 1];

        FirstChars(Pattern pattern) {
            this.pattern = pattern;
        }

        boolean mayBegin(char c) {
            byte answer = known[c];
            if (answer == UNKNOWN) {
                answer = TradeText.mayBeginMatch(pattern.matcher(""), String.valueOf(c)) ? MAY : CANNOT;
                known[c] = answer;
            }
            return answer == MAY;
        }
    }

    /** The characters (UTF-16 units) a match of {@code pattern} may begin with (for tests and the curious). */
    static BitSet firstChars(Pattern pattern) {
        FirstChars first = new FirstChars(pattern);
        BitSet out = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) if (first.mayBegin((char) c)) out.set(c);
        return out;
    }

    private static boolean mayBegin(FirstChars first, String line) {
        return !line.isEmpty() && first.mayBegin(line.charAt(0));
    }

    static boolean isForwardBanner(String line) {
        return mayBegin(FORWARD_FIRST, line) && FORWARD.matcher(line).matches();
    }

    /** Whether a reply header starts at {@code lines[i]} (already stripped of surrounding blanks). */
    static boolean startsAt(String[] lines, int i) {
        String line = lines[i];
        if (line.isEmpty()) return false;
        if (mayBegin(SEPARATOR_FIRST, line) && SEPARATOR.matcher(line).matches()) return true;
        if (mayBegin(ATTRIBUTION_FIRST, line) && ATTRIBUTION.matcher(line).matches()) return true;
        if (i + 1 < lines.length && line.length() < 300 && opensAttribution(line)
                && ATTRIBUTION.matcher(line + " " + lines[i + 1]).matches()) return true;
        if ((line.indexOf('@') >= 0) && WROTE.matcher(line).matches()) return true;
        return outlookBlock(lines, i);
    }

    /** "From:" followed within six lines by "Subject:" and one of "Sent:", "Date:" or "To:". */
    private static boolean outlookBlock(String[] lines, int i) {
        if (!mayBegin(FROM_FIRST, lines[i]) || !FROM.matcher(lines[i]).matches()) return false;
        boolean subject = false;
        boolean sentOrTo = false;
        for (int j = i + 1; j < Math.min(lines.length, i + 7); j++) {
            if (SUBJECT.matcher(lines[j]).matches()) subject = true;
            else if (SENT_OR_TO.matcher(lines[j]).matches()) sentOrTo = true;
        }
        return subject && sentOrTo;
    }

    private static boolean opensAttribution(String line) {
        return line.startsWith("On ") || line.startsWith("Am ") || line.startsWith("El ") || line.startsWith("Le ")
                || line.startsWith("Il ") || line.startsWith("在") || line.startsWith("於") || line.startsWith("في ");
    }
}
