package io.docket.samples.trade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed chat exports are the generator's, byte for byte, and the generator is deterministic. */
class TradeChatsTest {
    @Test
    void committedExportsEqualFreshGeneration() throws IOException {
        Path dir = Path.of(System.getProperty("docket.root", ".."), "samples", "chats");
        Map<String, byte[]> fresh = TradeChats.generate();
        assertEquals(2, fresh.size());
        for (Map.Entry<String, byte[]> e : fresh.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey())),
                    e.getKey() + " differs from the generator; rerun TradeChats, do not edit by hand");
        }
    }

    @Test
    void twoRunsGiveIdenticalBytes() {
        Map<String, byte[]> a = TradeChats.generate();
        Map<String, byte[]> b = TradeChats.generate();
        for (String name : a.keySet()) assertArrayEquals(a.get(name), b.get(name), name);
    }
}
