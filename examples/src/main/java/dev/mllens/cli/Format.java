package dev.mllens.cli;

import dev.mllens.json.LensJson;
import java.io.IOException;
import tools.jackson.core.exc.JacksonIOException;
import java.io.Writer;
import dev.mllens.report.Reports;
import dev.mllens.report.TextReport;

/**
 * The report formats of {@code assess}, each with the file name it gets under {@code --output-dir}.
 * A new format is one more constant: its name, its file, and how it renders an {@link Rendering}.
 */
enum Format {
    TEXT("mllens.txt") {
        @Override
        String render(Rendering r) {
            TextReport report = TextReport.withTopActions(r.topActions());
            return r.comparison() == null ? report.render(r.assessment()) : report.render(r.comparison());
        }
    },
    JSON("mllens.json") {
        @Override
        String render(Rendering r) {
            return (r.comparison() == null ? LensJson.write(r.assessment()) : LensJson.write(r.comparison())) + "\n";
        }

        /** Streamed: complete, the report of a large workload is too large to build in memory first. */
        @Override
        void write(Rendering r, Writer out) throws IOException {
            try {
                if (r.comparison() == null) {
                    LensJson.write(r.assessment(), out);
                } else {
                    LensJson.write(r.comparison(), out);
                }
            } catch (JacksonIOException e) {
                throw e.getCause(); // the writer failed (a full disk, a closed pipe): not a fault of the report
            }
            out.write("\n");
        }
    },
    MARKDOWN("mllens.md") {
        @Override
        String render(Rendering r) {
            return Reports.markdown(r.assessment());
        }
    },
    HTML("mllens.html") {
        @Override
        String render(Rendering r) {
            return Reports.html(r.assessment());
        }
    },
    SARIF("mllens.sarif") {
        @Override
        String render(Rendering r) {
            return Reports.sarif(r.assessment(), r.file());
        }
    },
    JUNIT("mllens.junit.xml") {
        @Override
        String render(Rendering r) {
            return r.comparison() != null && r.gate() != null ? Reports.junit(r.comparison(), r.gate())
                    : Reports.junit(r.assessment(), r.gate());
        }
    },
    /** The AWS Well-Architected Tool's UpdateAnswer parameters, one per question; written {@code wa-answers}. */
    WA_ANSWERS("mllens.wa-answers.json") {
        @Override
        String render(Rendering r) {
            return r.wa().render(r.assessment()) + "\n";
        }

        @Override
        public String toString() {
            return "wa-answers"; // picocli matches enum values by toString() too
        }
    };

    private final String fileName;

    Format(String fileName) {
        this.fileName = fileName;
    }

    /** The file this format is written to under {@code --output-dir}. */
    String fileName() {
        return fileName;
    }

    /** Whether rendering needs the positions of the facts in the workload file. */
    boolean needsLocations() {
        return this == SARIF;
    }

    abstract String render(Rendering r);

    /** Writes the report onto {@code out}. */
    void write(Rendering r, Writer out) throws IOException {
        out.write(render(r));
    }
}
