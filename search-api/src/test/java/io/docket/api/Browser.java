package io.docket.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, for the web UI tests: bounded waits,
 * and screenshots kept under target/screenshots for a person to look at.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("docket.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("docket.chromedriver", "/usr/bin/chromedriver"));
    /** The viewer's clock in these tests: the company's, so "your time" is predictable. */
    static final String TIME_ZONE = "Asia/Shanghai";
    static final Dimension LAPTOP = new Dimension(1280, 1000);
    static final Dimension PHONE = new Dimension(390, 844);

    final ChromeDriver driver;
    private final String base;
    private final Path screenshots;

    private Browser(ChromeDriver driver, String base, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser open(String base, Path screenshots) throws IOException {
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        // An explicit binary and driver: Selenium Manager never runs, nothing is downloaded.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--hide-scrollbars", "--lang=en-US",
                "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15)).scriptTimeout(Duration.ofSeconds(5));
        return new Browser(driver, base, screenshots);
    }

    void get(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Waits at most five seconds: every page of the sample archive renders in well under one. */
    <T> T until(Function<WebDriver, T> condition) {
        return until(condition, Duration.ofSeconds(5));
    }

    /** Waits longer for work the server does on request, such as writing an evidence bundle (a PDF page per message). */
    <T> T until(Function<WebDriver, T> condition, Duration timeout) {
        // A view re-renders as its data arrives: an element found a moment ago may already be replaced.
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
    }

    WebElement visible(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Console errors since the last call: script exceptions and policy violations. Failed requests
     * are left out; the tests provoke 400s and 404s on purpose and check what the page shows.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** The whole page, not only the window: Chrome's own capture through the DevTools protocol. */
    void screenshot(String name) {
        // From the top, or the sticky header is drawn where the window happened to be scrolled.
        js("window.scrollTo(0, 0)");
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            long width = Math.round(((Number) metrics.get("width")).doubleValue());
            long height = Math.min(Math.round(((Number) metrics.get("height")).doubleValue()), 3_000);
            Object data = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1))).get("data");
            Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the window shows, for views where the page scrolls inside itself. */
    void windowScreenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
