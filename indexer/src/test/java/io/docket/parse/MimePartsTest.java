package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MimePartsTest {
    @Test
    void theBase64AlphabetIsWhatTheRegularExpressionKept() {
        Random random = new Random(20261206);
        String noise = "ABCXYZabcxyz0189+/=\r\n \t-_.:!\u00e9";
        for (int round = 0; round < 3_000; round++) {
            byte[] text = new byte[random.nextInt(300)];
            for (int i = 0; i < text.length; i++) {
                text[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : (byte) noise.charAt(random.nextInt(noise.length()));
            }
            String kept = new String(text, StandardCharsets.US_ASCII).replaceAll("[^A-Za-z0-9+/]", "");
            assertArrayEquals(kept.getBytes(StandardCharsets.US_ASCII), MimeParts.base64Alphabet(text));
        }
    }
}
