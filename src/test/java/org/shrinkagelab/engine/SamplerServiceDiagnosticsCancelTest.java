package org.shrinkagelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.Diagnostics;

/**
 * Cancel during the diagnostics phase (one parameter of 4 x 100,000 draws) on the real service, measured in
 * the job thread's CPU time rather than wall time, which on this shared machine is mostly scheduling: the
 * work done after cancel must be a small fraction of the whole summary. With cancellation looked at only
 * between the summary's phases (ranks, bulk, tail, MCSE), a cancel early in the sort alone leaves about a
 * third of the work to run; checked inside the sort passes and the lag sums, less than a tenth remains.
 */
class SamplerServiceDiagnosticsCancelTest {
    private static final long WAIT_SECONDS = 60;
    private static final double[] CANCEL_AT = {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65};

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private final SamplerService service = SamplerService.threaded(uiThread);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @AfterEach
    void close() {
        service.close();
        uiThread.shutdownNow();
    }

    /** How one run ended: cancelled or not, and the job thread's CPU time in all and after the cancel. */
    private record Outcome(boolean cancelled, boolean cancelIssued, long cpuNanos, long cpuAfterCancelNanos) {
    }

    @Test
    void aCancelledSummaryStopsWithinASmallFractionOfItsWork() throws Exception {
        assumeTrue(threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled(),
                "the JVM measures no thread CPU time");
        double[][] draws = ar1(4, 100_000, 0.9);
        run(draws, -1); // compiles the code paths, so the timed runs below compare like with like
        Outcome full = run(draws, -1);
        assertTrue(!full.cancelled(), "the uncancelled summary completed");
        long bound = full.cpuNanos() / 5;
        List<String> after = new ArrayList<>();
        int cancelled = 0;
        for (double fraction : CANCEL_AT) {
            Outcome o = run(draws, (long) (fraction * full.cpuNanos()));
            if (!o.cancelIssued()) {
                continue; // this run finished before reaching the cancel point: nothing to measure
            }
            assertTrue(o.cancelled(), "cancel at " + fraction + " of the work was reported as cancelled");
            cancelled++;
            after.add(String.format("%.2f: %.1f ms", fraction, o.cpuAfterCancelNanos() / 1e6));
            assertTrue(o.cpuAfterCancelNanos() <= bound, String.format(
                    "%.1f ms of CPU after cancel at %.2f of a %.1f ms summary; bound %.1f ms (all: %s)",
                    o.cpuAfterCancelNanos() / 1e6, fraction, full.cpuNanos() / 1e6, bound / 1e6, after));
        }
        assertTrue(cancelled >= CANCEL_AT.length - 2, "too few runs were still going at their cancel point: "
                + cancelled + " of " + CANCEL_AT.length);
    }

    /** Summarizes the draws as a job; cancels it once its thread has spent {@code cancelAtCpu} ns (never if < 0). */
    private Outcome run(double[][] draws, long cancelAtCpu) throws Exception {
        AtomicLong threadId = new AtomicLong();
        AtomicLong cpuAtStart = new AtomicLong();
        AtomicLong cpuAtEnd = new AtomicLong();
        AtomicBoolean wasCancelled = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch bodyEnded = new CountDownLatch(1);
        CountDownLatch delivered = new CountDownLatch(1);
        JobHandle job = service.job("diagnostics", "diagnostics", ctx -> {
            threadId.set(Thread.currentThread().getId());
            cpuAtStart.set(threads.getCurrentThreadCpuTime());
            started.countDown();
            try {
                return Diagnostics.summarize("x", draws, ctx);
            } finally {
                cpuAtEnd.set(threads.getCurrentThreadCpuTime());
                bodyEnded.countDown();
            }
        }).onSuccess(r -> delivered.countDown()).onCancelled(() -> {
            wasCancelled.set(true);
            delivered.countDown();
        }).submit();
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS), "the job never started");
        long cpuAtCancel = -1;
        if (cancelAtCpu >= 0) {
            while (bodyEnded.getCount() > 0) {
                long spent = threads.getThreadCpuTime(threadId.get()) - cpuAtStart.get();
                if (spent >= cancelAtCpu) {
                    cpuAtCancel = threads.getThreadCpuTime(threadId.get());
                    job.cancel();
                    break;
                }
                Thread.sleep(1);
            }
        }
        assertTrue(delivered.await(WAIT_SECONDS, TimeUnit.SECONDS), "the job's end was never delivered");
        assertEquals(0, bodyEnded.getCount());
        boolean issued = cpuAtCancel >= 0 && cpuAtCancel < cpuAtEnd.get();
        return new Outcome(wasCancelled.get(), issued, cpuAtEnd.get() - cpuAtStart.get(),
                issued ? cpuAtEnd.get() - cpuAtCancel : 0);
    }

    /** Chains of an AR(1) process, each started at its stationary distribution. */
    private static double[][] ar1(int chains, int n, double phi) {
        SplittableRandom random = new SplittableRandom(20261201);
        double[][] x = new double[chains][n];
        for (double[] chain : x) {
            double previous = gaussian(random) / Math.sqrt(1 - phi * phi);
            for (int i = 0; i < n; i++) {
                previous = phi * previous + gaussian(random);
                chain[i] = previous;
            }
        }
        return x;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
