package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.MlLens;
import dev.mllens.cli.HeadlessChromium;
import dev.mllens.finding.Status;
import dev.mllens.json.LensJson;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Question;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code mllens serve} in Debian's headless Chromium against a server on a loopback port: a
 * person loads the sample (or pastes, or uploads a file), submits, and reads the HTML report with its heat
 * map in the page, the report's own script working under the page's policy.
 */
class ServePageBrowserTest {

    private static final Path OUT = Path.of("target", "browser");

    private static long started;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static TestServer server;

    @BeforeAll
    static void open() throws IOException {
        started = System.nanoTime();
        chromium = HeadlessChromium.open();
        browser = chromium.browser();
        server = TestServer.start();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
        System.out.printf("ServePageBrowserTest: %d ms, browser start included%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @BeforeEach
    void openThePage() {
        browser.switchTo().defaultContent();
        browser.get(server.uri("/").toString());
    }

    @AfterEach
    void noConsoleProblems() {
        browser.switchTo().defaultContent();
        assertThat(chromium.consoleProblems()).as("console warnings and errors (a blocked script or style shows here)").isEmpty();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void submitAndEnterTheReport() {
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
        waiting().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("report"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heatmap")));
    }

    @Test
    void theSampleLoadedAndSubmittedShowsTheReportWithItsHeatMapAndFindings() throws IOException {
        browser.findElement(By.id("load-sample")).click();
        assertThat(browser.findElement(By.id("workload")).getDomProperty("value")).isEqualTo(Samples.fraudDetectionJson());
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Sample loaded");
        submitAndEnterTheReport();
        browser.switchTo().defaultContent();
        Files.write(OUT.resolve("serve-page.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.switchTo().frame("report");

        List<WebElement> cells = browser.findElements(By.cssSelector("table.heatmap td.cell"));
        assertThat(cells).hasSize(36);
        assertThat(cells.stream().map(c -> c.getDomAttribute("data-question")).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()))
                .isEqualTo(Lens.catalog().questions().stream().map(Question::id).collect(Collectors.toSet()));
        assertThat(cells).allSatisfy(c -> assertThat(c.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)"));
        assertThat(browser.findElements(By.cssSelector("table.heatmap td.empty"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("article.finding"))).hasSize(105);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Card fraud detection");

        // the report's own script runs in the frame: its filters hide what they filter out
        browser.findElement(By.id("show-all")).click();
        browser.findElement(By.cssSelector("#filters input[value=MET]")).click();
        long met = MlLens.engine().assess(Samples.fraudDetection()).statusCounts().get(Status.MET);
        assertThat(browser.findElements(By.cssSelector("article.finding")).stream().filter(WebElement::isDisplayed))
                .hasSize((int) (105 - met));
        browser.switchTo().defaultContent();
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Assessed: the report is below.");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
    }

    @Test
    void aBadWorkloadShowsThePathAndTheProblemAndNoReport() {
        browser.findElement(By.id("workload")).sendKeys(
                "{\"id\": \"w\", \"endpoints\": [{\"id\": \"a\"}, {\"id\": \"b\", \"autoScaling\": {\"minInstances\": 3, \"maxInstances\": 1}}]}");
        browser.findElement(By.id("submit")).click();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).isEqualTo("$.endpoints[1].autoScaling.maxInstances: must be at least minInstances (3), was 1");
        assertThat(browser.findElement(By.id("report")).isDisplayed()).isFalse();
        // the browser logs the refusal itself, and nothing else
        assertThat(chromium.consoleProblems()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("/v1/assessments", "status of 400"));
    }

    @Test
    void anUploadedYamlFileIsReadAndAssessed() throws IOException {
        Path yaml = OUT.resolve("uploaded-workload.yaml");
        Files.writeString(yaml, LensJson.writeYaml(Samples.fraudDetection()).replace("Card fraud detection", "Uploaded fraud model"));
        browser.findElement(By.id("upload")).sendKeys(yaml.toAbsolutePath().toString());
        waiting().until(ExpectedConditions.textToBe(By.id("status"), "Loaded uploaded-workload.yaml."));
        assertThat(browser.findElement(By.id("workload")).getDomProperty("value")).startsWith("id: card-fraud-detection");
        submitAndEnterTheReport();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uploaded fraud model");
        assertThat(browser.findElements(By.cssSelector("table.heatmap td.cell"))).hasSize(36);
    }

    @Test
    void nothingToAssessIsSaidOnThePageWithoutAsking() {
        long asked = server.log.stream().filter(e -> e.path().equals("/v1/assessments")).count();
        browser.findElement(By.id("submit")).click();
        assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("Paste or upload a workload document, or load the sample.");
        assertThat(server.log.stream().filter(e -> e.path().equals("/v1/assessments")).count()).isEqualTo(asked);
    }
}
