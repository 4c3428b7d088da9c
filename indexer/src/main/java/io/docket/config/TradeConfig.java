package io.docket.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * docket.yml's trade sections: the company's own domains and time zone ({@code company:}), named
 * customers ({@code customers:}) and extra order-number patterns ({@code orders.patterns}).
 *
 * @param companyDomains our own domains; everyone else is a customer. Empty means "the domains of the
 *                       harvested accounts" (see {@link DocketConfig#trade()})
 * @param companyZone    our time zone, for showing dates in our local time; null means "infer from the
 *                       Date headers of our own mail"
 */
public record TradeConfig(List<String> companyDomains, ZoneId companyZone, List<CustomerConfig> customers, List<String> orderPatterns) {
    public static final TradeConfig DEFAULTS = new TradeConfig(List.of(), null, List.of(), List.of());

    public TradeConfig {
        companyDomains = (companyDomains == null ? List.<String>of() : companyDomains).stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "")).filter(d -> !d.isEmpty()).toList();
        customers = List.copyOf(customers == null ? List.of() : customers);
        orderPatterns = List.copyOf(orderPatterns == null ? List.of() : orderPatterns);
        for (int i = 0; i < orderPatterns.size(); i++) {
            try {
                Pattern.compile(orderPatterns.get(i));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("orders.patterns[" + i + "]: not a valid regular expression ("
                        + e.getDescription() + ")");
            }
        }
    }

    public TradeConfig withCompanyDomains(List<String> domains) {
        return new TradeConfig(domains, companyZone, customers, orderPatterns);
    }
}
