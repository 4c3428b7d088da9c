package io.docket.bench.trade;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One order before its mail is written: whose it is, its numbers and the terms of the first offer.
 *
 * @param number   our order number, "HD-2025-00123" (a document code the extractor reads without label)
 * @param pi       the proforma invoice number, "PI-2025-00123"
 * @param po       the customer's own purchase order number, or null when it uses ours
 * @param previous an earlier order of the same customer that the inquiry refers to, or null
 */
record OrderPlan(int serial, Cast.Customer customer, String number, String pi, String po, String[] product, Terms offer,
                 ZonedDateTime start, OrderPlan previous) {
    /** Our number without separators, as Chinese customers write it ("HD202500123"). */
    String compact() {
        return number.replace("-", "");
    }

    /** The order's numbers by folded key, each with every spelling the generator writes. */
    Map<String, List<String>> spellings() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(compact(), List.of(number, compact()));
        out.put(pi.replace("-", ""), List.of(pi));
        if (po != null) out.put(po, List.of(po));
        return out;
    }

    Party buyer() {
        return customer.buyer();
    }

    /** Our person for this customer: Lily in English, Zhao Min for Chinese-speaking customers. */
    Party seller() {
        return buyer().lang() == Lang.ZH ? Cast.ZHAO : Cast.LILY;
    }

    /** The customer's reference on its inquiry, "HL/0123/25": unique, and no order number. */
    String inquiryRef() {
        String initials = buyer().domain().substring(0, 2).toUpperCase(java.util.Locale.ROOT);
        return String.format(java.util.Locale.ROOT, "%s/%05d/%02d", initials, serial, start.getYear() % 100);
    }
}
