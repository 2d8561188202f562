package dev.mllens.cli;

import dev.mllens.json.DocumentText;
import dev.mllens.json.ReadLimits;
import dev.mllens.json.WorkloadFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Reads the documents the command line is given, a file or standard input ({@code -}), as strict UTF-8
 * text within the document limit: a file too large is refused before it is read, and standard input is
 * read no further than the limit.
 */
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
    static Document read(String file, InputStream stdin, ReadLimits limits) {
        if ("-".equals(file)) {
            try {
                return new Document(STDIN, DocumentText.read(stdin, limits));
            } catch (UncheckedIOException e) {
                throw new MlLensCli.UserError("cannot read standard input: " + reason(e.getCause()));
            } catch (WorkloadFormatException e) {
                throw new MlLensCli.UserError(STDIN + ": " + e.getMessage());
            }
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new MlLensCli.UserError("cannot read " + file + ": it is a directory");
            }
            long size = Files.size(path);
            if (size > DocumentText.maxBytes(limits)) {
                throw new MlLensCli.UserError(file + ": $: the file has " + size + " bytes, more than a document within the"
                        + " limit of " + limits.maxDocumentLength() + " characters can take (see --limit document=N)");
            }
            return new Document(file, DocumentText.decode(Files.readAllBytes(path), limits));
        } catch (IOException e) {
            throw new MlLensCli.UserError("cannot read " + file + ": " + reason(e));
        } catch (WorkloadFormatException e) {
            throw new MlLensCli.UserError(file + ": " + e.getMessage());
        }
    }

    /** Why a file could not be read or written, as the operating system says it, without the file name again. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "an input or output error" : e.getMessage();
    }
}
