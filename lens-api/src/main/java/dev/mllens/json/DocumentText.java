package dev.mllens.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The text of a document from its bytes or a stream, read within {@link ReadLimits#maxDocumentLength()}
 * and decoded as strict UTF-8: a byte sequence that is not UTF-8 is an error naming its line, column and
 * byte, never a replacement character. Readers of streams read at most a little more than the limit, so
 * an endless stream cannot fill the memory.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DocumentText {

    /** UTF-8 takes at most 3 bytes per character (4 per surrogate pair, 2 characters). */
    private static final int MAX_BYTES_PER_CHAR = 3;

    private DocumentText() {
    }

    /** Decodes {@code utf8}; a leading byte-order mark is kept (the readers skip it). */
    public static String decode(byte[] utf8, ReadLimits limits) {
        if (utf8.length > maxBytes(limits)) {
            throw tooLong(limits);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(out, in.position());
        }
        decoder.flush(out);
        out.flip();
        if (out.length() > limits.maxDocumentLength()) {
            throw tooLong(limits);
        }
        return out.toString();
    }

    /** Reads the whole stream as UTF-8; the stream is not closed. */
    public static String read(InputStream in, ReadLimits limits) {
        try {
            long cap = maxBytes(limits);
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) {
                throw tooLong(limits);
            }
            return decode(bytes, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document", e);
        }
    }

    /** Reads the whole text; the reader is not closed. */
    public static String read(Reader in, ReadLimits limits) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxDocumentLength()) {
                    throw tooLong(limits);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document", e);
        }
        return text.toString();
    }

    /** The most bytes a document within the limits can take. */
    public static long maxBytes(ReadLimits limits) {
        return limits.maxDocumentLength() > Long.MAX_VALUE / MAX_BYTES_PER_CHAR ? Long.MAX_VALUE
                : limits.maxDocumentLength() * MAX_BYTES_PER_CHAR;
    }

    static WorkloadFormatException tooLong(ReadLimits limits) {
        return new WorkloadFormatException("$", "the document is longer than " + limits.maxDocumentLength()
                + " characters, the limit on one document", null);
    }

    /** Where the bad byte is: its line and column among the characters decoded before it, and its offset. */
    private static WorkloadFormatException notUtf8(CharBuffer decoded, int byteOffset) {
        int end = decoded.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (decoded.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new WorkloadFormatException("$", "not valid UTF-8 at line " + line + ", column " + (end - lineStart + 1)
                + " (byte " + (byteOffset + 1) + ")", null);
    }
}
