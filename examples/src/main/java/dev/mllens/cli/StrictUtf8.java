package dev.mllens.cli;

import dev.mllens.json.DocumentText;
import dev.mllens.json.ReadLimits;
import dev.mllens.json.WorkloadFormatException;
import org.apiguardian.api.API;

/**
 * Decodes the documents mllens is given (files, standard input, request bodies) as strict UTF-8: a byte
 * sequence that is not UTF-8 is an error naming its line, column and byte, never a replacement character that
 * would quietly change a value.
 */
@API(status = API.Status.INTERNAL)
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** No limit on the length: the caller has bounded the bytes already. */
    private static final ReadLimits ANY_LENGTH = ReadLimits.builder().maxDocumentLength(Long.MAX_VALUE).build();

    /** The text of {@code bytes} ({@link DocumentText#decode}); throws {@link NotUtf8} at the first sequence that is not UTF-8. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        try {
            return DocumentText.decode(bytes, ANY_LENGTH);
        } catch (WorkloadFormatException e) {
            throw new NotUtf8(e.problem());
        }
    }

    /** The bytes are not UTF-8; the message says where, e.g. {@code not valid UTF-8 at line 3, column 5 (byte 17)}. */
    public static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message);
        }
    }
}
