package dev.mllens.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Decodes the documents mllens is given (files, standard input, request bodies) as strict UTF-8: a byte
 * sequence that is not UTF-8 is an error naming its line and byte, never a replacement character that
 * would quietly change a value.
 */
@API(status = API.Status.INTERNAL)
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** The text of {@code bytes}; throws {@link NotUtf8} at the first sequence that is not UTF-8. */
    public static String decode(byte[] bytes) throws NotUtf8 {
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
            throw new NotUtf8("not valid UTF-8 at line " + line + " (byte " + (at + 1) + ")");
        } catch (CharacterCodingException e) {
            throw new NotUtf8("not valid UTF-8");
        }
    }

    /** The bytes are not UTF-8; the message says where, e.g. {@code not valid UTF-8 at line 3 (byte 17)}. */
    public static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message);
        }
    }
}
