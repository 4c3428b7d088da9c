package io.docket.evidence;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.docket.model.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * The canonical JSON form a hash-chained log entry is hashed over: fields in a fixed order, strings
 * JSON-escaped, no whitespace. The stored JSON may differ in layout; the hash never does.
 */
public final class CanonicalForm {
    private final StringBuilder out = new StringBuilder(256).append('{');

    public CanonicalForm number(String name, long value) {
        name(name).append(value);
        return this;
    }

    public CanonicalForm text(String name, String value) {
        name(name).append('"').append(JsonStringEncoder.getInstance().quoteAsString(value == null ? "" : value)).append('"');
        return this;
    }

    /** SHA-256 (hex) of the form so far. */
    public String sha256() {
        return Sha256.of((out + "}").getBytes(StandardCharsets.UTF_8)).hex();
    }

    private StringBuilder name(String name) {
        if (out.length() > 1) out.append(',');
        return out.append('"').append(name).append("\":");
    }
}
