package dev.mllens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 9: what a command that threw exits with, and the one line it leaves on stderr. */
class FailureExitTest {

    private record Outcome(int code, String err) {
    }

    private static Outcome fail(Throwable e, boolean debug) {
        StringWriter err = new StringWriter();
        int code = MlLensCli.failure(new PrintWriter(err, true), e, debug);
        return new Outcome(code, err.toString());
    }

    @Test
    void faultsOfTheEngineAndExhaustedResourcesAreThreeInOneLine() {
        Outcome oom = fail(new OutOfMemoryError("Java heap space"), false);
        assertThat(oom.code()).isEqualTo(3);
        assertThat(oom.err()).startsWith("mllens: out of memory: ").contains("-Xmx").hasLineCount(1);
        Outcome stack = fail(new StackOverflowError(), false);
        assertThat(stack.code()).isEqualTo(3);
        assertThat(stack.err()).startsWith("mllens: the engine failed: its stack overflowed").contains("-Xss").hasLineCount(1);
        Outcome bug = fail(new IllegalStateException("a rule broke\nmllens: all good"), false);
        assertThat(bug.code()).isEqualTo(3);
        assertThat(bug.err()).startsWith("mllens: internal error: ").contains("--debug").hasLineCount(1)
                .doesNotContain("IllegalStateException");
    }

    @Test
    void debugAddsTheStackTraceAfterTheLine() {
        Outcome bug = fail(new IllegalStateException("a rule broke"), true);
        assertThat(bug.code()).isEqualTo(3);
        assertThat(bug.err().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("mllens: internal error: "));
        assertThat(bug.err()).contains("java.lang.IllegalStateException: a rule broke", "\tat ");
    }

    @Test
    void theUsersMistakesStayTwo() {
        Outcome user = fail(new MlLensCli.UserError("w.json: $.id: missing"), true);
        assertThat(user.code()).isEqualTo(2);
        assertThat(user.err()).isEqualTo("mllens: w.json: $.id: missing" + System.lineSeparator());
    }

    @Test
    void debugIsAnOptionOfEveryCommand() {
        CliRun r = CliRun.run("assess", "--sample", "--debug");
        assertThat(r.code()).as(r.err()).isZero();
        CliRun before = CliRun.run("--debug", "catalog");
        assertThat(before.code()).as(before.err()).isZero();
    }
}
