package io.docket.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsBytesAsLowerCaseHex() {
        Sha256 sha = Sha256.of("abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ABC, sha.hex());
        assertArrayEquals(java.util.HexFormat.of().parseHex(ABC), sha.bytes());
        assertEquals(sha, new Sha256(ABC));
    }

    @Test
    void rejectsAnythingButSixtyFourLowerCaseHexDigits() {
        for (String bad : new String[]{null, "", ABC.substring(1), ABC + "0", ABC.toUpperCase(), ABC.replace('a', 'g'),
                ABC.substring(0, 63) + " ", ABC.substring(0, 63) + "/", ABC.substring(0, 63) + ":", ABC.substring(0, 63) + "`"}) {
            assertThrows(IllegalArgumentException.class, () -> new Sha256(bad), String.valueOf(bad));
        }
    }
}
