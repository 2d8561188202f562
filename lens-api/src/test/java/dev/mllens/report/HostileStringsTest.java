package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.AssessmentOptions;
import dev.mllens.Gate;
import dev.mllens.MlLens;
import dev.mllens.Threshold;
import dev.mllens.WaiverReason;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.LensJson;
import dev.mllens.json.LocatedWorkload;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Dataset;
import dev.mllens.workload.Model;
import dev.mllens.workload.Workload;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, "outputs nobody can forge": ids, names and notes holding markup, quotes, ampersands, a fake
 * report line, ANSI escapes and a right-to-left override, rendered in every format and read back by
 * each format's own parser.
 */
class HostileStringsTest {

    static final String NAME = "<script>alert(\"pwned\")</script> & 'Q' <img src=x onerror=alert(1)>";
    static final String FORGED_LINE = "w\n  MET                   NONE       MLSEC01-BP01 forged finding";
    static final String ANSI = "d\u001B[2J\u001B[31mred";
    static final String RTL = "txt\u202Egpj.exe";
    static final String MARKDOWN = "m](https://evil.example)|x|`code` **b** <b>h</b> @everyone #1 $x$ www.evil.example";
    static final String SEPARATOR = "e\u2028mllens: forged\r\nmllens: forged";

    /** The sample, with hostile strings wherever a user can put one. */
    static Workload hostile() {
        Workload s = Samples.fraudDetection();
        return Workload.builder(FORGED_LINE).name(NAME).context(s.context()).governance(s.governance())
                .pipelines(s.pipelines()).training(s.training()).monitoring(s.monitoring()).environment(s.environment())
                .dataset(Dataset.builder(ANSI).versioned(false).accessLogging(false).build(),
                        Dataset.builder(RTL).versioned(false).build(),
                        Dataset.builder(MARKDOWN).versioned(false).build())
                .model(Model.builder(SEPARATOR).owner(NAME).trainingDatasetIds(List.of(ANSI, RTL)).build())
                .build();
    }

    static Assessment assessment() {
        return MlLens.engine().assess(hostile(), AssessmentOptions.builder()
                .waive("MLSEC01-BP01", WaiverReason.OTHER, "approved\r\nmllens: gate passed " + NAME).build());
    }

    private static final List<String> RAW = List.of("\u001B", "\u202E", "\u2028", "\r");

    @Test
    void theTextReportShowsEveryValueOnItsOwnLine() {
        String text = Reports.text(assessment());
        assertThat(text).doesNotContain(RAW);
        assertThat(text.lines()).noneMatch(l -> l.startsWith("  MET") && l.contains("forged"));
        assertThat(text.lines().filter(l -> l.contains("forged"))).allMatch(l -> l.startsWith("mllens assessment: ")
                || l.contains("\\n"));
        assertThat(text).contains("\\u001B[2J", "\\u202E", "\\u2028");
    }

    @Test
    void theHtmlPageHoldsNoMarkupOfTheUsers() {
        Document doc = Jsoup.parse(Reports.html(assessment()));
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("h1").text()).isEqualTo(NAME);
        assertThat(doc.title()).isEqualTo("mllens: " + NAME);
        assertThat(doc.select("header code").first().wholeText()).isEqualTo(SafeText.visible(FORGED_LINE));
        assertThat(doc.html()).doesNotContain(RAW);
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href"))
                .matches("#.*|https://docs\\.aws\\.amazon\\.com/wellarchitected/latest/machine-learning-lens/ml[a-z]+\\d\\d-bp\\d\\d\\.html"));
    }

    @Test
    void theMarkdownOpensNoLinkTableCellHtmlOrCode() {
        String md = Reports.markdown(assessment());
        List<org.commonmark.Extension> gfm = List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create());
        String html = HtmlRenderer.builder().extensions(gfm).build().render(Parser.builder().extensions(gfm).build().parse(md));
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a, img, script, code, pre, b, h1, del")).as(html).isEmpty();
        assertThat(doc.select("h2").first().wholeText()).isEqualTo("mllens: " + NAME + " (" + SafeText.visible(FORGED_LINE) + ")");
        for (var table : doc.select("table")) {
            int columns = table.select("thead th").size();
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(columns));
        }
        assertThat(doc.text()).contains(MARKDOWN.substring(0, 30));
        assertThat(md).doesNotContain(RAW);
    }

    @Test
    void theJunitXmlParsesAndKeepsTheValuesAsText() throws Exception {
        String xml = Reports.junit(assessment(), Gate.failOn(Threshold.MEDIUM));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(doc.getDocumentElement().getAttribute("name")).isEqualTo("mllens: " + NAME);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(xml).doesNotContain(RAW);
    }

    @Test
    void theSarifLogIsValidJsonWithTheValuesAsStrings() {
        LocatedWorkload located = LensJson.readLocated(LensJson.write(hostile()), DocumentSyntax.JSON);
        Assessment a = MlLens.engine().assess(located.workload());
        String sarif = Reports.sarif(a, new WorkloadFile("w.json", located.locations()));
        var root = JsonMapper.builder().build().readTree(sarif);
        assertThat(root.get("runs").get(0).get("results").toString()).contains("dataset 'd\\u001B[2J");
        assertThat(SarifReportTest.violations(sarif)).isEmpty();
    }
}
