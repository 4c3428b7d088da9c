package io.docket.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an IMAP connection is protected: implicit TLS (port 993), STARTTLS upgrade (RFC 3501 6.2.1), or none. */
public enum Security {
    SSL, STARTTLS, NONE;

    /** The spelling used in docket.yml. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The IANA port for this kind of connection (RFC 8314 for 993, RFC 3501 for 143). */
    public int defaultPort() {
        return this == SSL ? 993 : 143;
    }

    public static String choices() {
        return Arrays.stream(values()).map(Security::yamlName).collect(Collectors.joining(", "));
    }

    /** Parses the docket.yml spelling; the error names every accepted value. */
    public static Security parse(String text) {
        for (Security s : values()) {
            if (s.yamlName().equals(text)) return s;
        }
        throw new IllegalArgumentException("expected one of " + choices() + ", got \"" + text + "\"");
    }
}
