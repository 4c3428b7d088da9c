package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Set<String> MULTI_BYTE = Set.of("GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR");
    private static final List<String> CJK = List.of("GB18030:付款条件已确认", "Big5:付款條件已確認", "Shift_JIS:お支払い条件", "EUC-JP:お支払い条件",
            "EUC-KR:지불 조건 확인");

    /** ASCII prose with the CJK text cut to at most {@code highBytes} bytes of 0x80 and above. */
    private static byte[] asciiWith(String charsetAndText, int highBytes) {
        String[] parts = charsetAndText.split(":", 2);
        byte[] cjk = parts[1].getBytes(Charset.forName(parts[0]));
        int keep = 0;
        int high = 0;
        for (int i = 0; i < cjk.length; i++) {
            if (cjk[i] < 0 && ++high > highBytes) break;
            keep = i + 1;
        }
        byte[] head = "Dear Hans, the payment terms for order HD-2024-0117 stay as agreed last week: ".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + keep];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(cjk, 0, out, head.length, keep);
        return out;
    }

    @Test
    void tenHighBytesOrFewerNeverGiveIcuAMultiByteCharsetWorthOverruling() {
        for (String sample : CJK) {
            for (int high = 1; high <= TextDecoder.MAX_DOUBLE_BYTE_AT_LOW_CONFIDENCE; high++) {
                byte[] bytes = asciiWith(sample, high);
                assertFalse(TextDecoder.mayBeMultiByte(bytes), sample + " with " + high + " high bytes");
                CharsetDetector detector = new CharsetDetector();
                detector.setText(bytes);
                for (CharsetMatch match : detector.detectAll()) {
                    if (MULTI_BYTE.contains(match.getName())) {
                        assertTrue(match.getConfidence() < 50, sample + ": " + match.getName() + " " + match.getConfidence());
                    }
                }
                TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "iso-8859-15");
                assertEquals(CharsetNames.forLabel("iso-8859-15").orElseThrow(), decoded.charset());
                assertFalse(decoded.detected());
            }
        }
    }

    @Test
    void moreCjkTextUnderASingleByteLabelIsStillReadInItsOwnCharset() {
        String text = "付款条件：30%定金，70%见提单副本付款。交货期为收到定金后四十五天。请确认订单号码和包装要求。";
        byte[] bytes = text.getBytes(Charset.forName("GB18030"));
        assertTrue(TextDecoder.mayBeMultiByte(bytes));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "iso-8859-15");
        assertTrue(decoded.detected());
        assertEquals(text, decoded.text());
    }

    @Test
    void anEscapeMayStartIso2022Text() {
        assertTrue(TextDecoder.mayBeMultiByte("\u001b$B".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TextDecoder.mayBeMultiByte("Grüße aus München".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
