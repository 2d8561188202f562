package dev.mllens.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads a request body up to a limit. A body that declares a larger {@code Content-Length} is refused before
 * a byte of it is read; a chunked one is counted as it arrives and refused as soon as it passes the limit.
 * Either way the 413 goes out without the rest being read, and the connection is closed after it.
 */
final class RequestBody {

    private RequestBody() {
    }

    static void refuseDeclaredOverLimit(String contentLength, long limit) {
        if (contentLength == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return; // the JDK server has refused such a request already
        }
        if (declared > limit) {
            throw tooLarge("the body is " + declared + " bytes", limit);
        }
    }

    /** The whole body, at most {@code limit} bytes; 413 beyond. The stream is left to the exchange to close. */
    static byte[] read(InputStream in, String contentLength, long limit) throws IOException {
        refuseDeclaredOverLimit(contentLength, limit);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > limit) {
                throw tooLarge("the body is more than " + limit + " bytes", limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Problem tooLarge(String what, long limit) {
        return Problem.of(413, what + "; this service reads at most " + limit + " (mllens serve --max-body-bytes)",
                Map.of("Connection", "close"));
    }
}
