package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Without its lock the stream must still read, skip and count exactly as {@link ByteArrayInputStream} does. */
class UnsynchronizedBytesTest {
    @Test
    void readsSkipsAndCountsAsTheSynchronizedStream() {
        Random random = new Random(20261207);
        for (int t = 0; t < 200; t++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            ByteArrayInputStream expected = new ByteArrayInputStream(bytes);
            UnsynchronizedBytes actual = new UnsynchronizedBytes(bytes);
            for (int op = 0; op < 120; op++) {
                switch (random.nextInt(4)) {
                    case 0 -> assertEquals(expected.read(), actual.read());
                    case 1 -> {
                        int offset = random.nextInt(8);
                        int length = random.nextInt(40);
                        byte[] a = new byte[offset + length + random.nextInt(3)];
                        byte[] b = a.clone();
                        assertEquals(expected.read(a, offset, length), actual.read(b, offset, length));
                        assertArrayEquals(a, b);
                    }
                    case 2 -> {
                        long n = random.nextInt(60) - 10;
                        assertEquals(expected.skip(n), actual.skip(n));
                    }
                    default -> assertEquals(expected.available(), actual.available());
                }
            }
        }
    }
}
