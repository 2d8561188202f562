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

    /** Set while a thread runs an exchange handed over after the shutdown began, which the handler answers 503. */
    private static final ThreadLocal<Boolean> LATE = new ThreadLocal<>();

    /** How many overflowing exchanges may wait to be refused. */
    private static final int REFUSALS_WAITING = 64;

    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor refuser;
    private final AtomicInteger inFlight = new AtomicInteger();
    /**
     * Set when the shutdown begins. Whether an exchange is new or in progress is decided when it is handed
     * over, not when its thread gets to look: a request taken just before the shutdown is served, even if
     * its worker starts on it after.
     */
    private volatile boolean closedToNew;

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

    /** Whether the calling thread is answering an exchange handed over after {@link #closeToNew}. */
    static boolean late() {
        return LATE.get() != null;
    }

    /** From now on, exchanges handed over are answered 503; those handed over before are served. */
    void closeToNew() {
        closedToNew = true;
    }

    @Override
    public void execute(Runnable handed) {
        Runnable exchange = closedToNew ? () -> {
            LATE.set(Boolean.TRUE);
            try {
                handed.run();
            } finally {
                LATE.remove();
            }
        } : handed;
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
