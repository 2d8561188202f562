package dev.mllens.rules.practices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mllens.finding.Finding;
import dev.mllens.finding.Status;
import dev.mllens.rules.RuleBase;
import dev.mllens.workload.Workload;
import java.util.List;

/** Shared by the practice tests: one rule base per test JVM, and a way to get one practice's finding. */
final class RuleTesting {

    private static final RuleBase RULES = RuleBase.load();

    private RuleTesting() {
    }

    static RuleBase rules() {
        return RULES;
    }

    /** The finding for {@code practiceId} when {@code workload} is assessed. */
    static Finding finding(String practiceId, Workload workload) {
        List<Finding> findings = RULES.evaluate(workload, p -> p.id().equals(practiceId));
        assertThat(findings).as("findings for " + practiceId).hasSize(1);
        return findings.get(0);
    }

    /** Asserts the status and returns the finding for further assertions. */
    static Finding assertStatus(String practiceId, Workload workload, Status expected) {
        Finding f = finding(practiceId, workload);
        assertThat(f.status()).as(practiceId + " status; finding was " + f).isEqualTo(expected);
        return f;
    }

    /** A workload with nothing stated but its id. */
    static Workload.Builder workload() {
        return Workload.builder("test-workload");
    }
}
