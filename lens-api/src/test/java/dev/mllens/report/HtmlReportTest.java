package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.MlLens;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.lens.Question;
import dev.mllens.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's structure, read with an HTML5 parser; what it does in a browser is tested by the CLI's browser test. */
class HtmlReportTest {

    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());
    private static final String HTML = Reports.html(SAMPLE);
    private static final Document DOC = Jsoup.parse(HTML);

    @Test
    void theHeatMapHasACellPerPillarAndPhaseAndOnePerQuestion() {
        List<Element> cells = DOC.select("table.heatmap td.cell");
        assertThat(cells).hasSize(36);
        assertThat(DOC.select("table.heatmap td.empty")).hasSize(36 - Lens.catalog().questions().size());
        for (Question q : Lens.catalog().questions()) {
            Element cell = DOC.selectFirst("td.cell[data-question=" + q.id() + "]");
            assertThat(cell).as(q.id()).isNotNull();
            assertThat(cell.attr("data-pillar")).isEqualTo(q.pillar().name());
            assertThat(cell.attr("data-phase")).isEqualTo(q.phase().name());
            List<Finding> fs = SAMPLE.findings().stream().filter(f -> f.questionId().equals(q.id())).toList();
            for (Risk r : HtmlReport.KEYS) {
                long n = fs.stream().filter(f -> Risk.countKey(f.status(), f.risk()) == r).count();
                assertThat(cell.attr("data-" + r.name().toLowerCase().replace('_', '-'))).as(q.id() + " " + r).isEqualTo(String.valueOf(n));
            }
            Risk top = HtmlReport.KEYS.stream().filter(r -> fs.stream().anyMatch(f -> Risk.countKey(f.status(), f.risk()) == r))
                    .findFirst().orElseThrow();
            assertThat(cell.hasClass("top-" + HtmlReport.key(top))).as(q.id()).isTrue();
            assertThat(cell.selectFirst("a").attr("href")).isEqualTo("#q-" + q.id());
            assertThat(DOC.getElementById("q-" + q.id())).as("the cell's findings").isNotNull();
        }
    }

    @Test
    void everyFindingShowsItsStatusRiskGapsQuestionsActionsAndLensPage() {
        List<Element> articles = DOC.select("article.finding");
        assertThat(articles).hasSize(105);
        for (Finding f : SAMPLE.findings()) {
            Element a = DOC.getElementById(f.bestPracticeId());
            assertThat(a.attr("data-status")).isEqualTo(f.status().name());
            assertThat(a.attr("data-pillar")).isEqualTo(f.pillar().name());
            assertThat(a.select("ul.gaps li").eachText()).isEqualTo(f.gapTexts());
            assertThat(a.select("ul.missing li")).hasSize(f.missing().size());
            assertThat(a.select("ul.actions li").eachText()).isEqualTo(f.actions());
            assertThat(a.select("table.evidence tr")).hasSize(f.evidence().size());
            assertThat(a.selectFirst("a.doc").attr("href")).isEqualTo(Lens.catalog().require(f.bestPracticeId()).documentationUrl());
        }
        assertThat(DOC.select("ol.plan li")).hasSize(SAMPLE.improvementPlan().items().size());
        assertThat(DOC.select("#risk tbody tr")).hasSize(SAMPLE.practiceRiskCountsByPillar().size() + 1);
        assertThat(DOC.select("h1").text()).isEqualTo("Card fraud detection");
        assertThat(DOC.select("header").text()).contains("edition 2025-11");
    }

    @Test
    void thePageIsSelfContained() {
        assertThat(DOC.select("[src], link[rel=stylesheet], iframe, object, embed")).isEmpty();
        assertThat(HTML).doesNotContain("@import", "url(", "@font-face", "http://");
        assertThat(DOC.select("a[href^=https:]")).allSatisfy(a -> assertThat(a.attr("href"))
                .startsWith("https://docs.aws.amazon.com/wellarchitected/latest/machine-learning-lens/"));
        assertThat(DOC.select("style")).hasSize(1);
        assertThat(DOC.select("script")).hasSize(1);
    }

    @Test
    void theContentPolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
        String policy = DOC.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).startsWith("default-src 'none';")
                .contains("style-src '" + sha256(DOC.selectFirst("style").data()) + "'")
                .contains("script-src '" + sha256(DOC.selectFirst("script").data()) + "'");
    }

    @Test
    void aScopedAssessmentShowsQuestionsOutOfScopeAsSuch() {
        Assessment security = MlLens.engine().assess(Samples.fraudDetection(), AssessmentOptions.builder()
                .pillars(Pillar.SECURITY).build());
        Document doc = Jsoup.parse(Reports.html(security));
        assertThat(doc.select("td.out-of-scope")).hasSize(Lens.catalog().questions().size()
                - (int) Lens.catalog().questions().stream().filter(q -> q.pillar() == Pillar.SECURITY).count());
        assertThat(doc.select("article.finding")).hasSize(security.findings().size());
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
