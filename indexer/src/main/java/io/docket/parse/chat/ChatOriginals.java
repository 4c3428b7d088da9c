package io.docket.parse.chat;

import io.docket.extract.TextExtractor;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatLimits;
import io.docket.model.ChatRef;
import io.docket.model.ParsedMessage;
import io.docket.model.Sha256;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads an archived chat message again from its export, exactly as it was read at import: the export's
 * bytes from the store, parsed with the date order and zone its {@link ChatRef} recorded, the message
 * picked by position and checked against its line range. Re-indexing every message of a long chat
 * parses its export once, not once per message: a few recent exports are kept parsed. Thread-safe.
 */
public final class ChatOriginals {
    /** Exports kept parsed; only small ones, so a cache never holds more than a few megabytes. */
    private static final int CACHED_EXPORTS = 8;
    private static final int CACHED_MAX_BYTES = 16 * 1024 * 1024;

    /** One message read back, with the export and transcript it came from. */
    public record Read(ChatExport export, ChatTranscript transcript, ChatMessage message, ParsedMessage parsed) {}

    private record Parsed(ChatExport export, ChatTranscript transcript) {}

    private final ChatParser parser = new ChatParser();
    private final ChatDocuments documents;
    private final ChatLimits limits;
    private final Map<String, Parsed> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > CACHED_EXPORTS;
        }
    };

    public ChatOriginals(TextExtractor extractor, ChatLimits limits) {
        this.documents = new ChatDocuments(extractor);
        this.limits = limits;
    }

    public ChatDocuments documents() {
        return documents;
    }

    /**
     * The message at {@code ref}, or empty when the export no longer yields it (it cannot: originals never change).
     *
     * @param exportBytes loads the export from the store, asked only when it is not parsed already
     */
    public Optional<Read> read(Sha256 export, ChatRef ref, Supplier<Optional<byte[]>> exportBytes) {
        Optional<Parsed> parsed = parse(export, ref, exportBytes);
        if (parsed.isEmpty()) return Optional.empty();
        ChatTranscript transcript = parsed.get().transcript();
        if (ref.index() >= transcript.messages().size()) return Optional.empty();
        ChatMessage message = transcript.messages().get(ref.index());
        if (message.firstLine() != ref.firstLine()) return Optional.empty();
        ZoneId zone = ZoneId.of(ref.zone());
        return Optional.of(new Read(parsed.get().export(), transcript, message,
                documents.parsed(parsed.get().export(), transcript, message, zone)));
    }

    /** The bytes of the message's attachment {@code index} (in the order {@link ChatDocuments} numbers them). */
    public Optional<byte[]> attachmentBytes(Sha256 export, ChatRef ref, Supplier<Optional<byte[]>> exportBytes, int index) {
        return parse(export, ref, exportBytes).flatMap(p -> {
            if (ref.index() >= p.transcript().messages().size() || index < 0) return Optional.empty();
            int n = 0;
            for (ChatMedia media : p.transcript().messages().get(ref.index()).media()) {
                if (media.omitted()) continue;
                Optional<byte[]> bytes = p.export().mediaBytes(media.fileName());
                if (bytes.isEmpty()) continue;
                if (n++ == index) return bytes;
            }
            return Optional.empty();
        });
    }

    /** The lines of the message as the export writes them, for a reader to compare with the original. */
    public Optional<String> lines(Sha256 export, ChatRef ref, Supplier<Optional<byte[]>> exportBytes) {
        return parse(export, ref, exportBytes).map(p -> {
            String[] all = p.export().text().replaceFirst("^\uFEFF", "").split("\r\n|\n|\r", -1);
            StringBuilder out = new StringBuilder();
            for (int line = ref.firstLine(); line <= ref.lastLine() && line <= all.length; line++) {
                out.append(all[line - 1]).append('\n');
            }
            return out.toString();
        });
    }

    private Optional<Parsed> parse(Sha256 sha, ChatRef ref, Supplier<Optional<byte[]>> load) {
        String key = sha.hex() + "|" + ref.dateOrder() + "|" + ref.file();
        synchronized (cache) {
            Parsed hit = cache.get(key);
            if (hit != null) return Optional.of(hit);
        }
        Optional<byte[]> loaded = load.get();
        if (loaded.isEmpty()) return Optional.empty();
        byte[] exportBytes = loaded.get();
        try {
            ChatExport export = ChatExport.of(ref.file(), exportBytes, limits);
            ChatTranscript transcript = parser.parse(export.text(), Optional.of(DateOrder.parse(ref.dateOrder())),
                    new HashSet<>(export.media()));
            Parsed parsed = new Parsed(export, transcript);
            if (exportBytes.length <= CACHED_MAX_BYTES) {
                synchronized (cache) {
                    cache.put(key, parsed);
                }
            }
            return Optional.of(parsed);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
