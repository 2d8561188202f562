package dev.mllens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code mllens} command line. Exit codes: 0 success, 1 a finding at or above {@code --fail-on},
 * 2 bad input or usage (one line on stderr naming the problem, never a stack trace).
 */
@Command(name = "mllens", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Assess ML workloads against the AWS Well-Architected Machine Learning Lens.",
        subcommands = {AssessCommand.class, CatalogCommand.class, SampleCommand.class, SchemaCommand.class,
                LensExportCommand.class, ReconcileCommand.class, CommandLine.HelpCommand.class})
public final class MlLensCli implements Runnable {

    static final int OK = 0;
    static final int FINDINGS_OVER_THRESHOLD = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new MlLensCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("mllens: " + ex.getMessage());
            err.println("Try 'mllens " + (ex.getCommandLine().getCommandName().equals("mllens") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("mllens: " + (ex instanceof UserError ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage()));
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: assess, catalog, sample, schema, lens-export or reconcile");
    }

    /** A problem with the user's input, reported as one line. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }
}
