package io.docket.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.config.CustomerConfig;
import io.docket.config.TradeConfig;
import io.docket.model.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDirectoryTest {
    private final CustomerDirectory directory = new CustomerDirectory(new TradeConfig(List.of("huada-lighting.com"), null,
            List.of(new CustomerConfig("Müller GmbH", List.of("mueller-gmbh.de"), List.of()),
                    new CustomerConfig("Otieno Lighting", List.of(), List.of("otieno.lighting@gmail.com"))), List.of()));

    private String idOf(String address) {
        return directory.customerOf(new Address("", address)).map(CustomerDirectory.Customer::id).orElse("(ours)");
    }

    @Test
    void ourDomainsAndTheirSubdomainsAreTheCompany() {
        assertEquals("(ours)", idOf("lily.chen@huada-lighting.com"));
        assertEquals("(ours)", idOf("qc@sz.huada-lighting.com"));
    }

    @Test
    void namedCustomersByDomainOrAddressAndOthersByDomain() {
        assertEquals("muller-gmbh", idOf("hans.mueller@mueller-gmbh.de"));
        assertEquals("muller-gmbh", idOf("p.schmidt@lager.mueller-gmbh.de"));
        assertEquals("otieno-lighting", idOf("otieno.lighting@gmail.com"));
        assertEquals("brightway-imports.com", idOf("mike@brightway-imports.com"));
    }

    @Test
    void freeMailIsOneCustomerPerAddress() {
        assertEquals("someone@qq.com", idOf("Someone@QQ.com"));
        assertEquals("other@163.com", idOf("other@163.com"));
    }

    @Test
    void idsResolveBackToCustomers() {
        assertEquals("Müller GmbH", directory.byId("muller-gmbh").orElseThrow().name());
        assertTrue(directory.byId("brightway-imports.com").isPresent());
        assertTrue(directory.byId("someone@qq.com").isPresent());
        assertTrue(directory.byId("huada-lighting.com").isEmpty(), "our own domain is not a customer");
    }
}
