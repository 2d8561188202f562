package dev.mllens.cli;

import dev.mllens.Assessment;
import dev.mllens.MlLens;
import dev.mllens.cli.serve.AccessLog;
import dev.mllens.cli.serve.Assessor;
import dev.mllens.cli.serve.LensServer;
import dev.mllens.cli.serve.ServerSettings;
import dev.mllens.json.LensJson;
import dev.mllens.report.Reports;
import dev.mllens.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve mllens over HTTP: a page to assess a workload in the browser, and the API of"
                + " /v1/openapi.json. Runs until SIGTERM or Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    /**
     * Seconds a client has to send its whole request, and to read the response, before the JDK server closes
     * the connection; a slow client cannot hold a worker for longer. Set unless given with -D.
     */
    static final String CLIENT_TIMEOUT_SECONDS = "60";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}); 0 takes a free one.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every interface,"
                    + " as in a container.")
    String bind;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body read (default: ${DEFAULT-VALUE}, 1 MiB); a larger one is refused with 413"
                    + " before it is read.")
    long maxBodyBytes;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests handled at once (default: twice the processors, at least 4); "
                    + ServerSettings.DEFAULT_QUEUE + " more may wait, beyond them a request gets 503.")
    Integer threads;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "10",
            description = "On SIGTERM, how long requests in progress may take to finish (default: ${DEFAULT-VALUE}).")
    int shutdownGrace;

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        if (shutdownGrace < 0) {
            throw usage("--shutdown-grace must not be negative, was " + shutdownGrace);
        }
        quietLibrariesLoudServer();
        setUnlessGiven("sun.net.httpserver.maxReqTime", CLIENT_TIMEOUT_SECONDS);
        setUnlessGiven("sun.net.httpserver.maxRspTime", CLIENT_TIMEOUT_SECONDS);

        // load the rules, and assess and render once now, so that no caller waits for the cold start
        Assessment warmUp = MlLens.engine().assess(Samples.fraudDetection());
        LensJson.write(warmUp);
        Reports.html(warmUp);
        LensServer server;
        try {
            server = LensServer.start(settings, Assessor.engine(), AccessLog.slf4j());
        } catch (BindException e) {
            throw new MlLensCli.UserError("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        } catch (IOException e) {
            throw new MlLensCli.UserError("cannot start the server on " + bind + ":" + port + ": " + e.getMessage());
        }
        Duration grace = Duration.ofSeconds(shutdownGrace);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(grace), "mllens-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving mllens at " + server.uri() + " (API: " + server.uri().resolve("v1/openapi.json")
                + "); stop with Ctrl-C or SIGTERM");
        out.flush();
        server.awaitStopped();
        return MlLensCli.OK;
    }

    private ServerSettings settings() {
        if (port < 0 || port > 65_535) {
            throw usage("--port must be from 0 to 65535, was " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw usage("--bind " + bind + ": not an address of this machine");
        }
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1, was " + threads);
        }
        if (maxBodyBytes < 1) {
            throw usage("--max-body-bytes must be at least 1, was " + maxBodyBytes);
        }
        return new ServerSettings(new InetSocketAddress(address, port),
                threads == null ? ServerSettings.defaultThreads() : threads, ServerSettings.DEFAULT_QUEUE, maxBodyBytes);
    }

    /**
     * The CLI's SLF4J binding is silent by default (simplelogger.properties); the server shows its own log at
     * INFO (start, stop, the access log) and every other logger's warnings. A -D setting of either wins.
     */
    private static void quietLibrariesLoudServer() {
        setUnlessGiven("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setUnlessGiven("org.slf4j.simpleLogger.log.dev.mllens.serve", "info");
    }

    private static void setUnlessGiven(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
