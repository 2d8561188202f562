package dev.mllens;

import dev.mllens.rules.RuleBase;
import org.apiguardian.api.API;

/**
 * Entry point of mllens.
 *
 * <pre>{@code
 * LensEngine engine = MlLens.engine();          // compiled rules, loaded once, thread-safe
 * Assessment assessment = engine.assess(workload);
 * assessment.practiceRiskCounts();              // findings per risk: {UNANSWERED=.., HIGH=.., MEDIUM=.., NONE=.., NOT_APPLICABLE=..}
 * assessment.questionRiskCounts();              // questions per risk, as the AWS Well-Architected Tool counts them
 * assessment.improvementPlan().top(5);          // what to do next
 * }</pre>
 *
 * <p>The lens catalog itself (practices, questions, pillars, phases) has one entry point,
 * {@link dev.mllens.lens.Lens#catalog()}.
 */
@API(status = API.Status.STABLE)
public final class MlLens {

    private MlLens() {
    }

    private static final class Shared {
        static final LensEngine ENGINE = new LensEngine(RuleBase.load());
    }

    /**
     * The shared engine. The first call loads the compiled rules (about a second on a cold JVM); later
     * calls return the same instance. Safe to use from many threads.
     */
    public static LensEngine engine() {
        return Shared.ENGINE;
    }

    /** The version of mllens, e.g. {@code 0.1.0}, as reports name their producer. */
    @API(status = API.Status.EXPERIMENTAL)
    public static String version() {
        return Version.VALUE;
    }

    private static final class Version {
        static final String VALUE = load();

        private static String load() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = MlLens.class.getResourceAsStream("mllens.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the bundled mllens.properties", e);
            }
            return p.getProperty("version", "unknown");
        }
    }
}
