package dev.carve.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.reports.fixtures.ShopProposal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report in a real headless Chromium (Debian's chromium and chromedriver, found on the PATH; Selenium
 * Manager never downloads anything): it loads without console errors, the module graph renders, search filters,
 * and clicking a module in the graph drills down to its classes and a class's explanation.
 */
class HtmlReportIT {
    private static ChromeDriverService service;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openTheReport() throws Exception {
        Path dir = Files.createTempDirectory(
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))), "html-report");
        Path page = dir.resolve("carve-report.html");
        Files.writeString(page, new HtmlReport().render(ShopProposal.proposal()));

        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath("chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath("chromium", "chromium-browser", "google-chrome"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(page.toUri().toString());
        wait.until(
                b -> js("return window.carveReport ? window.carveReport.nodeCount() : 0") instanceof Long n && n > 0);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void loadsWithoutConsoleErrorsAndRendersTheModuleGraph() {
        assertThat(severeConsoleEntries()).isEmpty();
        showAllModules();
        assertThat(js("return window.carveReport.nodeCount()")).isEqualTo(3L);
        // the SVG renderer draws one element per node, edge and label: the graph is really on screen
        assertThat(browser.findElements(By.cssSelector("#graph svg path")).size())
                .isGreaterThanOrEqualTo(3 + 3);
        assertThat(browser.findElement(By.cssSelector("#graph svg")).getText())
                .contains("order", "customer", "catalog");
        assertThat(browser.findElements(By.cssSelector("#ownership-matrix tr"))).hasSize(1 + 3);
        assertThat(browser.findElements(By.cssSelector("#candidates-table th.recommended")))
                .singleElement()
                .extracting(WebElement::getText)
                .asString()
                .contains("k3");
        assertThat(browser.findElements(By.cssSelector("#extraction .step"))).hasSize(3);
        assertThat(browser.findElement(By.id("more")).getText()).contains(ShopProposal.HOSTILE_NOTE);
    }

    @Test
    void searchFiltersModulesAndClassesAndOpensAnExplanation() {
        showAllModules();
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("catalog");
        WebElement results = browser.findElement(By.id("search-results"));
        wait.until(b -> results.isDisplayed());
        List<WebElement> items = results.findElements(By.cssSelector(".result"));
        assertThat(items)
                .extracting(WebElement::getText)
                .allSatisfy(t -> assertThat(t.toLowerCase()).contains("catalog"));
        assertThat(items).extracting(e -> e.getAttribute("data-kind")).containsExactly("module", "class");
        assertThat(browser.findElements(By.cssSelector("#module-list .module-item")))
                .extracting(e -> e.getAttribute("data-module"))
                .containsExactly("catalog");

        items.get(1).click();
        WebElement explanation = wait.until(b -> b.findElement(By.id("explanation")));
        assertThat(explanation.getAttribute("data-class")).isEqualTo(ShopProposal.CATALOG_SERVICE);
        clearSearch();
    }

    @Test
    void clickingAModuleInTheGraphDrillsDownToItsClassesAndTheirExplanation() {
        showAllModules();
        WebElement graph = browser.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> node = (Map<String, Number>) js("return window.carveReport.nodePixel('order')");
        new Actions(browser)
                .moveToElement(
                        graph,
                        (int) Math.round(
                                node.get("x").doubleValue() - graph.getSize().getWidth() / 2.0),
                        (int) Math.round(
                                node.get("y").doubleValue() - graph.getSize().getHeight() / 2.0))
                .click()
                .perform();

        wait.until(b -> b.findElement(By.id("crumbs")).getText().contains("order"));
        List<WebElement> classes = browser.findElements(By.cssSelector("#class-list .class-item"));
        assertThat(classes)
                .extracting(e -> e.getAttribute("data-class"))
                .containsExactly(ShopProposal.ORDER_DAO, ShopProposal.ORDER_LISTENER, ShopProposal.ORDER_SERVICE);
        // the graph now shows the module's classes plus the modules they are tied to
        assertThat(js("return window.carveReport.nodeCount()")).isEqualTo(3L + 2L);

        classes.get(2).click();
        WebElement explanation = wait.until(b -> b.findElement(By.id("explanation")));
        assertThat(explanation.findElement(By.cssSelector(".second-best")).getText())
                .contains("Second best: catalog")
                .contains("margin 39%");
        assertThat(explanation.findElement(By.cssSelector("table.ties")).getText())
                .contains("OrderDao", "CatalogService", "CustomerDao");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    private static void showAllModules() {
        List<WebElement> back = browser.findElements(By.id("crumb-all"));
        if (!back.isEmpty()) {
            back.get(0).click();
        }
        wait.until(b -> "modules".equals(js("return window.carveReport.state.view")));
    }

    private static void clearSearch() {
        js("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'));");
    }

    private static List<String> severeConsoleEntries() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The first of the names found on the PATH; fails with what to install when none is. */
    private static File onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(names)
                .flatMap(n -> Stream.of(path.split(File.pathSeparator)).map(d -> new File(d, n)))
                .filter(File::canExecute)
                .findFirst()
                .orElseThrow(() -> new AssertionError(String.join(" or ", names)
                        + " is not on the PATH: install Debian's chromium and chromium-driver (.ci/run does)"));
    }
}
