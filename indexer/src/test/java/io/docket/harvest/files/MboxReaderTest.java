package io.docket.harvest.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxReaderTest {
    @Test
    void splitsOnFromLinesAfterBlankLinesAndKeepsEveryOtherByte() throws Exception {
        String mbox = "From a@example.com Mon Mar  4 10:00:00 2024\n"
                + "Subject: one\n\nbody one\n>From the escaped line stays as it is\nFrom here on, not a separator\n\n"
                + "From b@example.com Mon Mar  4 11:00:00 2024\r\n"
                + "Subject: two\r\n\r\nbody two\r\n";
        List<String> messages = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        MboxReader.read(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)), (bytes, offset) -> {
            messages.add(new String(bytes, StandardCharsets.UTF_8));
            offsets.add(offset);
        });
        assertEquals(List.of(
                "Subject: one\n\nbody one\n>From the escaped line stays as it is\nFrom here on, not a separator\n",
                "Subject: two\r\n\r\nbody two\r\n"), messages);
        assertEquals(0L, offsets.get(0));
        assertEquals((long) mbox.indexOf("From b@"), offsets.get(1));
    }

    @Test
    void aFileWithoutSeparatorIsOneMessage() throws Exception {
        byte[] eml = "Subject: alone\n\nhello\n".getBytes(StandardCharsets.UTF_8);
        List<byte[]> messages = new ArrayList<>();
        MboxReader.read(new ByteArrayInputStream(eml), (bytes, offset) -> messages.add(bytes));
        assertEquals(1, messages.size());
        assertArrayEquals(eml, messages.getFirst());
    }
}
