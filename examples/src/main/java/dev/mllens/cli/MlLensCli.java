package dev.mllens.cli;

import dev.mllens.report.SafeText;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mllens} command line. Exit codes: 0 success, 1 the {@code --fail-on} gate failed (one
 * verdict line on stderr), 2 bad input or usage (one line on stderr naming the problem, never a stack
 * trace). Every stderr message is one line whatever the input holds (see {@link SafeText#line}).
 */
@Command(name = "mllens", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Assess ML workloads against the AWS Well-Architected Machine Learning Lens.",
        subcommands = {AssessCommand.class, CatalogCommand.class, SampleCommand.class, SchemaCommand.class,
                LensExportCommand.class, ReconcileCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class MlLensCli implements Runnable {

    static final int OK = 0;
    static final int FINDINGS_OVER_THRESHOLD = 1;
    static final int BAD_INPUT = 2;

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
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            printError(err, ex instanceof UserError ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
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
