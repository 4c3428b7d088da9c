package io.docket.model;

/** One header field, its value decoded to Unicode (RFC 2047 words and 8-bit bytes resolved). */
public record Header(String name, String value) {
    public Header {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
    }
}
