package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Endpoint;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());

    /** Renders GitHub-flavoured Markdown with an unmodified CommonMark parser, as a reader would see it. */
    static Document rendered(String md) {
        var ext = List.of(TablesExtension.create());
        return Jsoup.parseBodyFragment(HtmlRenderer.builder().extensions(ext).build()
                .render(Parser.builder().extensions(ext).build().parse(md)));
    }

    @Test
    void theSummaryHasCountsTheHighFindingsTheTopActionsAndTheRestFolded() {
        String md = Reports.markdown(SAMPLE);
        Document doc = rendered(md);
        var counts = doc.select("table").first();
        assertThat(counts.select("tbody tr")).hasSize(SAMPLE.practiceRiskCountsByPillar().size() + 1);
        assertThat(counts.select("tbody tr").last().text()).isEqualTo("Total " + SAMPLE.practiceRiskCounts().get(Risk.HIGH) + " "
                + SAMPLE.practiceRiskCounts().get(Risk.MEDIUM) + " " + SAMPLE.practiceRiskCounts().get(Risk.UNANSWERED) + " "
                + SAMPLE.practiceRiskCounts().get(Risk.NONE) + " " + SAMPLE.practiceRiskCounts().get(Risk.NOT_APPLICABLE));
        List<Finding> high = SAMPLE.findings().stream().filter(f -> f.risk() == Risk.HIGH).toList();
        assertThat(doc.select("h3").eachText()).containsExactly("HIGH risk (" + high.size() + ")", "Top actions");
        for (Finding f : high) {
            assertThat(doc.text()).contains(f.bestPracticeId() + " " + f.title());
            f.gapTexts().forEach(g -> assertThat(doc.text()).contains(g));
        }
        assertThat(doc.select("ol").first().children()).hasSize(10);
        assertThat(md).contains("<details><summary>Other findings to act on (", "<details><summary>Met or not applicable (");
        assertThat(md).doesNotContain("left out");
        assertThat(md.length()).isLessThan(MarkdownReport.LIMIT);
    }

    @Test
    void aLargeWorkloadStaysUnderGitHubsCommentLimitAndSaysWhatItLeftOut() {
        Workload s = Samples.fraudDetection();
        Workload.Builder big = Workload.builder(s.id()).name(s.name()).context(s.context()).governance(s.governance())
                .pipelines(s.pipelines()).training(s.training()).monitoring(s.monitoring()).environment(s.environment());
        String longName = "-with-a-rather-long-identifier-that-repeats-".repeat(4);
        for (int i = 0; i < 400; i++) {
            big.dataset(Dataset.builder("dataset-" + i + longName).versioned(false).accessLogging(false).publicAccessBlocked(false).build());
            big.model(Model.builder("model-" + i + longName).registered(false).robustnessTested(false).build());
            big.endpoint(Endpoint.builder("endpoint-" + i + longName).automatedRollback(false).authRequired(false).build());
        }
        Assessment a = MlLens.engine().assess(big.build());
        String md = Reports.markdown(a);
        assertThat(md.length()).isLessThan(65_000);
        assertThat(md).contains("left out to stay under GitHub's comment limit");
        assertThat(md).contains("and ").contains(" more");
        Document doc = rendered(md);
        assertThat(doc.select("h3").first().text()).startsWith("HIGH risk");
        assertThat(md).endsWith("</sub>\n");
    }
}
