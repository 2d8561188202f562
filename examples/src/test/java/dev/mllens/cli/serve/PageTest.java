package dev.mllens.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.MlLens;
import dev.mllens.report.Reports;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page at {@code /} read as markup (the browser test runs it): self-contained, and its content security
 * policy allows exactly its own style and script and those of the report it shows, by hash.
 */
class PageTest {

    private static TestServer s;
    private static HttpResponse<String> page;
    private static Document doc;

    @BeforeAll
    static void load() throws IOException, InterruptedException {
        s = TestServer.start();
        page = s.get("/");
        doc = Jsoup.parse(page.body());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** The directives of a policy, each with its sources. */
    private static Map<String, Set<String>> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty()).map(d -> d.split("\\s+"))
                .collect(Collectors.toMap(d -> d[0], d -> new TreeSet<>(Arrays.asList(d).subList(1, d.length))));
    }

    private static Set<String> hashes(Document d, String tag) {
        return d.select(tag).stream().filter(e -> !e.hasAttr("type")).map(e -> "'" + Page.sha256(e.data()) + "'")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void thePageIsServedWithItsPolicyAndNoCaching() {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(doc.title()).isEqualTo("mllens: assess an ML workload");
        assertThat(doc.select("p.sub").text()).contains("edition 2025-11", "mllens " + MlLens.version());
    }

    @Test
    void itAllowsItsOwnAndTheReportsStyleAndScriptByHashAndNothingElse() {
        Map<String, Set<String>> policy = directives(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        Document report = Jsoup.parse(Reports.html(MlLens.engine().assess(Samples.fraudDetection())));
        Map<String, Set<String>> reportPolicy = directives(report.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));

        Set<String> styles = new TreeSet<>(hashes(doc, "style"));
        styles.addAll(reportPolicy.get("style-src"));
        Set<String> scripts = new TreeSet<>(hashes(doc, "script"));
        scripts.addAll(reportPolicy.get("script-src"));
        assertThat(policy.get("style-src")).isEqualTo(styles).hasSize(2);
        assertThat(policy.get("script-src")).isEqualTo(scripts).hasSize(2);
        assertThat(reportPolicy.get("script-src")).isEqualTo(hashes(report, "script"));
        assertThat(policy.get("default-src")).containsExactly("'none'");
        assertThat(policy.get("connect-src")).containsExactly("'self'");
        assertThat(policy.get("frame-ancestors")).containsExactly("'none'");
        assertThat(policy.get("form-action")).containsExactly("'none'");
    }

    @Test
    void itLoadsNothingFromAnywhereAndCarriesTheSample() {
        for (Element e : doc.select("[src], link[href]")) {
            assertThat(e.attr("src") + e.attr("href")).as(e.outerHtml()).isIn("", "data:,");
        }
        assertThat(doc.select("a[href]").eachAttr("href"))
                .containsExactly("v1/openapi.json", "v1/catalog", "v1/schema/workload", "healthz")
                .allSatisfy(href -> assertThat(href).doesNotStartWith("/").doesNotContain("//"));
        Element sample = doc.selectFirst("script#sample[type=application/json]");
        assertThat(sample.data()).isEqualTo(Samples.fraudDetectionJson().replace("<", "\\u003c"));
        assertThat(doc.select("script:not([type])")).hasSize(1);
        assertThat(doc.selectFirst("iframe#report").attr("sandbox")).isEqualTo("allow-scripts");
        assertThat(List.of("textarea#workload", "input#upload[type=file]", "button#load-sample", "button#submit[type=submit]"))
                .allSatisfy(selector -> assertThat(doc.select(selector)).as(selector).hasSize(1));
    }

    @Test
    void aTemplateValueIsNeverScannedForNames() {
        assertThat(Page.fill("<p>{{a}}</p>{{b}}", Map.of("a", "{{b}}", "b", "x"))).isEqualTo("<p>{{b}}</p>x");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Page.fill("{{missing}}", Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{{missing}}");
    }
}
