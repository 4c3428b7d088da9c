package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.demo.SampleMailbox;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The web UI in a real browser (Debian's headless Chromium) against a real server over the sample
 * trade mailbox, its WhatsApp exports and the hostile-HTML fixture: search, facets, a message, an order's
 * evidence with its chat agreements, the unconfirmed list, a customer, both languages, a phone-sized
 * window, and mail HTML that must run nothing. Screenshots go
 * to search-api/target/screenshots. Skipped, saying so, only where chromium or chromedriver is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PASSWORD = "correct horse battery";

    private Path data;
    private LiveServer live;
    private Browser browser;

    @BeforeAll
    void startServerAndBrowser() throws Exception {
        assumeTrue(Browser.installed(), "browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + " is missing (apt-get install chromium chromium-driver, or ./docket test as root)");
        data = Files.createTempDirectory("docket-ui-e2e");
        Path samples = LiveServer.samples();
        live = LiveServer.importing(data, List.of(samples.resolve("trade-mailbox"), samples.resolve("fixtures/html-active-content.eml")),
                SampleMailbox.trade());
        live.access.directory().addUser("lena", io.docket.access.Role.LEGAL, java.util.Set.of(), PASSWORD);
        // The WhatsApp side of HD-2024-0117 too: chat items in the timeline, agreements confirmed and not.
        for (String chat : List.of("WhatsApp Chat with Hans Müller.txt", "WhatsApp Chat - Petra Schmidt.zip")) {
            live.archive.importChat(io.docket.harvest.chat.ChatExport.read(samples.resolve("chats").resolve(chat),
                    io.docket.harvest.chat.ChatLimits.DEFAULTS), "sales", "", java.util.Optional.empty(), java.util.Optional.empty());
        }
        browser = Browser.open("http://127.0.0.1:" + live.server.port(), Path.of("target", "screenshots"));
        // English whatever the machine's locale; the language test switches back when it is done.
        browser.get("/#/customers");
        browser.js("localStorage.setItem('docket.lang', 'en')");
        signIn();
    }

    /** Every page starts at the sign-in form; a wrong password says so and keeps the form; the right one opens the UI. */
    private void signIn() {
        browser.get("/#/customers");
        browser.visible("#signin-user").sendKeys("lena");
        browser.visible("#signin-password").sendKeys("not her password");
        browser.visible("#signin-submit").click();
        assertEquals("Wrong user name or password.", browser.visible("#signin-error").getText());
        browser.screenshot("00-sign-in-refused");
        browser.visible("#signin-password").sendKeys(PASSWORD);
        browser.visible("#signin-submit").click();
        assertEquals("lena (legal)", browser.visible("#whoami").getText());
        browser.visible("#customers");
        browser.consoleErrors();
    }


    @AfterEach
    void noScriptErrorsOrPolicyViolations() {
        assertEquals(List.of(), browser.consoleErrors());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.close();
        if (live != null) live.close();
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void searchShowsBothClocksMarkedSnippetsBadgesAndChips() throws Exception {
        String q = "\"L/C at sight\" from:mueller-gmbh.de";
        JsonNode api = live.json("/api/v1/search?sort=date&q=" + enc(q)).body();
        browser.get("/?sort=date&q=" + enc(q));
        assertEquals(api.get("total").asInt() + " messages", browser.visible("#status").getText().replaceAll(" \\(.*", ""));
        WebElement first = browser.all(".hit").getFirst();
        JsonNode hit = api.get("hits").get(0);
        assertEquals(hit.get("id").asText(), first.getAttribute("data-id"));
        // Hans wrote at 16:40 in Hamburg (+01:00): 23:40 on the viewer's Shanghai clock.
        assertEquals("2024-02-29T16:40:00+01:00", hit.get("date").asText());
        assertEquals("2024-02-29 16:40 +01:00", first.findElement(By.cssSelector(".sender-time")).getText());
        assertTrue(first.findElement(By.cssSelector(".viewer-time")).getText().contains("2024-02-29 23:40"));
        assertFalse(first.findElements(By.cssSelector(".snippet mark")).isEmpty(), "matches are marked");
        assertTrue(first.findElement(By.cssSelector(".badge.order")).getText().equals("HD-2024-0117"));
        assertFalse(first.findElements(By.cssSelector(".badge.clause[data-clause=payment]")).isEmpty());
        browser.screenshot("01-search-results");

        browser.get("/?q=" + enc("order:HD-2024-0117 has:attachment filename:PI-2024-0588"));
        WebElement chip = browser.visible(".hit .chip.matched");
        assertEquals("PI-2024-0588.pdf", chip.getText());
        HttpResponse<byte[]> pdf = live.get(chip.getAttribute("href").replaceFirst("^http://[^/]+", ""));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void snippetsShowEscapedMailTextAsTextAndOnlyMarksAsMarkup() throws Exception {
        // Quote headers carry "Name <address>": the server escapes them, the page must show them as written.
        browser.get("/?q=" + enc("wrote lily.chen@huada-lighting.com"));
        browser.visible(".hit");
        assertEquals(Boolean.TRUE, browser.js("return [...document.querySelectorAll('.snippet *')].every(e => e.tagName === 'MARK')"));
        assertTrue(texts(".snippet").stream().anyMatch(s -> s.contains("<lily.chen@huada-lighting.com>")), texts(".snippet").toString());
    }

    /** The pages' pure helpers, on cases the sample archive does not hold, run in the same browser. */
    @Test
    void pageHelpersHandleTheirEdgeCases() {
        browser.get("/#/customers");
        Object result = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all([import('/clauses.js'), import('/chart.js'), import('/dom.js'), import('/marks.js')]).then(([c, chart, dom, marks]) => {
                  const e = (date, value, address) => ({ date, dateUtc: date, value, from: { name: address, address }, id: date });
                  const rows = c.clauseRows({ price: [e('2024-01-02T00:00:00Z', 'USD 1.00/pc', 'a@buyer.example'),
                    e('2024-01-01T00:00:00Z', 'USD 2.00/pc', 'b@seller.example'), e('2024-01-03T00:00:00Z', 'usd 1.00/PC', 'c@buyer.example'),
                    e('2024-01-04T00:00:00Z', 'USD  1.00/pc', 'b@seller.example')] });
                  const found = marks.findMarks('订单号HD20240117, hd-2024-0117 and XHD20240117 or HD202401170',
                    [{ key: 'HD20240117', number: 'HD-2024-0117' }], []);
                  done([
                    rows.map((r) => `${r.value}|${r.proposed.from.address}|${r.confirmed ? r.confirmed.from.address : '-'}|${r.statements}`).join(';'),
                    chart.monthSeries([{ month: '2023-11', messages: 1 }, { month: '2024-02', messages: 3 }]).map((m) => `${m.month}=${m.messages}`).join(','),
                    dom.decodeEntities('&#x2F;&lt;b&gt;&amp;lt;&#39;&bogus;'),
                    found.numbers.map((n) => n.start + '-' + n.end).join(','),
                  ]);
                }).catch((err) => done(String(err)));
                """);
        assertEquals(List.of(
                "USD 2.00/pc|b@seller.example|-|1;USD 1.00/pc|a@buyer.example|b@seller.example|3",
                "2023-11=1,2023-12=0,2024-01=0,2024-02=3",
                "/<b>&lt;'&bogus;",
                "3-13,15-27"), result);
    }

    @Test
    void noResultsErrorsPagingSortAndHelpAreClear() throws Exception {
        browser.get("/?q=zzqxnothingmatches");
        assertTrue(browser.visible("#no-results").getText().contains("No messages match"));

        String detail = live.search("(").body().get("detail").asText();
        browser.get("/?q=" + enc("("));
        assertTrue(browser.visible("#error").getText().contains(detail), "the API's own explanation is shown");
        browser.screenshot("02-search-error");

        browser.get("/");
        browser.visible("#next-page").click();
        browser.until(d -> d.getCurrentUrl().contains("offset=20"));
        assertTrue(browser.visible(".pager span").getText().startsWith("21–40 of"));
        new org.openqa.selenium.support.ui.Select(browser.visible("#sort")).selectByValue("date");
        browser.until(d -> d.getCurrentUrl().contains("sort=date") && !d.getCurrentUrl().contains("offset"));
        String oldest = live.json("/api/v1/search?sort=date&limit=1").body().get("hits").get(0).get("id").asText();
        browser.until(d -> oldest.equals(d.findElements(By.cssSelector(".hit")).isEmpty() ? null
                : d.findElements(By.cssSelector(".hit")).getFirst().getAttribute("data-id")));

        browser.visible("#help-toggle").click();
        WebElement help = browser.visible("#help");
        assertTrue(help.getText().contains("order:HD-2024-0117"), help.getText());
        browser.screenshot("03-query-help");
        help.findElement(By.xpath(".//code[text()='order:HD-2024-0117']/..")).click();
        assertEquals("order:HD-2024-0117", browser.visible("#q").getAttribute("value"));
        assertFalse(help.isDisplayed(), "choosing an example closes the help");
        browser.visible("#q").sendKeys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("q=order%3AHD-2024-0117"));
    }

    @Test
    void clickingFacetsRefinesTheQueryInTheUrl() throws Exception {
        browser.get("/?q=LED");
        browser.visible("[data-facet=customer] button[data-value=muller-gmbh]").click();
        browser.until(d -> d.getCurrentUrl().endsWith("?q=LED+customer%3Amuller-gmbh"));
        assertEquals("LED customer:muller-gmbh", browser.visible("#q").getAttribute("value"));
        int refined = live.search("LED customer:muller-gmbh").body().get("total").asInt();
        browser.until(d -> d.findElement(By.id("status")).getText().startsWith(refined + " messages"));

        browser.visible("[data-facet=clause] button[data-value=payment]").click();
        browser.until(d -> d.getCurrentUrl().endsWith("?q=LED+customer%3Amuller-gmbh+clause%3Apayment"));
        int twice = live.search("LED customer:muller-gmbh clause:payment").body().get("total").asInt();
        assertTrue(twice > 0 && twice < refined);
        browser.until(d -> d.findElement(By.id("status")).getText().startsWith(twice + " messages"));
        assertFalse(browser.visible("[data-facet=customer] button[data-value=muller-gmbh]").isEnabled(), "an applied facet is not offered again");
        browser.screenshot("04-facets-refined");
        browser.driver.navigate().back();
        browser.until(d -> d.findElement(By.id("status")).getText().startsWith(refined + " messages"));
    }

    @Test
    void aMessageShowsHeadersMarkedOrdersAndClausesTheOriginalAndTheThread() throws Exception {
        String q = "subject:\"Proforma Invoice PI-2024-0588\" from:lily.chen@huada-lighting.com";
        int total = live.search(q).body().get("total").asInt();
        // Oldest first: the proforma itself, before Lily's reply to Hans's answer.
        browser.get("/?sort=date&q=" + enc(q));
        browser.visible(".hit a.subject").click();
        WebElement message = browser.visible("#message");
        JsonNode api = live.json("/api/v1/messages/" + message.getAttribute("data-id")).body();
        assertEquals(api.get("subject").asText(), browser.visible("#message h1").getText());

        List<String> orders = texts(".body mark.m-order");
        assertTrue(orders.containsAll(List.of("PI-2024-0588", "HD-2024-0117", "4500123460")), orders.toString());
        WebElement clause = browser.visible(".body mark.m-clause");
        assertTrue(clause.getAttribute("title").contains("Payment: L/C at sight"), clause.getAttribute("title"));

        String sha = api.get("originals").get(0).get("sha256").asText();
        assertEquals(sha, browser.visible(".original .sha").getText());
        String raw = browser.visible(".raw-link").getAttribute("href").replaceFirst("^http://[^/]+", "");
        assertTrue(raw.endsWith("/raw?sha256=" + sha), raw);
        byte[] original = live.get(raw).body();
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)), "the original is what its hash says");

        assertEquals("PI-2024-0588.pdf (4 KB)", browser.all("#attachments .chip").getFirst().getText());
        assertTrue(browser.visible("#thread .current").getText().contains("Proforma Invoice PI-2024-0588"));
        assertTrue(browser.all("#thread a").size() >= 5, "the messages around it link to themselves");
        browser.screenshot("05-message");

        browser.visible("a.back").click();
        browser.until(d -> d.findElements(By.cssSelector(".hit")).size() == total);
        assertEquals(q, browser.visible("#q").getAttribute("value"));
        assertEquals("date", browser.visible("#sort").getAttribute("value"));
    }

    @Test
    void arabicMessageTextRunsRightToLeft() throws Exception {
        JsonNode hit = live.search("نوافق from:alnoor-trading.ae").body().get("hits").get(0);
        browser.get("/#/message/" + hit.get("id").asText());
        WebElement body = browser.visible("#body-text");
        assertTrue(body.getText().startsWith("السيدة"), body.getText());
        assertEquals("auto", body.getAttribute("dir"));
        assertEquals("rtl", browser.js("return getComputedStyle(arguments[0]).direction", body));
        browser.screenshot("06-message-arabic");
    }

    @Test
    void theEvidencePageHasTheTimelineInTimeOrderTheClauseTableAndTheParties() throws Exception {
        JsonNode api = live.json("/api/v1/orders/HD-2024-0117/evidence").body();
        browser.get("/#/order/HD-2024-0117");
        browser.visible("#timeline li.item");
        List<WebElement> items = browser.all("#timeline li.item");
        assertEquals(api.get("items").size(), items.size());
        List<OffsetDateTime> times = new ArrayList<>();
        for (WebElement item : items) times.add(OffsetDateTime.parse(item.getAttribute("data-utc")));
        for (int i = 1; i < times.size(); i++) assertFalse(times.get(i).isBefore(times.get(i - 1)), "time order at " + i + ": " + times);
        WebElement inquiry = items.getFirst();
        assertEquals("Anfrage LED-Panels 600x600 40W", inquiry.findElement(By.cssSelector(".subject")).getText());
        assertEquals("via thread", inquiry.findElement(By.cssSelector(".badge.via")).getText());
        WebElement agreement = items.stream().filter(i -> i.findElement(By.cssSelector(".subject")).getText()
                .equals("RE: AW: Re: Anfrage LED-Panels 600x600 40W")).findFirst().orElseThrow();
        assertTrue(agreement.findElement(By.cssSelector(".customer-time")).getText().startsWith("2024-03-01 04:20"));
        assertTrue(agreement.findElement(By.cssSelector(".company-time")).getText().startsWith("2024-03-01 11:20"));
        assertFalse(agreement.findElements(By.cssSelector(".statements [data-clause=price]")).isEmpty());

        // Price: Lily offered 12.80; Hans proposed 12.50 on 29 February and Lily confirmed it on 1 March.
        assertEquals(List.of("Lily Chen 2024-02-27", "not confirmed"), clauseRow("price", "USD 12.80/pc"));
        assertEquals(List.of("Hans Müller 2024-02-29", "Lily Chen 2024-03-01"), clauseRow("price", "USD 12.50/pc"));
        assertEquals("Hans Müller 2024-02-29", clauseRow("quantity", "6,000 pcs").getFirst());
        assertEquals("Lily Chen 2024-02-27", clauseRow("incoterm", "FOB Shenzhen").getFirst());

        WebElement muller = browser.visible("#parties li[data-zone='Europe/Berlin']");
        assertTrue(muller.getText().startsWith("Müller GmbH Europe/Berlin · now "), muller.getText());
        assertNotNull(browser.visible("#parties li[data-zone='Asia/Shanghai']"));
        browser.screenshot("07-order-evidence");

        exportButtonReportsWhatTheApiAnswers();
    }

    @Test
    void chatMessagesSitInTheTimelineWithTheirAgreementsConfirmedOrNot() throws Exception {
        JsonNode api = live.json("/api/v1/orders/HD-2024-0117/evidence").body();
        browser.get("/#/order/HD-2024-0117");
        browser.visible("#chat-agreements tbody tr");
        List<WebElement> rows = browser.all("#chat-agreements tbody tr");
        assertEquals(api.get("chatAgreements").size(), rows.size());
        WebElement price = rows.stream().filter(r -> r.getText().contains("Lily Chen") && "price".equals(r.getAttribute("data-type")))
                .findFirst().orElseThrow();
        assertEquals("confirmed", price.getAttribute("data-status"));
        WebElement confirming = price.findElement(By.cssSelector("a.confirming"));
        assertEquals("2024-03-01 11:20 RE: AW: Re: Anfrage LED-Panels 600x600 40W", confirming.getText());
        WebElement open = rows.stream().filter(r -> r.getText().contains("Kevin Wang")).findFirst().orElseThrow();
        assertEquals("unconfirmed", open.getAttribute("data-status"));
        assertTrue(open.getText().contains("ETD 2024-04-12") && open.getText().contains("not confirmed by email"), open.getText());

        long chats = 0;
        for (JsonNode item : api.get("items")) if (item.get("source").asText().equals("whatsapp")) chats++;
        assertEquals(chats, browser.all("#timeline li.item.chat .badge.whatsapp").size());
        WebElement kevin = browser.all("#timeline li.item.chat").stream()
                .filter(i -> !i.findElements(By.cssSelector(".agreement-marks [data-status=unconfirmed]")).isEmpty()
                        && i.getText().contains("Kevin Wang")).findFirst().orElseThrow();
        assertTrue(kevin.findElement(By.cssSelector(".subject")).getText().startsWith("WhatsApp: Petra Schmidt · lines 7"), kevin.getText());
        browser.screenshot("15-order-chat-agreements");

        confirming.click();
        assertEquals("RE: AW: Re: Anfrage LED-Panels 600x600 40W", browser.visible("#message h1").getText());
    }

    @Test
    void theUnconfirmedListAndAChatMessagesPage() throws Exception {
        JsonNode api = live.json("/api/v1/unconfirmed").body();
        browser.get("/#/unconfirmed");
        browser.visible("#unconfirmed tbody tr");
        List<WebElement> rows = browser.all("#unconfirmed tbody tr");
        assertEquals(api.get("total").asInt(), rows.size());
        assertEquals(2, rows.size());
        WebElement first = rows.getFirst();
        assertEquals("2024-04-10 15:09", first.findElement(By.cssSelector("td.when")).getText());
        assertEquals("Petra Schmidt", first.findElement(By.cssSelector("a.who")).getText());
        assertEquals("HD-2024-0117", first.findElement(By.cssSelector(".badge.order")).getText());
        assertEquals("Delivery", first.findElement(By.cssSelector("th")).getText());
        assertTrue(first.findElement(By.cssSelector("td.value")).getText().startsWith("ETD 2024-04-12"), first.getText());
        browser.screenshot("16-unconfirmed");

        rows.getFirst().findElement(By.cssSelector("a.who")).click();
        WebElement h1 = browser.visible("#message h1");
        assertEquals("WhatsApp WhatsApp: Petra Schmidt", h1.getText());
        browser.visible("#chat-lines summary").click();
        assertTrue(browser.visible("#chat-lines pre").getText().startsWith("[4/10/24, 3:09:12\u202FPM] Petra Schmidt: Our warehouse"),
                browser.visible("#chat-lines pre").getText());
        assertEquals("Download the export", browser.visible(".raw-link").getText());
        assertTrue(browser.visible(".headers").getText().contains("(exporting phone's clock, read in Asia/Shanghai, assumed)"));
        browser.screenshot("17-chat-message");

        browser.get("/?q=" + enc("source:whatsapp"));
        browser.visible(".hit");
        assertEquals(browser.all(".hit").size(), browser.all(".hit .badge.whatsapp").size());
    }

    /** The button POSTs /api/v1/exports and offers GET /api/v1/exports/{id}: what that link serves is the bundle zip. */
    private void exportButtonReportsWhatTheApiAnswers() throws Exception {
        browser.visible("#export").click();
        // The order's bundle holds 39 messages, mail and chat, each a page of the timeline PDF: seconds, on a busy 2-core machine.
        String state = browser.until(d -> {
            String s = d.findElement(By.id("export-status")).getAttribute("data-state");
            return "done".equals(s) || "error".equals(s) ? s : null;
        }, Duration.ofSeconds(60));
        assertEquals("done", state, "export failed in the page");
        String href = browser.visible("#export-link").getAttribute("href");
        assertTrue(href.matches(".*/api/v1/exports/[^/]+$"), href);
        HttpResponse<byte[]> zip = live.http.send(HttpRequest.newBuilder(java.net.URI.create(href)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + live.adminToken).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(zip.body().length > 1000 && zip.body()[0] == 'P' && zip.body()[1] == 'K', "a zip archive");
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (var e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) names.add(e.getName());
            assertTrue(names.containsAll(java.util.List.of("manifest.json", "manifest.sig", "timeline.pdf", "DKT-000001.eml")), names.toString());
        }
        browser.screenshot("08-order-export");
    }

    @Test
    void theCustomerPageShowsOrdersActivityAndContactsOnTheCustomersClock() throws Exception {
        JsonNode api = live.json("/api/v1/customers/muller-gmbh").body();
        browser.get("/#/order/HD-2024-0117");
        browser.visible("#parties a[data-customer=muller-gmbh]").click();
        browser.until(d -> d.getCurrentUrl().endsWith("#/customer/muller-gmbh"));
        assertTrue(browser.visible("#customer-zone").getText().startsWith("Europe/Berlin · now "));
        assertEquals("2024-02-26", browser.visible("#first-contact").getText());
        assertEquals("2024-06-14", browser.visible("#last-contact").getText());

        JsonNode activity = api.get("activity");
        YearMonth from = YearMonth.parse(activity.get(0).get("month").asText());
        YearMonth to = YearMonth.parse(activity.get(activity.size() - 1).get("month").asText());
        List<WebElement> bars = browser.all("#activity-chart g.bar");
        assertEquals(from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1, bars.size(), "one bar per month, empty months too");
        for (JsonNode month : activity) {
            WebElement bar = bars.stream().filter(b -> b.getAttribute("data-month").equals(month.get("month").asText())).findFirst().orElseThrow();
            assertEquals(month.get("messages").asText(), bar.getAttribute("data-messages"));
        }
        List<String> orders = new ArrayList<>();
        for (WebElement row : browser.all("#customer-orders tr[data-order]")) orders.add(row.getAttribute("data-order"));
        assertTrue(orders.containsAll(List.of("HD20240117", "HD20240163")), orders.toString());
        assertEquals(api.get("orders").size(), orders.size());
        browser.screenshot("09-customer");

        browser.visible("#customer-search").click();
        browser.until(d -> d.getCurrentUrl().endsWith("?q=customer%3Amuller-gmbh"));
        browser.until(d -> d.findElement(By.id("status")).getText().startsWith(api.get("messages").asInt() + " messages"));
    }

    @Test
    void theAuditLogShowsWhoDidWhatTheChainsStateAndKeepsItsFiltersInTheUrl() throws Exception {
        browser.get("/?q=" + enc("Zahlungsbedingungen"));
        browser.visible("#status");
        browser.visible("#nav-audit").click();
        WebElement chain = browser.visible("#chain");
        assertEquals("true", chain.getAttribute("data-intact"));
        assertTrue(chain.getText().startsWith("Chain intact: "), chain.getText());
        assertTrue(chain.getText().contains("Every entry checked at "), chain.getText());
        List<WebElement> rows = browser.all("#audit tbody tr");
        assertFalse(rows.isEmpty());
        List<Integer> sequences = rows.stream().map(r -> Integer.parseInt(r.getAttribute("data-sequence"))).toList();
        assertEquals(sequences.stream().sorted(java.util.Comparator.reverseOrder()).toList(), sequences, "newest first");

        browser.visible("#audit-actor").sendKeys("lena");
        browser.visible("#audit-action").sendKeys("search");
        browser.visible("#audit-apply").click();
        browser.until(d -> d.getCurrentUrl().contains("#/audit/"));
        browser.until(d -> !d.findElements(By.cssSelector("#audit tbody tr")).isEmpty()
                && d.findElements(By.cssSelector("#audit tbody td.action")).stream().allMatch(td -> td.getText().equals("search")));
        assertTrue(texts("#audit tbody td.actor").stream().allMatch(a -> a.startsWith("lena")), texts("#audit tbody td.actor").toString());
        assertTrue(browser.all("#audit tbody td.target").getFirst().getText().contains("Zahlungsbedingungen"),
                texts("#audit tbody td.target").toString());
        browser.driver.navigate().refresh();
        assertEquals("lena", browser.visible("#audit-actor").getAttribute("value"), "the filters are in the URL");
        assertEquals("search", browser.visible("#audit-action").getAttribute("value"));

        browser.visible("#verify-full").click();
        browser.until(d -> "true".equals(d.findElement(By.id("chain")).getAttribute("data-intact")));
        browser.screenshot("19-audit-log");

        // An older page starts below the sequence number it names, and offers the way back to the newest.
        long secondSequence = live.access.audit().find(new io.docket.access.AuditQuery("lena", "search", null, null, null, 2)).get(1).sequence();
        browser.get("/#/audit/" + enc("actor=lena&action=search&before=" + secondSequence));
        browser.visible("#audit-newest");
        assertTrue(Integer.parseInt(browser.all("#audit tbody tr").getFirst().getAttribute("data-sequence")) < secondSequence);
        browser.visible("#audit-newest").click();
        browser.until(d -> !d.getCurrentUrl().contains("before"));
        browser.until(d -> d.findElements(By.id("audit-newest")).isEmpty());

        browser.get("/#/audit/" + enc("actor=nobody"));
        assertEquals("No entries match these filters.", browser.visible("#no-entries").getText());
        browser.visible("#audit-clear").click();
        browser.until(d -> d.getCurrentUrl().endsWith("#/audit"));
        browser.visible("#audit tbody tr");
    }

    @Test
    void theLanguageSwitchesToChineseAndIsRemembered() throws Exception {
        browser.get("/?q=LED");
        browser.visible("#status");
        browser.visible("#lang-toggle").click();
        browser.until(d -> d.findElement(By.cssSelector("#search-form button[type=submit]")).getText().equals("搜索"));
        assertEquals("zh-CN", browser.js("return document.documentElement.lang"));
        browser.until(d -> d.findElement(By.id("status")).getText().contains("封邮件"));
        assertEquals("客户", browser.visible("#facets h3").getText());
        browser.driver.navigate().refresh();
        browser.until(d -> d.findElement(By.id("status")).getText().contains("封邮件"));
        assertEquals("搜索", browser.visible("#search-form button[type=submit]").getText());
        try {
            browser.get("/#/order/HD-2024-0117");
            assertEquals("订单 HD-2024-0117", browser.visible("#evidence h1").getText());
            assertEquals("条款变更记录", browser.visible("#clause-history h2").getText());
            browser.screenshot("10-order-evidence-zh");
            browser.visible("#lang-toggle").click();
            browser.until(d -> d.findElement(By.cssSelector("#evidence h1")).getText().equals("Order HD-2024-0117"));
        } finally {
            browser.js("localStorage.setItem('docket.lang', 'en')");
        }
        assertEquals("Export evidence bundle", browser.visible("#export").getText());
    }

    @Test
    void mailHtmlWithScriptsAndHandlersRunsNothing() throws Exception {
        String id = live.search("id:html-active-content@docket.example").body().get("hits").get(0).get("id").asText();
        browser.get("/#/message/" + id);
        browser.visible("#show-html").click();
        WebElement frame = browser.visible("#html-frame");
        assertFalse(frame.getAttribute("sandbox").contains("allow-scripts"));
        browser.until(d -> browser.js("const f = document.getElementById('html-frame');"
                + "return !!(f.contentDocument && f.contentDocument.readyState === 'complete' && f.contentDocument.body"
                + " && f.contentDocument.body.textContent.includes('Dear customer'))"));
        // Every payload would raise an alert, set pwned and retitle the page; none may have.
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        assertEquals("Docket", browser.driver.getTitle());
        assertEquals(Boolean.TRUE, browser.js("return window.pwned === undefined"));
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('html-frame').contentWindow.pwned === undefined"));
        assertEquals(0L, browser.js("return document.getElementById('html-frame').contentDocument"
                + ".querySelectorAll('script, form, input, iframe, svg, [onerror], [onload], [onclick], img[src^=http], a[href^=javascript]').length"));
        assertEquals("https://www.example.com/terms", browser.js("return document.getElementById('html-frame').contentDocument"
                + ".querySelector('a').getAttribute('href')"));
        assertTrue(browser.js("return document.getElementById('html-frame').contentDocument.body.textContent").toString().contains("Beneficiary"));
        browser.screenshot("11-message-hostile-html");

        // Opened on its own, outside the frame, the document is still sandboxed by its CSP header.
        browser.get("/api/v1/messages/" + id + "/html");
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        assertFalse(browser.driver.getTitle().contains("pwned"));
        assertTrue(browser.driver.findElement(By.tagName("body")).getText().contains("Dear customer"));
    }

    @Test
    void pagesFitAPhoneScreen() throws Exception {
        browser.resize(Browser.PHONE);
        try {
            phonePages();
        } finally {
            browser.resize(Browser.LAPTOP);
        }
    }

    private void phonePages() {
        for (String[] page : List.of(new String[] {"/?q=" + enc("order:HD-2024-0117"), ".hit", "12-phone-search"},
                new String[] {"/#/order/HD-2024-0117", "#timeline li.item", "13-phone-order-evidence"},
                new String[] {"/#/customer/muller-gmbh", "#activity-chart", "14-phone-customer"},
                new String[] {"/#/unconfirmed", "#unconfirmed tbody tr", "18-phone-unconfirmed"},
                new String[] {"/#/audit", "#audit tbody tr", "20-phone-audit"})) {
            browser.get(page[0]);
            browser.visible(page[1]);
            Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(((Number) overflow).intValue() <= 0, page[0] + " is wider than the phone by " + overflow + " px");
            browser.windowScreenshot(page[2]);
        }
    }

    private List<String> clauseRow(String type, String value) {
        WebElement row = browser.all("#clause-history tr[data-type=" + type + "]").stream()
                .filter(r -> r.findElement(By.cssSelector("td.value")).getText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " row " + value));
        return List.of(row.findElement(By.cssSelector("td.proposed")).getText(), row.findElement(By.cssSelector("td.confirmed")).getText());
    }

    private List<String> texts(String css) {
        return browser.all(css).stream().map(WebElement::getText).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
