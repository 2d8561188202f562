package dev.mllens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
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

    /** Strict UTF-8: a byte sequence that is not UTF-8 is an error naming its offset, never a replacement character. */
    private static String decode(byte[] bytes, String name) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new MlLensCli.UserError(name + ": not valid UTF-8 at line " + line + " (byte " + (at + 1) + ")");
        } catch (CharacterCodingException e) {
            throw new MlLensCli.UserError(name + ": not valid UTF-8");
        }
    }
}
