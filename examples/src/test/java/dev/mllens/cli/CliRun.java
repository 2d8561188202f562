package dev.mllens.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the command line with captured streams. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        return withInput(new ByteArrayInputStream(new byte[0]), args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static CliRun withInput(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MlLensCli.run(in, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Whether stderr is exactly one line starting with {@code mllens: }, with nothing in it that breaks a line. */
    boolean oneErrorLine() {
        String nl = System.lineSeparator();
        if (!err.endsWith(nl)) {
            return false;
        }
        String line = err.substring(0, err.length() - nl.length());
        return line.startsWith("mllens: ")
                && line.chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x1B);
    }
}
