package io.docket.samples.trade;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A person who sends or receives mail. The zone gives the offset of their Date headers (RFC 5322
 * section 3.3: each sender writes its own local time), the quote style how their client quotes.
 */
record Party(String name, String email, String company, ZoneId zone, QuoteStyle quoteStyle) {
    Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(quoteStyle, "quoteStyle");
        if (!email.contains("@")) {
            throw new IllegalArgumentException("not an address: " + email);
        }
    }

    String domain() {
        return email.substring(email.indexOf('@') + 1);
    }

    boolean isHuada() {
        return domain().equals(Cast.HUADA_DOMAIN);
    }
}
