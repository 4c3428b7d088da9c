package io.docket.parse.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one entry of an export says besides its time: who wrote it, whether WhatsApp wrote it (a notice),
 * and which file it carried. Every rule here follows what the exports themselves write, in English and
 * the commonest translations; a media line in another language is still found when the file is in the zip.
 */
final class ChatLines {
    /** Direction marks and isolates WhatsApp puts around generated text and phone numbers. */
    private static final Pattern MARKS = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]+");
    /** A sender is a contact name or a phone number: short, on one line, never a sentence with quotes. */
    private static final Pattern SENDER = Pattern.compile("^([^:\\n]{1,120}?): (.*)$", Pattern.DOTALL);
    /** Verbs of the notices WhatsApp writes in groups; a contact name does not hold them. */
    private static final Pattern NOTICE_VERBS = Pattern.compile(
            "[\"“”]| changed | added | removed | left$| joined | created | deleted | turned | pinned | was added| is now ", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCRYPTION_NOTICE = Pattern.compile(
            "end-to-end encrypted|Ende-zu-Ende-verschlüsselt|cifrados de extremo a extremo|chiffrés de bout en bout|端到端加密"
                    + "|criptografia de ponta a ponta|crittografia end-to-end", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA_OMITTED = Pattern.compile(
            "^<(?:Media omitted|Medien ausgeschlossen|Multimedia omitido|Archivo omitido|Médias omis|Media weggelaten|Mídia oculta|媒体已忽略|省略されたメディア)>$");
    private static final Pattern FILE_ATTACHED = Pattern.compile("^(.+?\\.[A-Za-z0-9]{1,6}) \\(file attached\\)$");
    private static final Pattern ANY_ATTACHED = Pattern.compile("^(.+?\\.[A-Za-z0-9]{1,6}) \\([^()]{2,40}\\)$");
    private static final Pattern IOS_ATTACHED = Pattern.compile("^<(?:attached|adjunto|Anhang|pièce jointe|allegato|anexado|附件|附檔|添付ファイル)[:：] ?([^>]+)>$");
    private static final Pattern IOS_OMITTED = Pattern.compile(
            "^(?:.*?\\s)?(image|video|audio|sticker|GIF|document|Contact card) omitted$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETED = Pattern.compile("^(?:This message was deleted|You deleted this message)\\.?$");

    private ChatLines() {}

    /** An entry after its stamp, classified. {@code notice} entries have no sender. */
    record Entry(String sender, String text, boolean notice) {}

    static String stripLeadingMarks(String line) {
        return LEADING_MARKS.matcher(line).replaceFirst("");
    }

    static String withoutMarks(String text) {
        return MARKS.matcher(text).replaceAll("");
    }

    /** Splits "Name: text" and tells WhatsApp's notices apart. */
    static Entry entry(ChatFormat format, String rest) {
        Matcher m = SENDER.matcher(rest);
        if (!m.matches()) return new Entry("", withoutMarks(rest), true);
        String sender = sender(m.group(1));
        String text = m.group(2);
        if (sender.isEmpty()) return new Entry("", withoutMarks(rest), true);
        if (format == ChatFormat.ANDROID && NOTICE_VERBS.matcher(sender).find()) return new Entry("", withoutMarks(rest), true);
        String plain = withoutMarks(text);
        if (ENCRYPTION_NOTICE.matcher(plain).find() && plain.length() < 400) return new Entry("", plain, true);
        // iOS marks what WhatsApp wrote with U+200E: attachments and deletions are still the sender's, the rest is a notice.
        if (format == ChatFormat.IOS && text.startsWith("\u200E")) {
            String first = plain.lines().findFirst().orElse("").strip();
            boolean senders = IOS_ATTACHED.matcher(first).matches() || IOS_OMITTED.matcher(first).matches()
                    || DELETED.matcher(first).matches();
            if (!senders) return new Entry("", plain, true);
        }
        return new Entry(sender, plain, false);
    }

    /** "~ Hans" (iOS: not a contact) and phone numbers wrapped in direction isolates, cleaned. */
    static String sender(String raw) {
        String s = withoutMarks(raw).replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (s.startsWith("~")) s = s.substring(1).strip();
        return s;
    }

    /** The file the first line of a message names, if it names one. */
    static Optional<ChatMedia> media(String firstLine, Set<String> filesInExport) {
        String line = withoutMarks(firstLine).strip();
        if (MEDIA_OMITTED.matcher(line).matches()) return Optional.of(new ChatMedia("", "media"));
        Matcher ios = IOS_ATTACHED.matcher(line);
        if (ios.matches()) return Optional.of(new ChatMedia(ios.group(1).strip(), kindOf(ios.group(1))));
        Matcher omitted = IOS_OMITTED.matcher(line);
        if (omitted.matches()) return Optional.of(new ChatMedia("", omitted.group(1).toLowerCase(Locale.ROOT)));
        Matcher attached = FILE_ATTACHED.matcher(line);
        if (attached.matches()) return Optional.of(new ChatMedia(attached.group(1).strip(), kindOf(attached.group(1))));
        Matcher any = ANY_ATTACHED.matcher(line);
        if (any.matches() && filesInExport.contains(any.group(1).strip())) {
            return Optional.of(new ChatMedia(any.group(1).strip(), kindOf(any.group(1))));
        }
        if (filesInExport.contains(line)) return Optional.of(new ChatMedia(line, kindOf(line)));
        return Optional.empty();
    }

    /** From the names WhatsApp gives files: IMG-/PHOTO (image), VID-/VIDEO, AUD-/PTT-/AUDIO, STK-/STICKER; else by extension. */
    static String kindOf(String fileName) {
        String n = fileName.toUpperCase(Locale.ROOT);
        if (n.contains("PHOTO") || n.startsWith("IMG-") || n.matches(".*\\.(JPE?G|PNG|HEIC|GIF)$")) return "image";
        if (n.contains("VIDEO") || n.startsWith("VID-") || n.matches(".*\\.(MP4|MOV|3GP)$")) return "video";
        if (n.contains("AUDIO") || n.startsWith("AUD-") || n.startsWith("PTT-") || n.matches(".*\\.(OPUS|M4A|MP3|AAC|OGG)$")) return "audio";
        if (n.contains("STICKER") || n.startsWith("STK-") || n.endsWith(".WEBP")) return "sticker";
        return "document";
    }
}
