package io.docket.config;

import java.util.List;
import java.util.Locale;

/**
 * A customer named in docket.yml: its display name and the domains and single addresses (for free-mail
 * correspondents) that belong to it, and the names and phone numbers its people have in chat exports
 * (WhatsApp names a sender as the exporting phone saved them, or by number). Customers not named here
 * are named after their domain.
 *
 * @param chatNames sender names in chat exports ("Hans Müller"), compared without case, accents or extra spaces
 * @param phones    phone numbers in international form ("+49 40 3098 7654"), compared by their digits
 */
public record CustomerConfig(String name, List<String> domains, List<String> addresses, List<String> chatNames, List<String> phones) {
    public CustomerConfig {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name: must not be empty");
        name = name.strip();
        domains = lower(domains);
        addresses = lower(addresses);
        chatNames = (chatNames == null ? List.<String>of() : chatNames).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        phones = (phones == null ? List.<String>of() : phones).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        for (String phone : phones) {
            if (!phone.matches("\\+?[0-9 ()./-]{5,30}") || phone.chars().filter(Character::isDigit).count() < 5) {
                throw new IllegalArgumentException("phones: \"" + phone + "\" is not a phone number (write it as +49 40 3098 7654)");
            }
        }
        if (domains.isEmpty() && addresses.isEmpty() && chatNames.isEmpty() && phones.isEmpty()) {
            throw new IllegalArgumentException("domains: a customer needs at least one domain, address, chat name or phone");
        }
    }

    /** A customer known by mail only. */
    public CustomerConfig(String name, List<String> domains, List<String> addresses) {
        this(name, domains, addresses, List.of(), List.of());
    }

    private static List<String> lower(List<String> values) {
        return (values == null ? List.<String>of() : values).stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "")).filter(v -> !v.isEmpty()).toList();
    }
}
