package dev.mllens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the documents the command line is given, a file or standard input ({@code -}), as UTF-8 text. */
final class Documents {

    /** The name standard input goes by in messages and reports. */
    static final String STDIN = "stdin";

    private Documents() {
    }

    /**
     * A document's text.
     *
     * @param name the file as the user gave it, or {@value #STDIN}
     * @param text the whole text
     */
    record Document(String name, String text) {
    }

    /** Reads {@code file}, or {@code stdin} when it is {@code -}. */
    static Document read(String file, InputStream stdin) {
        if ("-".equals(file)) {
            try {
                return new Document(STDIN, decode(stdin.readAllBytes(), STDIN));
            } catch (IOException e) {
                throw new MlLensCli.UserError("cannot read standard input: " + e.getMessage());
            }
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new MlLensCli.UserError("cannot read " + file + ": it is a directory");
            }
            return new Document(file, decode(Files.readAllBytes(path), file));
        } catch (NoSuchFileException e) {
            throw new MlLensCli.UserError("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new MlLensCli.UserError("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new MlLensCli.UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Strict UTF-8 (see {@link StrictUtf8}); the error names the document. */
    private static String decode(byte[] bytes, String name) {
        try {
            return StrictUtf8.decode(bytes);
        } catch (StrictUtf8.NotUtf8 e) {
            throw new MlLensCli.UserError(name + ": " + e.getMessage());
        }
    }
}
