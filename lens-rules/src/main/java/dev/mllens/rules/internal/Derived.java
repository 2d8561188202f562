package dev.mllens.rules.internal;

import dev.mllens.finding.Missing;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A fact the engine derives from the workload before the rules run, in Java: true, false, or
 * {@code null} when the stated facts do not decide it. One of each kind is always in working memory, so
 * rules match it positively ({@code Hosting( hosted != false )}: unless it is known that nothing is
 * hosted) and no rule order is needed.
 */
@API(status = API.Status.INTERNAL)
public interface Derived {

    /** Whether it holds; null when the stated facts do not decide it. */
    Boolean holds();

    /** The facts that decided it, for evidence and reasons; what is missing when undecided. */
    String basis();

    /** The facts a person could state to decide it; empty once decided. Questions end without a full stop. */
    List<Missing> asks();
}
