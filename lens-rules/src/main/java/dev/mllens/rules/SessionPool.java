package dev.mllens.rules;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The idle sessions of one rule base, kept for reuse because making a session costs about a twentieth of
 * an evaluation of the sample. Bounded: it holds at most {@code capacity} idle sessions, and a session
 * given back to a full pool is disposed of. Only a session whose evaluation succeeded comes back, emptied
 * first; one that failed for any reason (a bad rule, an {@link Error} such as running out of memory) is
 * disposed of, so nothing it built outlives it. Drools' own pool keeps a reference to every session it
 * ever made and would return a failed one, which is why it is not used.
 */
final class SessionPool {

    /** A session that held more facts than this is not kept: emptied, its tables would stay that large. */
    static final int MAX_POOLED_FACTS = 2_000;

    private final KieBase kieBase;
    private final BlockingQueue<KieSession> idle;

    SessionPool(KieBase kieBase, int capacity) {
        this.kieBase = kieBase;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /** An idle session, or a new one when none is idle. */
    KieSession take() {
        KieSession session = idle.poll();
        return session != null ? session : kieBase.newKieSession();
    }

    /**
     * Takes back a session whose evaluation succeeded, after {@code facts} facts: emptied and kept when it
     * was small and the pool has room, disposed of otherwise.
     */
    void giveBack(KieSession session, int facts) {
        if (facts > MAX_POOLED_FACTS || !(session instanceof StatefulKnowledgeSessionImpl emptiable)) {
            session.dispose();
            return;
        }
        try {
            emptiable.reset();
        } catch (RuntimeException | Error e) {
            discard(session, e);
            throw e;
        }
        if (!idle.offer(session)) {
            session.dispose();
        }
    }

    /**
     * Disposes of a session that failed; a second failure while doing so is recorded on the first. A
     * session whose rules threw part-way through firing still counts as firing, and Drools then leaves its
     * disposal to the end of a firing that will never come: the rule base would keep it (and its working
     * memory) for good. So the rule base is also told to forget it.
     */
    static void discard(KieSession failed, Throwable cause) {
        try {
            failed.dispose();
        } catch (RuntimeException | Error again) {
            suppress(cause, again);
        } finally {
            if (failed instanceof StatefulKnowledgeSessionImpl impl) {
                try {
                    impl.getKnowledgeBase().disposeStatefulSession(impl);
                } catch (RuntimeException | Error again) {
                    suppress(cause, again);
                }
            }
        }
    }

    private static void suppress(Throwable cause, Throwable again) {
        if (again != cause) { // the JVM may throw the one OutOfMemoryError it keeps for when nothing can be allocated
            cause.addSuppressed(again);
        }
    }

    /** Disposes of the idle sessions. */
    void close() {
        for (KieSession s = idle.poll(); s != null; s = idle.poll()) {
            s.dispose();
        }
    }

    /** How many sessions the rule base knows of: the idle ones, and those of evaluations running now. */
    int openCount() {
        return kieBase.getKieSessions().size();
    }

    /** How many sessions are idle in the pool now. */
    int idleCount() {
        return idle.size();
    }
}
