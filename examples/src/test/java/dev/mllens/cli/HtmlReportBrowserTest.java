package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report of the sample, written by the CLI, opened in Debian's headless Chromium
 * ({@link HeadlessChromium}: skipped without it, unless {@code MLLENS_CI=1}).
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target", "browser");

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());

    @BeforeAll
    static void openTheReport() throws IOException {
        chromium = HeadlessChromium.open();
        browser = chromium.browser();
        Files.createDirectories(OUT);
        Path report = OUT.resolve("mllens.html");
        CliRun r = CliRun.run("assess", "--sample", "--format", "html", "--output", report.toString());
        assertThat(r.code()).as(r.err()).isZero();
        browser.get(report.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static List<WebElement> shownFindings() {
        return browser.findElements(By.cssSelector("article.finding")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static void showAll() {
        browser.findElement(By.id("show-all")).click();
    }

    @Test
    void theHeatMapShowsEveryQuestionWithItsCounts() {
        List<WebElement> cells = browser.findElements(By.cssSelector("table.heatmap td.cell"));
        assertThat(cells).hasSize(36);
        assertThat(browser.findElements(By.cssSelector("table.heatmap td.empty"))).hasSize(1);
        for (var q : Lens.catalog().questions()) {
            WebElement cell = browser.findElement(By.cssSelector("td.cell[data-question='" + q.id() + "']"));
            List<Finding> fs = SAMPLE.findings().stream().filter(f -> f.questionId().equals(q.id())).toList();
            List<String> chips = new ArrayList<>();
            for (Risk r : List.of(Risk.HIGH, Risk.MEDIUM, Risk.UNANSWERED, Risk.NONE, Risk.NOT_APPLICABLE)) {
                long n = fs.stream().filter(f -> Risk.countKey(f.status(), f.risk()) == r).count();
                if (n > 0) {
                    chips.add(n + " " + (r == Risk.NOT_APPLICABLE ? "n/a" : r.name().toLowerCase(Locale.ROOT)));
                }
            }
            assertThat(cell.getText()).as(q.id()).isEqualTo(q.id() + "\n" + fs.size() + (fs.size() == 1 ? " practice" : " practices")
                    + "\n" + String.join(" · ", chips));
            assertThat(cell.getCssValue("background-color")).as(q.id() + " is coloured").isNotEqualTo("rgba(0, 0, 0, 0)");
        }
    }

    @Test
    void filtersHideFindingsAndACellBringsItsFindingsBack() {
        showAll();
        assertThat(shownFindings()).hasSize(105);
        for (WebElement box : browser.findElements(By.cssSelector("#filters input[name=status]"))) {
            if (!box.getAttribute("value").equals("NOT_MET")) {
                box.click();
            }
        }
        List<WebElement> notMet = shownFindings();
        assertThat(notMet).hasSize(SAMPLE.statusCounts().get(Status.NOT_MET))
                .allSatisfy(a -> assertThat(a.getAttribute("data-status")).isEqualTo("NOT_MET"));
        assertThat(browser.findElement(By.id("shown")).getText())
                .isEqualTo("Showing " + notMet.size() + " of 105 findings");
        new Select(browser.findElement(By.name("pillar"))).selectByValue(Pillar.SECURITY.name());
        long securityNotMet = SAMPLE.findings(Pillar.SECURITY).stream().filter(f -> f.status() == Status.NOT_MET).count();
        assertThat(shownFindings()).hasSize((int) securityNotMet);
        assertThat(browser.findElement(By.id("MLOPS01-BP01")).isDisplayed()).isFalse();

        // MLOPS01 is filtered out; following its heat map cell shows every finding again
        browser.findElement(By.cssSelector("td.cell[data-question='MLOPS01'] a")).click();
        assertThat(shownFindings()).hasSize(105);
        assertThat(browser.findElement(By.id("MLOPS01-BP01")).isDisplayed()).isTrue();
    }

    @Test
    void printingShowsEveryFindingAndNoFilters() throws IOException {
        showAll();
        browser.findElement(By.cssSelector("#filters input[value=MET]")).click();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(shownFindings()).as("filtered findings are printed too").hasSize(105);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        String pdf = browser.print(new PrintOptions()).getContent();
        byte[] bytes = Base64.getDecoder().decode(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(OUT.resolve("mllens.pdf"), bytes);
        showAll();
    }

    @Test
    void theConsoleShowsNoErrorsAndAScreenshotIsSaved() throws IOException {
        showAll();
        browser.executeScript("window.scrollTo(0, 0)");
        Files.write(OUT.resolve("mllens-report.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(chromium.consoleProblems()).as("console warnings and errors (a blocked inline script or style shows here)").isEmpty();
        assertThat(browser.executeScript("return document.querySelectorAll('article.finding').length")).isEqualTo(105L);
    }
}
