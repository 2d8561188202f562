package dev.mllens.cli.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a {@link LensServer} listens and what it takes on.
 *
 * @param address where it listens; port 0 picks a free port
 * @param threads the requests handled at once (each on its own worker thread)
 * @param queue the requests that may wait for a worker; beyond them, a request is answered 503 at once
 * @param maxBodyBytes the largest request body read; a larger one is answered 413 before it is read in full
 */
@API(status = API.Status.EXPERIMENTAL)
public record ServerSettings(InetSocketAddress address, int threads, int queue, long maxBodyBytes) {

    /** The request body limit unless one is given: 1 MiB, a hundred times the bundled sample. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;

    /** Requests that may wait for a worker unless told otherwise. */
    public static final int DEFAULT_QUEUE = 64;

    public ServerSettings {
        Objects.requireNonNull(address, "address");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative, was " + queue);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, was " + maxBodyBytes);
        }
    }

    /** The defaults on the loopback address: twice as many threads as processors (at least 4), 64 waiting. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), defaultThreads(), DEFAULT_QUEUE,
                DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * Twice the processors, at least 4: an assessment is CPU work of a few milliseconds, but a worker also
     * waits while a slow client sends its body or reads the report.
     */
    public static int defaultThreads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    public ServerSettings withThreads(int n, int waiting) {
        return new ServerSettings(address, n, waiting, maxBodyBytes);
    }

    public ServerSettings withMaxBodyBytes(long limit) {
        return new ServerSettings(address, threads, queue, limit);
    }
}
