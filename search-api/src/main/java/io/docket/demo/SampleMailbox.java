package io.docket.demo;

import io.docket.config.CustomerConfig;
import io.docket.config.TradeConfig;
import io.docket.samples.trade.GeneratedMessage;
import io.docket.samples.trade.MailFolder;
import io.docket.samples.trade.TradeChats;
import io.docket.samples.trade.TradeMailboxGenerator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sample trade mailbox of samples/ as the demo serves it, and the configuration its company would write. */
public final class SampleMailbox {
    private SampleMailbox() {}

    /** What a docket.yml for the sample company would say: Huada Lighting in Shenzhen and its named customers. */
    public static TradeConfig trade() {
        return new TradeConfig(List.of("huada-lighting.com"), ZoneId.of("Asia/Shanghai"), List.of(
                // Hans and Petra as Lily's and Kevin's phones name them in the sample WhatsApp exports.
                new CustomerConfig("Müller GmbH", List.of("mueller-gmbh.de"), List.of(), List.of("Hans Müller", "Petra Schmidt"), List.of()),
                new CustomerConfig("Iberia Importaciones", List.of("iberia-importaciones.es"), List.of()),
                new CustomerConfig("Al Noor Trading", List.of("alnoor-trading.ae"), List.of()),
                new CustomerConfig("Tanaka Shoji", List.of("tanaka-shoji.co.jp"), List.of()),
                new CustomerConfig("Brightway Imports", List.of("brightway-imports.com"), List.of()),
                new CustomerConfig("Lumière Distribution", List.of("lumiere-distribution.fr"), List.of()),
                new CustomerConfig("Minghui Power (supplier)", List.of("minghui-power.cn"), List.of())), List.of());
    }

    /** The sample WhatsApp exports of order HD-2024-0117 (samples/chats), file name → bytes. */
    public static Map<String, byte[]> chats() {
        return TradeChats.generate();
    }

    /** The generated sample mailbox by IMAP folder, each in the generator's (time) order. */
    public static Map<String, List<byte[]>> folders() {
        Map<String, List<byte[]>> folders = new LinkedHashMap<>();
        for (GeneratedMessage message : new TradeMailboxGenerator().generate()) {
            String folder = message.folder() == MailFolder.SENT ? "Sent" : "INBOX";
            folders.computeIfAbsent(folder, f -> new ArrayList<>()).add(message.rfc822());
        }
        return folders;
    }
}
