package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Labels as mail writes them: read as their supersets, and unknown ones stay unknown when asked again (from the cache). */
class CharsetNamesTest {
    @Test
    void readsLabelsAsTheirSupersets() {
        assertEquals(Optional.of(Charset.forName("GB18030")), CharsetNames.forLabel("\"GB2312\""));
        assertEquals(Optional.of(Charset.forName("windows-1252")), CharsetNames.forLabel(" ISO-8859-1 "));
        assertEquals(Optional.of(Charset.forName("UTF-8")), CharsetNames.forLabel("utf-8*en"));
    }

    @Test
    void unknownLabelsStayUnknownAndDoNotHideKnownOnes() {
        for (int i = 0; i < 2; i++) {
            assertTrue(CharsetNames.forLabel("unknown-8bit").isEmpty());
            assertTrue(CharsetNames.forLabel("x-no-such-charset-" + i).isEmpty());
            assertTrue(CharsetNames.forLabel("bad name with spaces").isEmpty());
            assertEquals(Optional.of(Charset.forName("Big5-HKSCS")), CharsetNames.forLabel("big5"));
        }
    }
}
