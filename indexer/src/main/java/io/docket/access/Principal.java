package io.docket.access;

import java.util.Set;

/**
 * Who is asking: a signed-in user or a machine client holding an API token, with the role and the
 * customers that decide what it may see.
 */
public record Principal(String name, Kind kind, Role role, Set<String> customers) {
    public enum Kind { USER, TOKEN }

    public Principal {
        customers = Set.copyOf(customers == null ? Set.of() : customers);
    }

    public Scope scope() {
        return role.seesEverything() ? Scope.ALL : Scope.customers(customers);
    }

    /** How the audit log names the principal: tokens are marked so they are not mistaken for people. */
    public String auditName() {
        return kind == Kind.TOKEN ? "token:" + name : name;
    }
}
