package dev.mllens.cli.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the JDK server hands each exchange to: a fixed number of workers and a bounded queue. An
 * exchange that finds the queue full is not dropped (its client would wait for nothing): one more thread
 * reads its request line and answers 503 at once, without reading the body. Only when that thread is
 * swamped too does the JDK server close the connection. Counts every exchange from hand-over to its last
 * byte, so that a shutdown can wait for them.
 */
final class WorkerPool implements Executor {

    /** Set while the refusing thread runs an exchange, which the handler then answers with 503. */
    private static final ThreadLocal<Boolean> REFUSING = new ThreadLocal<>();

    /** How many overflowing exchanges may wait to be refused. */
    private static final int REFUSALS_WAITING = 64;

    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor refuser;
    private final AtomicInteger inFlight = new AtomicInteger();

    WorkerPool(int threads, int queue) {
        workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                named("mllens-serve-"));
        refuser = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(REFUSALS_WAITING),
                named("mllens-serve-refuser-"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether the calling thread is answering an exchange the workers had no room for. */
    static boolean refusing() {
        return REFUSING.get() != null;
    }

    @Override
    public void execute(Runnable exchange) {
        inFlight.incrementAndGet();
        try {
            workers.execute(counted(exchange));
        } catch (RejectedExecutionException full) {
            try {
                refuser.execute(counted(() -> {
                    REFUSING.set(Boolean.TRUE);
                    try {
                        exchange.run();
                    } finally {
                        REFUSING.remove();
                    }
                }));
            } catch (RejectedExecutionException swamped) {
                inFlight.decrementAndGet();
                throw swamped; // the JDK server closes the connection
            }
        }
    }

    private Runnable counted(Runnable exchange) {
        return () -> {
            try {
                exchange.run();
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    /** Exchanges handed over and not yet answered, waiting ones included. */
    int inFlight() {
        return inFlight.get();
    }

    /** Exchanges waiting for a worker. */
    int waiting() {
        return workers.getQueue().size();
    }

    /** Stops the threads once the server has stopped handing over exchanges. */
    void shutdown(Duration wait) throws InterruptedException {
        workers.shutdown();
        refuser.shutdown();
        long deadline = System.nanoTime() + wait.toNanos();
        workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        refuser.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        workers.shutdownNow();
        refuser.shutdownNow();
    }
}
