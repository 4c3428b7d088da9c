package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.config.TradeConfig;
import io.docket.customer.CustomerDirectory;
import io.docket.model.Address;
import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import io.docket.model.TradeFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeAnalyzerTest {
    private final TradeAnalyzer analyzer = new TradeAnalyzer(OrderPatterns.DEFAULTS,
            new CustomerDirectory(new TradeConfig(List.of("huada-lighting.com"), null, List.of(), List.of())));

    private static ParsedMessage message(Address from, List<Address> to, String subject, String body, List<Attachment> attachments) {
        return new ParsedMessage("m@x", List.of(), List.of(), from, to, List.of(), List.of(), subject, null, body, "", attachments,
                List.of(), "en", List.of());
    }

    @Test
    void ordersFromEveryPlaceClausesOnlyFromOwnTextAndCustomers() {
        Attachment pdf = new Attachment(0, "Order#4500123456_Sample.jpg", "image/jpeg", 10, null, "1", "");
        Attachment pi = new Attachment(1, "PI.pdf", "application/pdf", 10, null, "2",
                "Proforma Invoice P/I No. PI-2024-0601. Payment: 30% T/T deposit, 70% before shipment.");
        String body = "Dear Mike,\nPrice is USD 18.90/pc FOB Shenzhen.\n\nOn Mon, Mike Johnson <mike@brightway-imports.com> wrote:\n"
                + "> Payment net 30 days after B/L please. PO No.: 4500123457\n";
        TradeFacts facts = analyzer.analyze(message(new Address("Lily", "lily.chen@huada-lighting.com"),
                List.of(new Address("Mike", "mike@brightway-imports.com")), "Re: quotation", body, List.of(pdf, pi)));

        assertEquals(List.of("4500123457", "4500123456", "PI20240601"), facts.orderKeys(), "quoted text still names orders");
        assertEquals(List.of("filename:0"), facts.orders().get(1).where());
        assertTrue(facts.clauses().stream().anyMatch(c -> c.type().equals("price") && c.value().equals("USD 18.90/pc")));
        assertTrue(facts.clauses().stream().anyMatch(c -> c.type().equals("payment") && c.where().equals("attachment:1")));
        assertTrue(facts.clauses().stream().noneMatch(c -> c.value().contains("net 30")), "quoted terms are not this message's");
        assertEquals(List.of("brightway-imports.com"), facts.customers());
        assertEquals("", facts.fromCustomer(), "sent by us");
    }
}
