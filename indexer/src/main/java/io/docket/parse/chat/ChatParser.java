package io.docket.parse.chat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parse stage for chat exports: the text of a WhatsApp "Export chat" file in, {@link ChatTranscript}
 * out. Each entry starts with a time stamp; a line without one continues the entry above (multi-line
 * messages). The layout (Android or iOS) is the first stamp's; the date order is decided once for the
 * whole file by {@link DateOrderDetector}. Stateless and thread-safe.
 */
public final class ChatParser {
    /** Lines scanned for a first stamp: an export starts with one, a text file that does not is not an export. */
    static final int MAX_PREAMBLE_LINES = 20;

    /** The same, without media in the export to recognise lines by (a .txt on its own). */
    public ChatTranscript parse(String text, Optional<DateOrder> dateOrder) {
        return parse(text, dateOrder, Set.of());
    }

    /**
     * @param dateOrder       the order to read dates in, or empty to decide it from the file
     * @param filesInExport   names of the media files a zip export holds, so a media line in any language is recognised
     * @throws ChatFormatException when the text is no WhatsApp export, or its date order is ambiguous and not given
     */
    public ChatTranscript parse(String text, Optional<DateOrder> dateOrder, Set<String> filesInExport) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r\n|\n|\r", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;

        ChatFormat format = null;
        List<DateOrderDetector.Stamped> stamps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String line = ChatLines.stripLeadingMarks(lines[i]);
            if (format == null && i >= MAX_PREAMBLE_LINES) break;
            Optional<ChatStamp> stamp = ChatStamp.read(line, format);
            if (stamp.isEmpty()) continue;
            if (format == null) format = stamp.get().format();
            stamps.add(new DateOrderDetector.Stamped(i + 1, stamp.get()));
        }
        if (format == null) {
            throw new ChatFormatException("not a WhatsApp chat export: no line starts with a time stamp such as "
                    + "\"12/03/2024, 14:05 - Name:\" (Android) or \"[12/03/2024, 14:05:31] Name:\" (iOS)");
        }
        DateOrderDetector.Decision order = DateOrderDetector.decide(stamps, dateOrder);

        List<String> warnings = new ArrayList<>();
        List<ChatMessage> messages = new ArrayList<>();
        List<ChatNotice> notices = new ArrayList<>();
        Open open = null;
        int stampIndex = 0;
        int preamble = 0;
        for (int i = 0; i < count; i++) {
            int lineNumber = i + 1;
            if (stampIndex < stamps.size() && stamps.get(stampIndex).line() == lineNumber) {
                if (open != null) open.close(messages, notices, filesInExport);
                ChatStamp stamp = stamps.get(stampIndex++).stamp();
                LocalDateTime time = stamp.dateTime(order.order()).orElseThrow();
                ChatLines.Entry entry = ChatLines.entry(format, stamp.rest());
                open = new Open(lineNumber, time, entry);
                continue;
            }
            if (open == null) {
                if (!lines[i].isBlank()) preamble++;
                continue;
            }
            open.add(lineNumber, ChatLines.withoutMarks(lines[i]));
        }
        if (open != null) open.close(messages, notices, filesInExport);
        if (preamble > 0) warnings.add(preamble + " line(s) before the first time stamp were not read as messages");
        if (messages.isEmpty()) throw new ChatFormatException("the export holds no message, only " + notices.size() + " notice(s) of WhatsApp's own");
        return new ChatTranscript(format, order.order(), order.reason(), messages, notices, count, warnings);
    }

    /** The entry being read: its stamp line and the continuation lines below it. */
    private static final class Open {
        final int firstLine;
        final LocalDateTime time;
        final ChatLines.Entry entry;
        final StringBuilder text;
        int lastLine;

        Open(int line, LocalDateTime time, ChatLines.Entry entry) {
            this.firstLine = line;
            this.lastLine = line;
            this.time = time;
            this.entry = entry;
            this.text = new StringBuilder(entry.text());
        }

        void add(int line, String continuation) {
            text.append('\n').append(continuation);
            if (!continuation.isBlank()) lastLine = line;
        }

        void close(List<ChatMessage> messages, List<ChatNotice> notices, Set<String> files) {
            // A blank line can end an export or stand between entries: it belongs to no message.
            String written = text.toString().stripTrailing();
            if (entry.notice()) {
                notices.add(new ChatNotice(firstLine, time, written));
                return;
            }
            List<ChatMedia> media = new ArrayList<>();
            String firstTextLine = written.lines().findFirst().orElse("");
            ChatLines.media(firstTextLine, files).ifPresent(media::add);
            messages.add(new ChatMessage(messages.size(), firstLine, lastLine, time, entry.sender(), written, media));
        }
    }
}
