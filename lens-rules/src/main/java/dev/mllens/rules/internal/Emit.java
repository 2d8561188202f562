package dev.mllens.rules.internal;

import org.apiguardian.api.API;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * How a practice rule concludes: {@code emit(drools, Check.requires(...).gap(...))} hands the check (or a
 * {@link NotApplicable}) to the evaluation that fired the rule, with the rule itself, whose name and
 * metadata say which practice and check it is. A conclusion is not inserted into working memory: no rule
 * reads one, and inserting each (a fact handle, a walk through the network, an event to a listener, and
 * clearing it all again for the next evaluation) cost every assessment time and memory for nothing. Only
 * a finished check can be emitted: a {@link Check.Reading} without its verdict does not compile.
 *
 * <p>In DRL: {@code import static dev.mllens.rules.internal.Emit.emit;}, then {@code emit(drools, ...)} in
 * a consequence; {@code drools} is the consequence's own handle on the firing rule.
 */
@API(status = API.Status.INTERNAL)
public final class Emit {

    /** Receives what the rules of one evaluation emit; the engine's side of {@link #emit}. */
    public interface Sink {
        void check(Rule rule, Check check);

        void notApplicable(Rule rule, NotApplicable reason);

        /**
         * Whether the evaluation wants part {@code part} of the compiled rule the build numbered {@code index}
         * (a shared rule's parts are the rules of several practices with the same conditions; a rule of its
         * own conditions has one part); if it does, what the rule emits next is that part's.
         */
        boolean part(Rule rule, int index, int part);
    }

    /** The evaluation running on this thread: Drools fires rules on the thread that calls fireAllRules. */
    private static final ThreadLocal<Sink> CURRENT = new ThreadLocal<>();

    private Emit() {
    }

    /** A check concluded by the firing rule ({@code drools} in a consequence of the executable model). */
    public static void emit(org.drools.model.Drools drools, Check check) {
        sink().check(rule(drools), check);
    }

    /** A reason the firing rule's practice does not apply. */
    public static void emit(org.drools.model.Drools drools, NotApplicable reason) {
        sink().notApplicable(rule(drools), reason);
    }

    /** A check concluded by the firing rule (DRL compiled without the executable model, as some tests do). */
    public static void emit(RuleContext drools, Check check) {
        sink().check(drools.getRule(), check);
    }

    /** A reason the firing rule's practice does not apply (DRL compiled without the executable model). */
    public static void emit(RuleContext drools, NotApplicable reason) {
        sink().notApplicable(drools.getRule(), reason);
    }

    /**
     * In a rule compiled by the build (see lens-rules/src/build/RuleMerger.java), which declares its number
     * as {@code @index}: whether this evaluation wants part {@code part} of rule {@code index}, which it does
     * when the part's practice is in scope. If so, what the consequence emits until the next part belongs
     * to that part's rule; if not, the consequence skips the part. The number lets the evaluation find
     * the rule's parts in an array, with nothing hashed on a firing.
     */
    public static boolean part(org.drools.model.Drools drools, int index, int part) {
        return sink().part(rule(drools), index, part);
    }

    /** In a compiled rule compiled without the executable model: as {@link #part(org.drools.model.Drools, int, int)}. */
    public static boolean part(RuleContext drools, int index, int part) {
        return sink().part(drools.getRule(), index, part);
    }

    /**
     * Makes {@code sink} receive what rules fired on this thread emit until {@link #close}; returns the sink
     * it replaces (null at the outermost level), to give back to {@code close}.
     */
    public static Sink open(Sink sink) {
        Sink previous = CURRENT.get();
        CURRENT.set(sink);
        return previous;
    }

    /** Ends what {@link #open} began, restoring the sink it returned. */
    public static void close(Sink previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private static Sink sink() {
        Sink sink = CURRENT.get();
        if (sink == null) {
            throw new IllegalStateException("a practice rule emitted a conclusion outside an evaluation of the rule base");
        }
        return sink;
    }

    private static Rule rule(org.drools.model.Drools drools) {
        // the executable model's consequence handle is also the rule context that knows the firing rule
        return ((RuleContext) drools).getRule();
    }
}
