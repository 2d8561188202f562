package dev.mllens.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.cli.StrictUtf8;
import dev.mllens.json.DocumentSyntax;
import dev.mllens.json.FactLocations;
import dev.mllens.json.LensJson;
import dev.mllens.json.LocatedWorkload;
import dev.mllens.json.WorkloadFormatException;
import dev.mllens.lens.Lens;
import dev.mllens.report.SafeText;
import dev.mllens.report.WorkloadFile;
import dev.mllens.workload.WorkloadSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mllens over HTTP, on the JDK's own {@code com.sun.net.httpserver}: the page at {@code /}, the assessments,
 * the catalog, the workload schema, the OpenAPI document and a health check (see {@link Route}). One engine
 * serves every request; requests are handled on a {@link WorkerPool} of fixed size. Every request gets one
 * access-log entry. Refusals are JSON error bodies that name the place and the problem.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LensServer {

    private static final Logger LOG = LoggerFactory.getLogger("dev.mllens.serve");

    private final ServerSettings settings;
    private final Assessor assessor;
    private final AccessLog accessLog;
    private final HttpServer http;
    private final WorkerPool pool;
    private final Map<Route, Response> fixed;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LensServer(ServerSettings settings, Assessor assessor, AccessLog accessLog, HttpServer http, WorkerPool pool) {
        this.settings = settings;
        this.assessor = assessor;
        this.accessLog = accessLog;
        this.http = http;
        this.pool = pool;
        this.fixed = fixedResponses();
    }

    /** Binds the address and starts serving. The engine behind {@code assessor} should be loaded already. */
    public static LensServer start(ServerSettings settings, Assessor assessor, AccessLog accessLog) throws IOException {
        WorkerPool pool = new WorkerPool(settings.threads(), settings.queue());
        HttpServer http = HttpServer.create(settings.address(), 0);
        http.setExecutor(pool);
        LensServer server = new LensServer(settings, assessor, accessLog, http, pool);
        http.createContext("/", server::handle);
        http.start();
        LOG.info("listening on {}: {} worker threads, {} requests may wait, request bodies up to {} bytes",
                server.uri(), settings.threads(), settings.queue(), settings.maxBodyBytes());
        return server;
    }

    /** The answers to the GET routes, which do not change while the server runs. */
    private static Map<Route, Response> fixedResponses() {
        Page page = Page.load();
        Map<Route, Response> m = new EnumMap<>(Route.class);
        m.put(Route.PAGE, Response.text(200, "text/html", page.html(), Map.of("Content-Security-Policy", page.policy(),
                "Referrer-Policy", "no-referrer", "Cache-Control", "no-cache")));
        m.put(Route.HEALTH, Response.json(200, new Health("ok", MlLens.version(), Lens.EDITION)));
        m.put(Route.OPENAPI, Response.text(200, Response.JSON, Page.resource(LensServer.class, "openapi.json"), Map.of()));
        m.put(Route.CATALOG, Response.text(200, Response.JSON, LensJson.writeCatalog(Lens.catalog()) + "\n", Map.of()));
        m.put(Route.WORKLOAD_SCHEMA, Response.text(200, "application/schema+json", WorkloadSchema.json(), Map.of()));
        return m;
    }

    /** The body of {@code GET /healthz}. */
    record Health(String status, String version, String lensEdition) {
    }

    /** Where the server listens; with port 0 in the settings, the port it was given. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        if (a.getAddress() instanceof Inet6Address) {
            int scope = host.indexOf('%');
            host = "[" + (scope < 0 ? host : host.substring(0, scope)) + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /**
     * Stops gracefully: new requests are answered 503 at once, those in progress (and waiting) get up to
     * {@code grace} to finish, then the listener and every connection are closed. Calls after the first wait
     * for it.
     */
    public void stop(Duration grace) {
        if (!stopping.compareAndSet(false, true)) {
            awaitStopped();
            return;
        }
        pool.closeToNew();
        LOG.info("stopping: new requests get 503; waiting up to {} s for {} in progress", grace.toSeconds(), pool.inFlight());
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (pool.inFlight() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
            int unfinished = pool.inFlight();
            http.stop(0);
            pool.shutdown(Duration.ofSeconds(1));
            if (unfinished == 0) {
                LOG.info("stopped");
            } else {
                LOG.warn("stopped with {} requests unfinished after the grace period", unfinished);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.stop(0);
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop} has finished. */
    public void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Exchanges handed to the workers and not yet answered (for tests of overload and shutdown). */
    int inFlight() {
        return pool.inFlight();
    }

    /** Exchanges waiting for a worker. */
    int waiting() {
        return pool.waiting();
    }

    private void handle(HttpExchange ex) {
        long start = System.nanoTime();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        Response r;
        try {
            r = respond(ex, method, path == null ? "" : path);
        } catch (Problem p) {
            r = Response.error(p);
        } catch (IOException e) {
            // the body broke off: the client hung up, or took longer than the server allows
            r = Response.error(Problem.of(400, "the request body ended before it was complete"));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("{} {} failed", SafeText.line(method), SafeText.line(path), e);
            r = Response.error(Problem.of(500, "internal error (" + e.getClass().getSimpleName()
                    + "); the service goes on serving, and its log has the details"));
        }
        long bytes = 0;
        try {
            bytes = send(ex, r);
        } catch (IOException e) {
            LOG.debug("{} {}: the client went away before the response was written", SafeText.line(method), SafeText.line(path), e);
        } finally {
            ex.close();
        }
        accessLog.log(new AccessLog.Entry(method, path == null ? "" : path, r.status(), bytes,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
    }

    private Response respond(HttpExchange ex, String method, String path) throws IOException {
        if (WorkerPool.refusing()) {
            throw Problem.of(503, "the service is busy: every worker is taken and " + settings.queue()
                    + " requests wait already; try again shortly", Map.of("Retry-After", "1", "Connection", "close"));
        }
        if (WorkerPool.late()) {
            throw Problem.of(503, "the service is shutting down", Map.of("Connection", "close"));
        }
        Route route = Route.at(path).orElseThrow(() -> Problem.of(404, "no route at " + path
                + "; the routes are listed in /v1/openapi.json"));
        if (!route.method().equals(method)) {
            throw Problem.of(405, method + " is not a method of " + path + ": use " + route.method(),
                    Map.of("Allow", route.method()));
        }
        return route == Route.ASSESSMENTS ? assess(ex) : fixed.get(route);
    }

    /** {@code POST /v1/assessments}: the cheap refusals (406, 415, 400 on the query, 413) come before the body is read. */
    private Response assess(HttpExchange ex) throws IOException {
        Headers headers = ex.getRequestHeaders();
        AssessmentRequest request = AssessmentRequest.of(headers, ex.getRequestURI().getRawQuery());
        byte[] bytes = RequestBody.read(ex.getRequestBody(), headers.getFirst("Content-Length"), settings.maxBodyBytes());
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.NotUtf8 e) {
            throw Problem.inDocument(e.getMessage());
        }
        if (text.isBlank()) {
            throw Problem.inDocument("the body is empty: send a workload document, JSON or YAML");
        }
        DocumentSyntax syntax = request.syntax() != null ? request.syntax() : DocumentSyntax.of(null, text);
        LocatedWorkload input;
        try {
            input = request.kind() == ReportKind.SARIF ? LensJson.readLocated(text, syntax)
                    : new LocatedWorkload(LensJson.readWorkload(text, syntax), FactLocations.none());
        } catch (WorkloadFormatException e) {
            throw Problem.inDocument(e);
        }
        Assessment assessment;
        try {
            assessment = assessor.assess(input.workload(), request.options());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("the engine failed on workload {}", SafeText.line(input.workload().id()), e);
            throw Problem.of(500, "the engine failed on this workload (" + e.getClass().getSimpleName()
                    + "); the service goes on serving, and its log has the details");
        }
        String file = request.file() != null ? request.file() : syntax == DocumentSyntax.YAML ? "workload.yaml" : "workload.json";
        String report = request.kind().render(assessment, request, new WorkloadFile(file, input.locations()));
        return Response.text(200, request.kind().mediaType(), report, Map.of("Cache-Control", "no-store"));
    }

    private static long send(HttpExchange ex, Response r) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", r.contentType());
        h.set("X-Content-Type-Options", "nosniff");
        r.headers().forEach(h::set);
        // a HEAD request (which no route has: it gets 405) is answered without content, as HTTP requires
        byte[] body = "HEAD".equals(ex.getRequestMethod()) ? new byte[0] : r.body();
        ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        return body.length;
    }
}
