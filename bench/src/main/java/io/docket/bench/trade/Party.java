package io.docket.bench.trade;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One correspondent: a person at a company, writing in one language from one time zone.
 *
 * @param latinCompany the company as a PDF's standard font can draw it (Latin-1)
 * @param port         the customer's port of destination (CIF/DAP terms); ours for our staff
 */
record Party(String name, String email, String company, String latinCompany, Lang lang, ZoneId zone, String port,
             String signature) {
    Party {
        Objects.requireNonNull(name, "name");
        if (!email.contains("@")) throw new IllegalArgumentException("not an address: " + email);
    }

    String domain() {
        return email.substring(email.indexOf('@') + 1);
    }
}
