package io.docket.model;

import java.util.Locale;

/** A mailbox from an address header: display name (decoded, may be empty) and the bare address. */
public record Address(String name, String address) {
    public Address {
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
    }

    /** Lower-cased domain part, or empty when the address has none. */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** "Name <addr>" for display; just the address when there is no name, just the name when there is no address (a chat sender). */
    public String display() {
        if (address.isEmpty()) return name;
        return name.isEmpty() ? address : name + " <" + address + ">";
    }
}
