package io.docket.config;

import java.util.List;
import java.util.Locale;

/**
 * A customer named in docket.yml: its display name and the domains and single addresses (for free-mail
 * correspondents) that belong to it. Customers not named here are named after their domain.
 */
public record CustomerConfig(String name, List<String> domains, List<String> addresses) {
    public CustomerConfig {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: must not be empty");
        name = name.strip();
        domains = lower(domains);
        addresses = lower(addresses);
        if (domains.isEmpty() && addresses.isEmpty()) {
            throw new IllegalArgumentException("domains: a customer needs at least one domain or address");
        }
    }

    private static List<String> lower(List<String> values) {
        return (values == null ? List.<String>of() : values).stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "")).filter(v -> !v.isEmpty()).toList();
    }
}
