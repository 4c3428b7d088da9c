package io.docket.harvest.chat;

import io.docket.model.Sha256;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * One WhatsApp export as the harvest stage reads it: the file's exact bytes (the original the archive
 * keeps, by SHA-256), the chat text, and for a zip the names of the media files beside the text. The
 * text is WhatsApp's own UTF-8; a zip holds it as {@code _chat.txt} (iOS) or {@code WhatsApp Chat with
 * X.txt} (Android). Media bytes are read from the zip only when asked for, one file at a time.
 *
 * @param fileName  the export's file name as given (names the chat)
 * @param textEntry the zip entry the text came from, or "" for a .txt export
 * @param media     file names of the zip's other entries, in zip order
 */
public record ChatExport(String fileName, byte[] bytes, Sha256 sha256, String textEntry, String text, List<String> media,
                         List<String> warnings, ChatLimits limits) {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int BINARY_PROBE = 8 * 1024;

    public ChatExport {
        media = List.copyOf(media);
        warnings = List.copyOf(warnings);
    }

    public boolean zip() {
        return !textEntry.isEmpty();
    }

    /** The chat's name from the file name ({@link ChatTitles}). */
    public String title() {
        return ChatTitles.of(fileName);
    }

    public String contentType() {
        return zip() ? "application/zip" : "text/plain; charset=utf-8";
    }

    public static ChatExport read(Path file, ChatLimits limits) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxExportBytes()) throw tooLarge(file.getFileName().toString(), size, limits);
        return of(file.getFileName().toString(), Files.readAllBytes(file), limits);
    }

    /**
     * @throws ChatExportException when the bytes are neither a UTF-8 text nor a zip holding one
     */
    public static ChatExport of(String fileName, byte[] bytes, ChatLimits limits) {
        String name = fileName == null || fileName.isBlank() ? "chat.txt" : fileName.strip();
        if (bytes.length == 0) throw new ChatExportException(name + " is empty");
        if (bytes.length > limits.maxExportBytes()) throw tooLarge(name, bytes.length, limits);
        if (startsWith(bytes, ZIP_MAGIC)) return fromZip(name, bytes, limits);
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) throw new ChatExportException(name + " is not a zip file");
        List<String> warnings = new ArrayList<>();
        return new ChatExport(name, bytes, Sha256.of(bytes), "", text(name, bytes, warnings), List.of(), warnings, limits);
    }

    /** The bytes of one media file of a zip export, or empty when it is not there (or larger than the limit). */
    public Optional<byte[]> mediaBytes(String name) {
        if (!zip() || name == null || name.isEmpty()) return Optional.empty();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !baseName(e.getName()).equals(name)) continue;
                return Optional.ofNullable(readAtMost(in, limits.maxMediaBytes()));
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static ChatExport fromZip(String name, byte[] bytes, ChatLimits limits) {
        List<String> media = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String textEntry = null;
        byte[] text = null;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new ChatExportException(name + " holds more than " + limits.maxEntries() + " files; not read");
                }
                if (e.isDirectory()) continue;
                String base = baseName(e.getName());
                if (base.startsWith(".") || e.getName().startsWith("__MACOSX/")) continue;
                if (isChatText(base) && (textEntry == null || preferred(base, textEntry))) {
                    byte[] read = readAtMost(in, limits.maxTextBytes());
                    if (read == null) throw new ChatExportException(name + ": " + e.getName() + " is larger than " + limits.maxTextBytes() + " bytes");
                    if (textEntry != null) media.add(baseName(textEntry));
                    textEntry = e.getName();
                    text = read;
                } else {
                    media.add(base);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new ChatExportException(name + " is not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ChatExportException(name + " could not be read as a zip file (" + e.getMessage() + ")");
        }
        if (textEntry == null) {
            throw new ChatExportException(name + " holds no chat text (_chat.txt or \"WhatsApp Chat with ….txt\"): not a WhatsApp export");
        }
        return new ChatExport(name, bytes, Sha256.of(bytes), textEntry, text(name + ":" + textEntry, text, warnings), media, warnings, limits);
    }

    /** iOS writes _chat.txt; Android the chat's own name. Any other .txt is taken only when there is no better. */
    private static boolean isChatText(String base) {
        return base.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean preferred(String candidate, String current) {
        return rank(candidate) > rank(baseName(current));
    }

    private static int rank(String base) {
        if (base.equals("_chat.txt")) return 2;
        return base.startsWith("WhatsApp") ? 1 : 0;
    }

    /** UTF-8 as WhatsApp writes it; a file with NUL bytes is binary, and broken UTF-8 is read with U+FFFD and a warning. */
    private static String text(String name, byte[] bytes, List<String> warnings) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) throw new ChatExportException(name + " is not a text file (it holds binary data)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("the chat text is not valid UTF-8; unreadable bytes were replaced by U+FFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Reads the current entry, or returns null when it is larger than {@code max} (nothing more is read). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) return null;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String baseName(String entry) {
        String n = entry.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    private static ChatExportException tooLarge(String name, long size, ChatLimits limits) {
        return new ChatExportException(name + " is " + size + " bytes; a chat export may be at most " + limits.maxExportBytes() + " bytes");
    }
}
