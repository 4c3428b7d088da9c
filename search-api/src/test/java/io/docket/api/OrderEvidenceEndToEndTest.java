package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.docket.demo.SampleMailbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Orders, clauses and customers over the sample trade mailbox (samples/trade-mailbox/README.md lists
 * its facts): the evidence list of an order in time order, the clause history matching the term
 * changes the sample negotiates, orders known only from a PDF, quoted text not counted again, and
 * customers with the time zones their mail shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderEvidenceEndToEndTest {
    private Path data;
    private LiveServer live;

    @BeforeAll
    void importSampleMailbox() throws Exception {
        data = Files.createTempDirectory("docket-evidence-e2e");
        live = LiveServer.importing(data, List.of(LiveServer.samples().resolve("trade-mailbox")), SampleMailbox.trade());
    }

    @AfterAll
    void stop() throws Exception {
        if (live != null) live.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private JsonNode evidence(String order) throws Exception {
        LiveServer.Json response = live.json("/api/v1/orders/" + order + "/evidence");
        assertEquals(200, response.status(), response.body().toString());
        return response.body();
    }

    private static List<String> values(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.get("value").asText()));
        return out;
    }

    @Test
    void theEvidenceListIsTheWholeStoryInTimeOrderWhateverTheSpelling() throws Exception {
        JsonNode hd = evidence("HD-2024-0117");
        assertEquals("HD-2024-0117", hd.get("order").asText());
        assertEquals(hd.toString(), evidence("hd20240117").toString(), "any spelling names the same order");

        JsonNode items = hd.get("items");
        List<OffsetDateTime> dates = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        items.forEach(i -> {
            dates.add(OffsetDateTime.parse(i.get("dateUtc").asText()));
            subjects.add(i.get("subject").asText());
        });
        for (int i = 1; i < dates.size(); i++) assertFalse(dates.get(i).isBefore(dates.get(i - 1)), "ascending by time");
        // The inquiry came before the order had a number: it belongs to the thread, and says so.
        assertEquals("Anfrage LED-Panels 600x600 40W", subjects.getFirst());
        assertTrue(items.get(0).get("viaThread").asBoolean());
        // The supplier mails write 订单号HD20240117; the claim is in Chinese.
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("质量问题：订单号HD20240117")), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains("CG-2024-0088")), "our purchase for this order: " + subjects);

        JsonNode proforma = find(items, "Proforma Invoice PI-2024-0588 / Order No. HD-2024-0117");
        assertFalse(proforma.get("viaThread").asBoolean());
        assertEquals(64, proforma.get("sha256").asText().length());
        assertTrue(matchedNames(proforma).contains("PI-2024-0588.pdf"), proforma.get("attachments").toString());
        for (String field : List.of("id", "messageId", "source", "date", "dateUtc", "customerLocalDate", "companyLocalDate", "from",
                "to", "cc", "subject", "threadId", "sha256", "excerpt", "clauses", "attachments", "viaThread")) {
            assertTrue(proforma.has(field), field);
        }
        assertEquals("email", proforma.get("source").asText());
    }

    @Test
    void datesAreShownInTheCustomersAndOurLocalTime() throws Exception {
        JsonNode hd = evidence("HD-2024-0117");
        assertEquals("Asia/Shanghai", hd.get("companyTimeZone").asText());
        JsonNode muller = hd.get("customers").get(0);
        assertEquals("muller-gmbh", muller.get("id").asText());
        assertEquals("Müller GmbH", muller.get("name").asText());
        assertEquals("Europe/Berlin", muller.get("timeZone").asText());

        JsonNode lilyAgrees = find(hd.get("items"), "RE: AW: Re: Anfrage LED-Panels 600x600 40W");
        assertEquals("2024-03-01T11:20:00+08:00", lilyAgrees.get("date").asText());
        assertEquals("2024-03-01T04:20:00+01:00", lilyAgrees.get("customerLocalDate").asText());
        assertEquals("2024-03-01T11:20:00+08:00", lilyAgrees.get("companyLocalDate").asText());
        // After 31 March Hamburg is on summer time: the zone, not a fixed offset.
        JsonNode shipment = find(hd.get("items"), "Shipment Advice - Order No. HD-2024-0117");
        assertTrue(shipment.get("customerLocalDate").asText().endsWith("+02:00"), shipment.get("customerLocalDate").asText());
    }

    @Test
    void theClauseHistoryFollowsTheNegotiation() throws Exception {
        JsonNode history = evidence("HD-2024-0117").get("clauseHistory");
        assertOrder(values(history.get("quantity")), "5,000 pcs", "6,000 pcs");
        assertOrder(values(history.get("price")), "USD 12.80/pc", "USD 12.50/pc");
        assertOrder(values(history.get("incoterm")), "FOB Shenzhen", "CIF Hamburg");
        assertOrder(values(history.get("payment")), "30% T/T deposit, 70% against B/L copy", "L/C at sight");
        assertOrder(values(history.get("delivery")), "35 days after deposit", "45 days");
        assertTrue(values(history.get("claim")).contains("claim USD 2,250.00"), values(history.get("claim")).toString());

        JsonNode firstPrice = history.get("price").get(0);
        assertEquals("lily.chen@huada-lighting.com", firstPrice.get("from").get("address").asText());
        assertTrue(firstPrice.get("sentence").asText().contains("12.80"), firstPrice.toString());
        JsonNode counter = history.get("price").get(1);
        assertEquals("hans.mueller@mueller-gmbh.de", counter.get("from").get("address").asText());
    }

    @Test
    void quotedTermsAreNotCountedAsNewStatements() throws Exception {
        // Hans's 4 March reply only agrees; the terms below his text are Lily's, quoted.
        JsonNode reply = find(evidence("HD-2024-0117").get("items"), "AW: RE: AW: Re: Anfrage LED-Panels 600x600 40W");
        assertEquals(0, reply.get("clauses").size(), reply.get("clauses").toString());
    }

    @Test
    void anOrderNamedOnlyInsideAPdfIsFound() throws Exception {
        JsonNode solar = evidence("HD-2024-0142");
        List<String> direct = new ArrayList<>();
        solar.get("items").forEach(i -> { if (!i.get("viaThread").asBoolean()) direct.add(i.get("subject").asText()); });
        assertEquals(1, direct.size(), direct.toString());
        JsonNode item = find(solar.get("items"), direct.getFirst());
        assertTrue(matchedNames(item).contains("Proforma_Invoice_Solar_60W.pdf"), item.get("attachments").toString());
        assertEquals("al-noor-trading", solar.get("customers").get(0).get("id").asText());
    }

    @Test
    void searchOperatorsAndFacetsForOrdersCustomersAndClauses() throws Exception {
        int byKey = live.search("order:HD20240117").body().get("total").asInt();
        assertTrue(byKey > 5);
        assertEquals(byKey, live.search("order:hd-2024-0117").body().get("total").asInt());
        JsonNode payment = live.search("order:HD-2024-0117 clause:payment").body();
        assertTrue(payment.get("total").asInt() > 0 && payment.get("total").asInt() < byKey);
        // A number typed as a word finds every spelling of it.
        assertTrue(live.search("HD20240117").body().get("total").asInt() >= byKey);

        JsonNode facets = live.search("customer:muller-gmbh").body().get("facets");
        assertEquals("muller-gmbh", facets.get("customer").get(0).get("value").asText());
        List<String> orders = new ArrayList<>();
        facets.get("order").forEach(o -> orders.add(o.get("value").asText()));
        assertTrue(orders.contains("HD20240117"), orders.toString());
        assertTrue(facets.get("clause").size() > 3);

        JsonNode hit = live.search("order:HD-2024-0117 subject:\"Proforma Invoice\"").body().get("hits").get(0);
        assertTrue(hit.get("orders").toString().contains("HD20240117"));
        assertTrue(hit.get("customers").toString().contains("muller-gmbh"));
    }

    @Test
    void customersHaveTheirOrdersActivityAndTimeZone() throws Exception {
        JsonNode customers = live.json("/api/v1/customers").body().get("customers");
        assertTrue(customers.size() >= 8, customers.toString());
        assertEquals("Asia/Tokyo", byId(customers, "tanaka-shoji").get("timeZone").asText());
        JsonNode otieno = byId(customers, "otieno.lighting@gmail.com");
        // Free mail: one customer per address; a gmail address says nothing of a country, only the +03:00 its mail carries.
        java.time.ZoneId zone = java.time.ZoneId.of(otieno.get("timeZone").asText());
        assertEquals(java.time.ZoneOffset.ofHours(3), zone.getRules().getOffset(java.time.Instant.parse("2024-04-05T00:00:00Z")));

        JsonNode muller = live.json("/api/v1/customers/muller-gmbh").body();
        assertEquals("Müller GmbH", muller.get("name").asText());
        List<String> orderNumbers = new ArrayList<>();
        muller.get("orders").forEach(o -> orderNumbers.add(o.get("key").asText()));
        assertTrue(orderNumbers.containsAll(List.of("HD20240117", "HD20240163")), orderNumbers.toString());
        assertTrue(muller.get("activity").size() >= 4, muller.get("activity").toString());
        assertTrue(muller.get("firstContact").asText().startsWith("2024-02-26"));

        JsonNode orders = live.json("/api/v1/orders?q=customer:muller-gmbh").body().get("orders");
        JsonNode hd = null;
        for (JsonNode o : orders) if (o.get("key").asText().equals("HD20240117")) hd = o;
        assertTrue(hd != null && hd.get("customers").toString().contains("muller-gmbh"), orders.toString());
        assertEquals("HD-2024-0117", hd.get("order").asText());
    }

    @Test
    void unknownOrdersAndCustomersAre404AndBadOrderQueries400() throws Exception {
        assertEquals(404, live.json("/api/v1/orders/NOPE-0000/evidence").status());
        assertEquals(404, live.json("/api/v1/customers/nobody.example").status());
        assertEquals(400, live.json("/api/v1/orders?q=%28").status());
    }

    private static JsonNode find(JsonNode items, String subjectStart) {
        for (JsonNode i : items) if (i.get("subject").asText().startsWith(subjectStart)) return i;
        throw new AssertionError("no item " + subjectStart);
    }

    private static JsonNode byId(JsonNode customers, String id) {
        for (JsonNode c : customers) if (c.get("id").asText().equals(id)) return c;
        throw new AssertionError("no customer " + id + " in " + customers);
    }

    private static List<String> matchedNames(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.get("attachments").forEach(a -> { if (a.get("matched").asBoolean()) names.add(a.get("name").asText()); });
        return names;
    }

    private static void assertOrder(List<String> values, String before, String after) {
        int b = values.indexOf(before);
        int a = values.lastIndexOf(after);
        assertTrue(b >= 0 && a > b, "expected " + before + " then " + after + " in " + values);
    }

    @Test
    void tradeResponsesMatchTheOpenApiDocument() throws Exception {
        JsonNode schemas = live.json("/api/v1/openapi.json").body().get("components").get("schemas");
        JsonNode hd = evidence("HD-2024-0117");
        LiveServer.assertMatchesSchema(schemas, "OrderEvidence", hd);
        LiveServer.assertMatchesSchema(schemas, "EvidenceItem", hd.get("items").get(1));
        LiveServer.assertMatchesSchema(schemas, "ClauseEntry", hd.get("clauseHistory").get("payment").get(0));
        LiveServer.assertMatchesSchema(schemas, "Customer", hd.get("customers").get(0));
        LiveServer.assertMatchesSchema(schemas, "Customer", live.json("/api/v1/customers").body().get("customers").get(0));
        LiveServer.assertMatchesSchema(schemas, "CustomerDetail", live.json("/api/v1/customers/muller-gmbh").body());
        LiveServer.assertMatchesSchema(schemas, "OrderSummary", live.json("/api/v1/orders").body().get("orders").get(0));
        JsonNode hit = live.search("order:HD20240117").body().get("hits").get(0);
        LiveServer.assertMatchesSchema(schemas, "Hit", hit);
        LiveServer.assertMatchesSchema(schemas, "OrderRef", hit.get("orders").get(0));
        JsonNode message = live.json("/api/v1/messages/" + hit.get("id").asText()).body();
        LiveServer.assertMatchesSchema(schemas, "Message", message);
        if (message.get("clauses").size() > 0) LiveServer.assertMatchesSchema(schemas, "Clause", message.get("clauses").get(0));

        // Small objects keep one field order (Map.of orders its keys anew at every JVM start).
        assertEquals(List.of("key", "number", "where"), fieldNames(hit.get("orders").get(0)));
        assertEquals(List.of("month", "messages"), fieldNames(live.json("/api/v1/customers/muller-gmbh").body().get("activity").get(0)));
        JsonNode clause = null;
        for (JsonNode item : live.json("/api/v1/orders/HD-2024-0117/evidence").body().get("items")) {
            if (clause == null && item.get("clauses").size() > 0) clause = item.get("clauses").get(0);
        }
        assertEquals(List.of("type", "value", "sentence", "where"), fieldNames(clause));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
