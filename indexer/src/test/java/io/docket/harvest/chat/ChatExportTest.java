package io.docket.harvest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.model.Sha256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reading export files: the sample .txt and .zip, and files that are not exports. */
class ChatExportTest {
    static final Path CHATS = Path.of(System.getProperty("docket.root", "..")).resolve("samples/chats");

    @Test
    void androidTextExportIsKeptByteForByte() throws Exception {
        Path file = CHATS.resolve("WhatsApp Chat with Hans Müller.txt");
        ChatExport export = ChatExport.read(file, ChatLimits.DEFAULTS);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(Sha256.of(bytes), export.sha256());
        assertEquals("Hans Müller", export.title());
        assertFalse(export.zip());
        assertEquals("text/plain; charset=utf-8", export.contentType());
        assertTrue(export.text().startsWith("29/02/2024, 23:52 - Messages and calls"));
        assertEquals(List.of(), export.media());
    }

    @Test
    void iosZipExportHasItsChatTextAndMedia() throws Exception {
        ChatExport export = ChatExport.read(CHATS.resolve("WhatsApp Chat - Petra Schmidt.zip"), ChatLimits.DEFAULTS);
        assertTrue(export.zip());
        assertEquals("_chat.txt", export.textEntry());
        assertEquals("Petra Schmidt", export.title());
        assertEquals(List.of("00000012-PHOTO-2024-04-10-15-12-31.jpg", "00000014-Inspection_Report_HD-2024-0117.pdf"), export.media());
        byte[] pdf = export.mediaBytes("00000014-Inspection_Report_HD-2024-0117.pdf").orElseThrow();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(export.mediaBytes("missing.jpg").isEmpty());
    }

    @Test
    void titlesFollowWhatsAppsFileNames() {
        assertEquals("Hans Müller", ChatTitles.of("WhatsApp Chat with Hans Müller.txt"));
        assertEquals("Hans Müller", ChatTitles.of("/tmp/x/WhatsApp Chat with Hans Müller (1).txt"));
        assertEquals("Petra Schmidt", ChatTitles.of("WhatsApp Chat - Petra Schmidt.zip"));
        assertEquals("Müller GmbH HD-2024-0117", ChatTitles.of("WhatsApp-Chat mit Müller GmbH HD-2024-0117.zip"));
        assertEquals("export-march", ChatTitles.of("export-march.txt"));
        assertTrue(ChatTitles.namesCounterpart("WhatsApp Chat with Hans Müller.txt"));
        assertFalse(ChatTitles.namesCounterpart("export-march.txt"));
    }

    @Test
    void filesThatAreNoExportsAreRefusedWithTheirReason() throws Exception {
        assertEquals("notes.zip is not a zip file",
                assertThrows(ChatExportException.class, () -> ChatExport.of("notes.zip", "hello".getBytes(StandardCharsets.UTF_8), ChatLimits.DEFAULTS)).getMessage());
        assertEquals("photo.txt is not a text file (it holds binary data)",
                assertThrows(ChatExportException.class, () -> ChatExport.of("photo.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1}, ChatLimits.DEFAULTS)).getMessage());
        assertEquals("empty.txt is empty", assertThrows(ChatExportException.class,
                () -> ChatExport.of("empty.txt", new byte[0], ChatLimits.DEFAULTS)).getMessage());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("photo.jpg"));
            out.write(new byte[] {1, 2, 3});
        }
        assertTrue(assertThrows(ChatExportException.class, () -> ChatExport.of("media.zip", zip.toByteArray(), ChatLimits.DEFAULTS))
                .getMessage().startsWith("media.zip holds no chat text"));
        ChatLimits tiny = new ChatLimits(10, 10, 10, 10);
        assertEquals("big.txt is 11 bytes; a chat export may be at most 10 bytes", assertThrows(ChatExportException.class,
                () -> ChatExport.of("big.txt", "01234567890".getBytes(StandardCharsets.UTF_8), tiny)).getMessage());
    }

    @Test
    void aCompressionBombIsNotInflated() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("_chat.txt"));
            out.write(new byte[5_000_000]);
        }
        ChatLimits limits = new ChatLimits(ChatLimits.DEFAULT_MAX_EXPORT_BYTES, 1_000_000, 1_000_000, 100);
        assertEquals("bomb.zip: _chat.txt is larger than 1000000 bytes",
                assertThrows(ChatExportException.class, () -> ChatExport.of("bomb.zip", zip.toByteArray(), limits)).getMessage());
    }

    @Test
    void limitsDefaultsArePinned() {
        assertEquals(256L * 1024 * 1024, ChatLimits.DEFAULTS.maxExportBytes());
        assertEquals(64L * 1024 * 1024, ChatLimits.DEFAULTS.maxTextBytes());
        assertEquals(50L * 1024 * 1024, ChatLimits.DEFAULTS.maxMediaBytes());
        assertEquals(20_000, ChatLimits.DEFAULTS.maxEntries());
        assertEquals("maxEntries must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new ChatLimits(1, 1, 1, 0)).getMessage());
    }
}
