package dev.mllens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Evidence;
import dev.mllens.finding.Finding;
import dev.mllens.finding.Gap;
import dev.mllens.finding.Missing;
import dev.mllens.finding.Status;
import dev.mllens.samples.Samples;
import dev.mllens.workload.Workload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings of the bundled sample and of a committed corpus of 1,000 generated workloads, pinned by
 * golden files, so that any change to a rule shows its effect on findings as a diff in review:
 * <ul>
 *   <li>{@code golden/findings-sample.txt}: every finding of the sample in full (status, risk, reason,
 *       evidence, gaps, missing facts, actions);</li>
 *   <li>{@code golden/findings-corpus.txt}: one line per corpus workload, its 105 statuses in lens order
 *       (M met, P partially met, N not met, A not applicable, I insufficient evidence) and a digest of the
 *       full findings, so a change of status shows where it is and a change of wording shows which
 *       workload it touched.</li>
 * </ul>
 * The corpus ({@code golden/corpus.jsonl.gz}) is kept as data, not regenerated, so adding facts to the model
 * does not move it. After an intended change, rerun with {@code -Dmllens.golden.update=true} and review the
 * diff; on a failure the full findings of the changed workloads are written under {@code target/golden/}.
 */
class FindingsGoldenTest {

    private static final Path SOURCES = Golden.SOURCES;
    private static final Path OUT = Golden.OUT;
    private static final boolean UPDATE = Golden.UPDATE;

    @Test
    void theSampleConcludesAsRecorded() throws IOException {
        String actual = full(MlLens.engine().assess(Samples.fraudDetection()).findings());
        compare("findings-sample.txt", actual);
    }

    @Test
    void theCorpusConcludesAsRecorded() throws IOException {
        List<Workload> corpus = Golden.corpus();
        assertThat(corpus).hasSize(1000);
        StringBuilder lines = new StringBuilder();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            List<Finding> findings = MlLens.engine().assess(corpus.get(i)).findings();
            assertThat(findings).as("workload " + i).hasSize(105);
            StringBuilder statuses = new StringBuilder();
            findings.forEach(f -> statuses.append(letter(f.status())));
            String detail = full(findings);
            details.add(detail);
            lines.append(String.format("%04d %s %s%n", i, statuses, digest(detail)));
        }
        String actual = lines.toString();
        if (!UPDATE && Files.exists(SOURCES.resolve("findings-corpus.txt"))) {
            List<String> expected = Files.readAllLines(SOURCES.resolve("findings-corpus.txt"));
            List<String> got = actual.lines().toList();
            for (int i = 0; i < Math.min(expected.size(), got.size()); i++) {
                if (!expected.get(i).equals(got.get(i))) {
                    Files.createDirectories(OUT.resolve("changed"));
                    Files.writeString(OUT.resolve("changed").resolve(String.format("%04d.txt", i)), details.get(i));
                }
            }
        }
        compare("findings-corpus.txt", actual);
    }

    private static void compare(String name, String actual) throws IOException {
        Golden.compare(name, actual, "findings changed");
    }

    /** Every field of every finding, one line each, in a form that diffs well. */
    static String full(List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        for (Finding f : findings) {
            s.append(f.bestPracticeId()).append(' ').append(f.status()).append(' ').append(f.risk()).append('\n');
            s.append("  reason: ").append(f.reason()).append('\n');
            for (Evidence e : f.evidence()) {
                s.append("  evidence: ").append(e.fact()).append(" = ").append(e.text()).append('\n');
            }
            for (Gap g : f.gaps()) {
                s.append("  gap: ").append(g.fact()).append(" | ").append(g.text()).append('\n');
            }
            for (Missing m : f.missing()) {
                s.append("  missing: ").append(m.fact()).append(" | ").append(m.question()).append('\n');
            }
            for (String a : f.actions()) {
                s.append("  action: ").append(a).append('\n');
            }
        }
        return s.toString();
    }

    private static char letter(Status s) {
        return switch (s) {
            case MET -> 'M';
            case PARTIALLY_MET -> 'P';
            case NOT_MET -> 'N';
            case NOT_APPLICABLE -> 'A';
            case INSUFFICIENT_EVIDENCE -> 'I';
        };
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
