package dev.mllens.cli;

import dev.mllens.EngineFaultException;
import dev.mllens.json.DocumentFormatException;
import dev.mllens.report.SafeText;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mllens} command line. Exit codes: 0 success, 1 the {@code --fail-on} gate failed (one
 * verdict line on stderr), 2 bad input or usage (one line on stderr naming the problem, never a stack
 * trace), 3 a fault of the engine or exhausted memory (one line; the stack trace follows only with
 * {@code --debug}). Every stderr message is one line whatever the input holds (see {@link SafeText#line}).
 */
@Command(name = "mllens", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Assess ML workloads against the AWS Well-Architected Machine Learning Lens.",
        subcommands = {AssessCommand.class, CatalogCommand.class, SampleCommand.class, SchemaCommand.class,
                LensExportCommand.class, ReconcileCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class MlLensCli implements Runnable {

    static final int OK = 0;
    static final int FINDINGS_OVER_THRESHOLD = 1;
    static final int BAD_INPUT = 2;
    static final int ENGINE_FAULT = 3;

    /** Given anywhere before {@code --}: a fault also prints its stack trace. */
    static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = CommandLine.ScopeType.INHERIT,
            description = "On an engine fault or exhausted memory (exit 3), print the stack trace after the message.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    private MlLensCli(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs the command line with the given streams and the process's standard input; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** The commands and options of the command line, e.g. to check that the documentation names them all. */
    public static CommandSpec commands() {
        return new CommandLine(new MlLensCli(InputStream.nullInputStream())).getCommandSpec();
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new MlLensCli(in));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandName();
            printError(err, ex.getMessage() + " (see 'mllens " + (command.equals("mllens") ? "" : command + " ") + "--help')");
            return BAD_INPUT;
        });
        boolean debug = debugAsked(args);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> failure(err, ex, debug));
        int code;
        try {
            code = cl.execute(args);
        } catch (Error | RuntimeException e) {
            // an Error thrown by a command passes picocli by; so may a fault while picocli prints
            code = failure(err, e, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The exit code of a command that threw, after its one line: 2 for the user's input, 3 for a fault of
     * the engine (a bug) or for memory or stack exhausted by the workload.
     */
    static int failure(PrintWriter err, Throwable e, boolean debug) {
        if (e instanceof UserError || e instanceof DocumentFormatException) {
            printError(err, e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof EngineFaultException fault) {
            // the reports are written, the failed practices marked in them: say which practices failed
            printError(err, "engine error: " + fault.getMessage() + " (the reports mark them; this is a bug in mllens or in a"
                    + " custom rule, please report it" + (debug ? ")" : " with the output of " + DEBUG + ")"));
        } else if (e instanceof OutOfMemoryError) {
            printError(err, "out of memory: this assessment needs more heap than the JVM has; run java with a larger"
                    + " -Xmx, or lower the document limits (--limit)");
        } else if (e instanceof StackOverflowError) {
            printError(err, "the engine failed: its stack overflowed on this workload; run java with a larger -Xss");
        } else {
            printError(err, "internal error: the engine failed on this input; this is a bug in mllens, please report it"
                    + (debug ? "" : " with the output of " + DEBUG));
        }
        if (debug) {
            e.printStackTrace(err);
            err.flush();
        }
        return ENGINE_FAULT;
    }

    /** Whether {@value #DEBUG} is among the options (before a {@code --} that ends them). */
    private static boolean debugAsked(String... args) {
        for (String a : args) {
            if ("--".equals(a)) {
                return false;
            }
            if (DEBUG.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** Prints one {@code mllens: } line on stderr: whatever the message quotes, it cannot add a line. */
    static void printError(PrintWriter err, String message) {
        err.println("mllens: " + SafeText.line(message));
        err.flush();
    }

    /** Standard input, for {@code -} as a file name. */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: assess, catalog, sample, schema, lens-export, reconcile or serve");
    }

    /** A problem with the user's input, reported as one line. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }
}
