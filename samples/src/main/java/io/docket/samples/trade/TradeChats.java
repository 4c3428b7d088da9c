package io.docket.samples.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The WhatsApp side of order HD-2024-0117 (samples/chats), as the two phones exported it:
 * <ul>
 *   <li>{@code WhatsApp Chat with Hans Müller.txt}: Lily Chen's Android phone, English (UK): day-first dates,
 *       24-hour clock, "&lt;Media omitted&gt;" (exported without media). On the night of 29 February Hans sums up
 *       his counter-proposal and Lily accepts price, CIF Hamburg and L/C at sight; her email of 1 March 11:20
 *       states the same terms: <b>confirmed</b>.</li>
 *   <li>{@code WhatsApp Chat - Petra Schmidt.zip}: Kevin Wang's iPhone, English (US): month-first dates,
 *       12-hour clock with U+202F before AM/PM, U+200E marks, {@code _chat.txt} with a photo and a PDF.
 *       On 10 April Petra (Müller's warehouse) asks to ship on 2024-04-12 and Kevin agrees; no email ever says
 *       so (the shipment advice of 16 April gives ETD 2024-04-18): <b>unconfirmed</b>.</li>
 * </ul>
 * Times are the phones' own (Shenzhen). Deterministic: the zip is STORED with fixed entry times.
 *
 * <pre>java io.docket.samples.trade.TradeChats samples/chats</pre>
 */
public final class TradeChats {
    public static final String ANDROID_FILE = "WhatsApp Chat with Hans Müller.txt";
    public static final String IOS_FILE = "WhatsApp Chat - Petra Schmidt.zip";
    public static final String PHOTO = "00000012-PHOTO-2024-04-10-15-12-31.jpg";
    public static final String REPORT = "00000014-Inspection_Report_HD-2024-0117.pdf";
    private static final String LRM = "\u200E";
    private static final String NNBSP = "\u202F";

    private TradeChats() {
    }

    /** File name → bytes, in a fixed order. */
    public static Map<String, byte[]> generate() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(ANDROID_FILE, lilyAndHans().getBytes(StandardCharsets.UTF_8));
        out.put(IOS_FILE, kevinAndPetraZip());
        return out;
    }

    static String lilyAndHans() {
        return String.join("\n",
                "29/02/2024, 23:52 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
                        + "can read or listen to them. Tap to learn more.",
                "29/02/2024, 23:52 - Hans Müller: Good evening Mrs. Chen, I just sent you our counter-proposal for Order No. HD-2024-0117 by mail.",
                "29/02/2024, 23:54 - Hans Müller: In short:",
                "6,000 pcs at USD 12.50/pc",
                "CIF Hamburg",
                "Payment by L/C at sight",
                "Can you agree?",
                "01/03/2024, 08:47 - Lily Chen: Good morning Mr. Müller, I have read it.",
                "01/03/2024, 08:49 - Lily Chen: OK, we can accept the price of USD 12.50/pc for 6,000 pcs CIF Hamburg.",
                "01/03/2024, 08:50 - Hans Müller: Wonderful! And the payment terms?",
                "01/03/2024, 08:55 - Lily Chen: Yes, payment by L/C at sight is fine for us.",
                "01/03/2024, 08:56 - Lily Chen: <Media omitted>",
                "01/03/2024, 08:57 - Lily Chen: The delivery time I must check with our driver supplier because of the Qingming holiday.",
                "I will confirm everything by email today.",
                "01/03/2024, 09:02 - Hans Müller: 👍",
                "") ;
    }

    static String kevinAndPetraText() {
        return String.join("\r\n",
                "[4/10/24, 2:58:07" + NNBSP + "PM] Petra Schmidt: " + LRM + "Messages and calls are end-to-end encrypted. No one outside of this chat, "
                        + "not even WhatsApp, can read or listen to them.",
                "[4/10/24, 2:58:07" + NNBSP + "PM] Petra Schmidt: Hello Mr. Wang, this is Petra Schmidt, incoming inspection at Müller GmbH. "
                        + "Hans Müller gave me your number.",
                "[4/10/24, 3:05:44" + NNBSP + "PM] Kevin Wang: Hello Ms. Schmidt, how can I help?",
                "[4/10/24, 3:09:12" + NNBSP + "PM] Petra Schmidt: Our warehouse in Hamburg is full from mid-May. Can you ship Order No. HD-2024-0117 earlier?",
                "Hans asks for ETD 2024-04-12.",
                LRM + "[4/10/24, 3:12:31" + NNBSP + "PM] Kevin Wang: " + LRM + "<attached: " + PHOTO + ">",
                "[4/10/24, 3:13:02" + NNBSP + "PM] Kevin Wang: Production is finished, see the photo. OK, we will ship on 2024-04-12.",
                LRM + "[4/10/24, 3:14:40" + NNBSP + "PM] Kevin Wang: " + LRM + "<attached: " + REPORT + ">",
                "[4/10/24, 3:15:10" + NNBSP + "PM] Petra Schmidt: Perfect, thank you!",
                "[4/15/24, 9:20:03" + NNBSP + "AM] Petra Schmidt: Mr. Wang, is the container loaded?",
                "[4/15/24, 9:41:17" + NNBSP + "AM] Kevin Wang: Not yet, Lily will send the shipment advice.",
                "");
    }

    static byte[] kevinAndPetraZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("_chat.txt", kevinAndPetraText().getBytes(StandardCharsets.UTF_8));
        entries.put(PHOTO, ProductPhoto.ledPanelJpeg());
        entries.put(REPORT, InspectionReportPdf.hd20240117());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                CRC32 crc = new CRC32();
                crc.update(e.getValue());
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(e.getValue().length);
                entry.setCompressedSize(e.getValue().length);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(LocalDateTime.of(2024, 4, 16, 10, 0, 0));
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : generate().entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/chats");
        write(dir);
        System.out.println("wrote " + List.copyOf(generate().keySet()) + " to " + dir);
    }
}
