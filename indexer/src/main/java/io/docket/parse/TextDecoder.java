package io.docket.parse;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes text bytes under the charset a message declares, and detects the charset when the label is
 * missing or wrong. A label is wrong when its decoder rejects the bytes, when it promises US-ASCII
 * (RFC 2046 section 4.1.2 default) but 8-bit bytes appear, or when it names a single-byte charset,
 * which accepts any bytes, while the bytes are plainly UTF-8 or a CJK multi-byte charset.
 */
final class TextDecoder {
    /** ICU confidence (0-100) needed to overrule a single-byte label with a multi-byte charset. */
    private static final int OVERRULE_CONFIDENCE = 50;
    /** ICU's {@code CharsetRecog_mbcs}: ten double-byte characters or fewer ("doubleByteCharCount <= 10") score 10 at most. */
    static final int MAX_DOUBLE_BYTE_AT_LOW_CONFIDENCE = 10;
    private static final Set<String> MULTI_BYTE = Set.of(
            "GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "ISO-2022-JP", "ISO-2022-CN", "ISO-2022-KR");

    /** Text and the charset that produced it; {@code detected} when that is not what the label said. */
    record Decoded(String text, Charset charset, boolean detected) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String label) {
        Optional<Charset> declared = CharsetNames.forLabel(label);
        boolean eightBit = hasEightBit(bytes);
        if (declared.isEmpty() || (eightBit && CharsetNames.isAscii(label))) {
            if (!eightBit && !hasEscape(bytes)) return new Decoded(new String(bytes, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII, false);
            return detect(bytes, StandardCharsets.UTF_8);
        }
        Charset charset = declared.get();
        Optional<String> strict = strict(bytes, charset);
        if (strict.isEmpty()) return detect(bytes, charset);
        if (eightBit && isSingleByte(charset)) {
            Optional<Charset> better = multiByteEvidence(bytes);
            if (better.isPresent()) return new Decoded(strict(bytes, better.get()).orElseThrow(), better.get(), true);
        }
        return new Decoded(strict.get(), charset, false);
    }

    /** The bytes decoded as UTF-8 when they are valid UTF-8 (RFC 3629), else empty. */
    static Optional<String> utf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8);
    }

    /** Guesses the charset: UTF-8 when valid, else ICU's best match that decodes cleanly. */
    static Decoded detect(byte[] bytes, Charset fallback) {
        Optional<String> utf8 = utf8(bytes);
        if (utf8.isPresent()) return new Decoded(utf8.get(), StandardCharsets.UTF_8, true);
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Optional<Charset> charset = CharsetNames.forLabel(match.getName());
            if (charset.isEmpty()) continue;
            Optional<String> text = strict(bytes, charset.get());
            if (text.isPresent()) return new Decoded(text.get(), charset.get(), true);
        }
        return new Decoded(new String(bytes, fallback), fallback, true);
    }

    static boolean hasEightBit(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return true;
        }
        return false;
    }

    /** ESC starts ISO-2022 shift sequences (RFC 1468): 7-bit bytes that are not ASCII text. */
    private static boolean hasEscape(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0x1b) return true;
        }
        return false;
    }

    private static Optional<Charset> multiByteEvidence(byte[] bytes) {
        if (utf8(bytes).isPresent()) return Optional.of(StandardCharsets.UTF_8);
        if (!mayBeMultiByte(bytes)) return Optional.empty();
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch best = detector.detect();
        if (best == null || best.getConfidence() < OVERRULE_CONFIDENCE || !MULTI_BYTE.contains(best.getName())) {
            return Optional.empty();
        }
        return CharsetNames.forLabel(best.getName()).filter(charset -> strict(bytes, charset).isPresent());
    }

    /**
     * Whether ICU could rank a multi-byte charset first with {@link #OVERRULE_CONFIDENCE} or more. Its recognisers
     * for the double-byte charsets give at most 10 to text of ten double-byte characters or fewer, and each such
     * character has a lead byte of 0x80 or above; its ISO-2022 recognisers give 0 without an ESC. Latin-1 mail
     * with a few accents or no-break spaces is most of what reaches here, and ICU ran all its recognisers over
     * every byte of it (2% of ingest CPU at 100k) to find what this count decides.
     */
    static boolean mayBeMultiByte(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            if (b < 0 && ++high > MAX_DOUBLE_BYTE_AT_LOW_CONFIDENCE) return true;
        }
        return hasEscape(bytes);
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
