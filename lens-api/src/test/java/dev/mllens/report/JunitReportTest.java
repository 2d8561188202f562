package dev.mllens.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.Assessment;
import dev.mllens.Gate;
import dev.mllens.MlLens;
import dev.mllens.Threshold;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Risk;
import dev.mllens.finding.Status;
import dev.mllens.lens.Lens;
import dev.mllens.lens.Pillar;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Workload;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The JUnit XML is validated suite by suite against Maven Surefire's report schema, then read for what it says. */
class JunitReportTest {

    private static final Assessment SAMPLE = MlLens.engine().assess(Samples.fraudDetection());

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Validates every testsuite of the report against the Surefire XSD, which describes one suite per file. */
    static void validate(String xml) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new StringReader(SarifReportTest.resource("surefire-test-report-3.0.xsd"))))
                .newValidator();
        Document doc = parse(xml);
        NodeList suites = doc.getDocumentElement().getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isPositive();
        for (int i = 0; i < suites.getLength(); i++) {
            validator.validate(new DOMSource(suites.item(i)));
        }
    }

    private static List<Element> cases(Document doc) {
        NodeList nodes = doc.getElementsByTagName("testcase");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Element caseOf(Document doc, String id) {
        return cases(doc).stream().filter(c -> c.getAttribute("name").startsWith(id + " ")).findFirst().orElseThrow();
    }

    @Test
    void everySuiteIsValidSurefireXml() throws Exception {
        validate(Reports.junit(SAMPLE, Gate.failOn(Threshold.HIGH)));
        validate(Reports.junit(SAMPLE, null));
        validate(Reports.junit(MlLens.engine().assess(Workload.builder("x").build()), Gate.failOn(Threshold.UNANSWERED)));
    }

    @Test
    void theSchemaRejectsABrokenSuite() {
        // the check is not a rubber stamp: a failure without its type is refused
        String broken = "<testsuites><testsuite name=\"s\" tests=\"1\" errors=\"0\" skipped=\"0\" failures=\"1\">"
                + "<testcase name=\"c\" time=\"0\"><failure message=\"m\"/></testcase></testsuite></testsuites>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(broken)).hasMessageContaining("type");
    }

    @Test
    void oneSuitePerPillarAndOneCasePerPractice() throws Exception {
        Document doc = parse(Reports.junit(SAMPLE, Gate.failOn(Threshold.HIGH)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(Pillar.values().length + 1);
        for (int i = 0; i < Pillar.values().length; i++) {
            Element suite = (Element) suites.item(i);
            Pillar pillar = Pillar.values()[i];
            assertThat(suite.getAttribute("name")).isEqualTo(pillar.displayName());
            assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(SAMPLE.findings(pillar).size()));
        }
        List<Element> practices = cases(doc).stream().filter(c -> !c.getAttribute("classname").equals("mllens gate")).toList();
        assertThat(practices).hasSize(105);
        Element first = practices.get(0);
        assertThat(first.getAttribute("classname")).isEqualTo("Operational excellence");
        assertThat(first.getAttribute("name")).isEqualTo("MLOPS01-BP01 " + Lens.catalog().require("MLOPS01-BP01").title());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("106");
    }

    @Test
    void findingsAtTheGatesRiskFailAndUndecidedOnesAreSkipped() throws Exception {
        Document doc = parse(Reports.junit(SAMPLE, Gate.failOn(Threshold.HIGH)));
        long high = SAMPLE.findings().stream().filter(f -> f.risk() == Risk.HIGH).count();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(high + 1));
        Element lineage = caseOf(doc, "MLOPS02-BP04");
        Element failure = (Element) lineage.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("NOT_MET");
        assertThat(failure.getTextContent()).contains("- lineage between data, jobs, models and endpoints is not recorded automatically");
        Finding partial = SAMPLE.finding("MLOPS01-BP01").orElseThrow();
        assertThat(partial.status()).isEqualTo(Status.PARTIALLY_MET);
        Element below = caseOf(doc, "MLOPS01-BP01");
        assertThat(below.getElementsByTagName("failure").getLength()).as("MEDIUM is below a HIGH gate").isZero();
        assertThat(below.getElementsByTagName("system-out").item(0).getTextContent()).contains(partial.gapTexts().get(0));
        Finding undecided = SAMPLE.findings().stream().filter(f -> f.status() == Status.INSUFFICIENT_EVIDENCE).findFirst().orElseThrow();
        Element skipped = (Element) caseOf(doc, undecided.bestPracticeId()).getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).startsWith("undecided: state " + undecided.missing().get(0).fact());
        Element gate = caseOf(doc, "fail");
        assertThat(gate.getElementsByTagName("failure").item(0).getTextContent()).startsWith(high + " findings at HIGH or above");
    }

    @Test
    void withoutAGateEveryStatedGapFailsAndUnderUnansweredUndecidedOnesFailToo() throws Exception {
        Document none = parse(Reports.junit(SAMPLE, null));
        long gaps = SAMPLE.findings().stream().filter(f -> f.status() == Status.NOT_MET || f.status() == Status.PARTIALLY_MET).count();
        assertThat(none.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(gaps));
        assertThat(none.getElementsByTagName("testsuite").getLength()).as("no gate suite").isEqualTo(6);
        Document unanswered = parse(Reports.junit(SAMPLE, Gate.failOn(Threshold.UNANSWERED)));
        long counted = SAMPLE.findingsAtOrAbove(Threshold.UNANSWERED).size();
        assertThat(unanswered.getDocumentElement().getAttribute("failures")).isEqualTo(String.valueOf(counted + 1));
    }

    @Test
    void aSilentWorkloadFailsTheGateSuite() throws Exception {
        Document doc = parse(Reports.junit(MlLens.engine().assess(Workload.builder("x").build()), Gate.failOn(Threshold.HIGH)));
        assertThat(doc.getDocumentElement().getAttribute("skipped")).isEqualTo("105");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(caseOf(doc, "fail").getElementsByTagName("failure").item(0).getTextContent())
                .startsWith("no practice in scope was decided");
    }

    @Test
    void againstABaselineOnlyNewOrWorseFindingsFail() throws Exception {
        String frozen = Reports.junit(SAMPLE.compareWith(dev.mllens.Baseline.of(SAMPLE)), Gate.failOn(Threshold.HIGH));
        validate(frozen);
        Document doc = parse(frozen);
        assertThat(doc.getDocumentElement().getAttribute("failures")).as("nothing new or worse").isEqualTo("0");
        assertThat(caseOf(doc, "fail").getElementsByTagName("system-out").item(0).getTextContent()).startsWith("passed: ");
    }
}
