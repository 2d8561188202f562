package dev.mllens.json;

import dev.mllens.Golden;
import dev.mllens.MlLens;
import dev.mllens.lens.Lens;
import dev.mllens.samples.Samples;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of the bundled sample and the catalog, pinned by golden files: any change to the contract
 * (a field, a value's form, an order) or to what the sample concludes shows as a diff in review.
 */
class ReportGoldenTest {

    @Test
    void theSampleReportIsAsRecorded() throws IOException {
        Golden.compare("report-sample.json", LensJson.write(MlLens.engine().assess(Samples.fraudDetection())) + "\n",
                "the JSON report of the sample changed");
    }

    @Test
    void theCatalogIsAsRecorded() throws IOException {
        Golden.compare("catalog.json", LensJson.writeCatalog(Lens.catalog()) + "\n", "the catalog JSON changed");
    }
}
