package dev.mllens.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link LensServer} on an ephemeral loopback port for one test class, with the JDK's own HTTP client and
 * a raw socket for what a client library would not send, and the access log kept in memory.
 */
final class TestServer implements AutoCloseable {

    final LensServer server;
    final Queue<AccessLog.Entry> log = new ConcurrentLinkedQueue<>();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(ServerSettings settings, Assessor assessor) throws IOException {
        server = LensServer.start(settings, assessor, log::add);
    }

    static TestServer start() throws IOException {
        return start(ServerSettings.loopback(0), Assessor.engine());
    }

    static TestServer start(ServerSettings settings, Assessor assessor) throws IOException {
        return new TestServer(settings, assessor);
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A POST of {@code body}; a null content type or accept leaves the header out. */
    HttpResponse<String> post(String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A connection that writes exactly the bytes given, for requests no client library sends. */
    Raw raw() throws IOException {
        return new Raw(new Socket(server.address().getAddress(), server.address().getPort()));
    }

    @Override
    public void close() {
        server.stop(Duration.ZERO);
    }

    /** A raw HTTP/1.1 connection. */
    static final class Raw implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;

        Raw(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(30_000);
            this.out = socket.getOutputStream();
        }

        Raw write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return this;
        }

        /** The status line, headers and body of the response, read until the server closes or the body ends. */
        RawResponse read() throws IOException {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int state = 0;
            while (state < 4) {
                int c = in.read();
                if (c < 0) {
                    throw new IOException("the server closed before the headers ended: " + head);
                }
                head.write(c);
                state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            }
            List<String> lines = new ArrayList<>(List.of(head.toString(StandardCharsets.ISO_8859_1).split("\r\n")));
            String status = lines.remove(0);
            int length = lines.stream().filter(l -> l.regionMatches(true, 0, "content-length:", 0, 15))
                    .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
            byte[] body = in.readNBytes(length);
            return new RawResponse(Integer.parseInt(status.split(" ")[1]), lines, new String(body, StandardCharsets.UTF_8));
        }

        /** Whether the server has closed the connection (after a response has been read in full). */
        boolean closedByServer() throws IOException {
            return socket.getInputStream().read() == -1;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    record RawResponse(int status, List<String> headers, String body) {

        String header(String name) {
            return headers.stream().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }
    }
}
