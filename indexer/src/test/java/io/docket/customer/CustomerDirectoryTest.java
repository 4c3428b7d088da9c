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

    @Test
    void chatSendersByNameWithoutCaseOrAccentsAndByPhoneDigits() {
        CustomerDirectory chats = new CustomerDirectory(new TradeConfig(List.of("huada-lighting.com"), null, List.of(
                new CustomerConfig("Müller GmbH", List.of("mueller-gmbh.de"), List.of(), List.of("Hans Müller"), List.of("+49 40 3098 7654"))),
                List.of()));
        assertEquals("muller-gmbh", chats.customerOfChatSender("hans  MULLER").orElseThrow().id());
        assertEquals("muller-gmbh", chats.customerOfChatSender("+49 40 3098-7654").orElseThrow().id());
        assertEquals("muller-gmbh", chats.customerOfChatSender("0049 40 30987654").orElseThrow().id());
        assertTrue(chats.customerOfChatSender("Lily Chen").isEmpty());
        assertTrue(chats.customerOfChatSender("+86 138 2345 6789").isEmpty());
        assertEquals("muller-gmbh", chats.find("Müller GmbH").orElseThrow().id());
        assertEquals("muller-gmbh", chats.find("muller-gmbh").orElseThrow().id());
        assertEquals("brightway-imports.com", chats.find("brightway-imports.com").orElseThrow().id());
        assertTrue(chats.find("Nobody Ltd").isEmpty());
    }

    @Test
    void aChatsCounterpartIsTheChatsCustomerAndEveryoneElseIsOurs() {
        CustomerDirectory chats = new CustomerDirectory(new TradeConfig(List.of("huada-lighting.com"), null, List.of(
                new CustomerConfig("Müller GmbH", List.of("mueller-gmbh.de"), List.of(), List.of("Petra Schmidt"), List.of())), List.of()));
        ChatParties given = ChatParties.of(chats, List.of("Hans", "Lily Chen", "Petra Schmidt"), "Hans", chats.find("Müller GmbH"));
        assertEquals(List.of("muller-gmbh"), given.customers());
        assertEquals("muller-gmbh", given.customerOf("Hans"), "the counterpart the export is named after");
        assertEquals("muller-gmbh", given.customerOf("Petra Schmidt"), "listed under chatNames");
        assertEquals("", given.customerOf("Lily Chen"));
        ChatParties unknown = ChatParties.of(chats, List.of("Hans", "Lily Chen"), "Hans", java.util.Optional.empty());
        assertEquals(List.of(), unknown.customers(), "nobody says who Hans is");
    }
}
