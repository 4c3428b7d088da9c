package io.docket.access;

import io.docket.model.MessageRecord;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which messages a principal may see: all of them, or those involving at least one of a set of
 * customers (by customer id). Applied inside searches and aggregations, so counts and facets never
 * include a message the principal could not open.
 */
public record Scope(boolean all, Set<String> customers) {
    public static final Scope ALL = new Scope(true, Set.of());

    public Scope {
        customers = all ? Set.of() : Set.copyOf(new TreeSet<>(customers == null ? Set.of() : customers));
    }

    public static Scope customers(Set<String> customerIds) {
        return new Scope(false, customerIds);
    }

    public boolean allows(MessageRecord record) {
        if (all) return true;
        for (String c : record.trade().customers()) if (customers.contains(c)) return true;
        return false;
    }

    public boolean allowsCustomer(String customerId) {
        return all || customers.contains(customerId);
    }
}
