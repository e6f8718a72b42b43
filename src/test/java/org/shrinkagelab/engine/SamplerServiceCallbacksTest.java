package org.shrinkagelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the service tells whom, and in which order: the builder's callbacks and the listeners, the user's
 * Cancel and its override, a part's failure or the job thread's interrupt while it waits for its parts, and
 * closing. The job runs on the calling thread (the synchronous service) wherever threads are not the point.
 */
class SamplerServiceCallbacksTest {
    private static final int WAIT_SECONDS = 10;

    /** A listener writing every event into the list, in the order the service calls it. */
    private static JobListener recorder(List<String> events) {
        return new JobListener() {
            @Override
            public void started(JobHandle job) {
                events.add("started " + job.title());
            }

            @Override
            public void progressed(JobHandle job, Progress p) {
                events.add("listener " + p.part() + " " + p.fraction() + " " + p.message());
            }

            @Override
            public void ended(JobHandle job) {
                events.add("ended " + job.title());
            }
        };
    }

    @Test
    void aJobTellsItsCallbacksAndTheListenersInOrder() {
        SamplerService service = SamplerService.synchronous();
        List<String> events = new ArrayList<>();
        service.addListener(recorder(events));
        service.job("k", "fit", ctx -> {
            ctx.progress(0.5, "half");
            return ctx.parallel(List.<PartTask<Integer>>of(part -> {
                part.progress(1, "chain done");
                return 7;
            }));
        }).onRunning(() -> events.add("running"))
                .onProgress(p -> events.add("progress " + p.part() + " " + p.fraction() + " " + p.message()))
                .onSuccess(r -> events.add("success " + r))
                .submit();
        assertEquals(List.of("running", "started fit",
                "progress -1 0.5 half", "listener -1 0.5 half",
                "progress 0 1.0 chain done", "listener 0 1.0 chain done",
                "success [7]", "ended fit"), events);
    }

    @Test
    void aUsersCancelRunsTheJobsOwnRequestUntilTheJobIsCancelled() {
        SamplerService service = SamplerService.synchronous();
        AtomicReference<JobHandle> handle = new AtomicReference<>();
        service.addListener(new JobListener() {
            @Override
            public void started(JobHandle job) {
                handle.set(job);
            }

            @Override
            public void progressed(JobHandle job, Progress progress) {
            }

            @Override
            public void ended(JobHandle job) {
            }
        });
        List<String> seen = new ArrayList<>();
        service.job("k", "with request", ctx -> {
            handle.get().requestCancel();
            seen.add("after request: " + ctx.isCancelled());
            handle.get().cancel();
            handle.get().requestCancel();
            seen.add("after cancel: " + ctx.isCancelled());
            return 0;
        }).onCancelRequest(() -> seen.add("request")).submit();
        assertEquals(List.of("request", "after request: false", "after cancel: true"), seen);

        service.job("k", "without request", ctx -> {
            handle.get().requestCancel();
            seen.add("plain request: " + ctx.isCancelled());
            return 0;
        }).submit();
        assertEquals("plain request: true", seen.get(seen.size() - 1));
    }

    @Test
    void aHandlesDefaultRequestCancelIsItsCancel() {
        AtomicBoolean cancelled = new AtomicBoolean();
        JobHandle handle = new JobHandle() {
            @Override
            public String key() {
                return "k";
            }

            @Override
            public String title() {
                return "t";
            }

            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        handle.requestCancel();
        assertTrue(handle.isCancelled());
    }

    @Test
    void cancellingAJobRunningOnTheCallingThreadOnlyFlagsIt() {
        SamplerService service = SamplerService.synchronous();
        AtomicReference<Object> outcome = new AtomicReference<>();
        service.job("k", "t", ctx -> {
            service.cancel("k");
            return ctx.isCancelled();
        }).onSuccess(outcome::set).onFailure(outcome::set).submit();
        assertEquals(Boolean.TRUE, outcome.get());
    }

    @Test
    void aPartsOwnPartsRunInOrderInsideIt() {
        SamplerService service = SamplerService.synchronous();
        AtomicReference<List<List<String>>> result = new AtomicReference<>();
        service.job("k", "t", ctx -> ctx.parallel(List.<PartTask<List<String>>>of(
                part -> part.parallel(List.<PartTask<String>>of(p -> "x", p -> "y")))))
                .onSuccess(result::set).submit();
        assertEquals(List.of(List.of("x", "y")), result.get());
    }

    @Test
    void onlyTheThreadedServiceSaysItIsThreadedAndBothClose() {
        SamplerService sync = SamplerService.synchronous();
        assertFalse(sync.isThreaded());
        sync.close();
        try (SamplerService threaded = SamplerService.threaded(Runnable::run)) {
            assertTrue(threaded.isThreaded());
        }
    }

    @Test
    void workerThreadsAreDaemonsSoThatTheyNeverKeepTheApplicationAlive() throws Exception {
        // Submitted from a non-daemon thread, as the FX thread is: a new thread would otherwise inherit its status.
        AtomicReference<List<Boolean>> daemon = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        try (SamplerService service = SamplerService.threaded(Runnable::run)) {
            Thread submitter = new Thread(() -> service.job("k", "t", ctx -> {
                List<Boolean> flags = new ArrayList<>(List.of(Thread.currentThread().isDaemon()));
                flags.addAll(ctx.parallel(List.<PartTask<Boolean>>of(
                        p -> Thread.currentThread().isDaemon(), p -> Thread.currentThread().isDaemon())));
                return flags;
            }).onSuccess(r -> {
                daemon.set(r);
                done.countDown();
            }).submit());
            submitter.setDaemon(false);
            submitter.start();
            submitter.join();
            assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(List.of(true, true, true), daemon.get());
        }
    }

    @Test
    void closingTheServiceCancelsItsRunningJobs() throws Exception {
        SamplerService service = SamplerService.threaded(Runnable::run);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch sawCancel = new CountDownLatch(1);
        service.job("k", "t", ctx -> {
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!ctx.isCancelled() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (ctx.isCancelled()) {
                sawCancel.countDown();
            }
            return 0;
        }).submit();
        assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS));
        service.close();
        assertTrue(sawCancel.await(WAIT_SECONDS, TimeUnit.SECONDS), "the running job never saw the cancel");
    }

    /**
     * Runs a two-part job on worker threads whose first part throws once the second is running; checks that
     * the second is interrupted, and returns the job's failure.
     */
    private static Throwable failureOfParts(Throwable thrown) throws Exception {
        try (SamplerService service = SamplerService.threaded(Runnable::run)) {
            CountDownLatch otherInterrupted = new CountDownLatch(1);
            CountDownLatch otherStarted = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            service.job("k", "t", ctx -> ctx.parallel(List.<PartTask<Integer>>of(
                    part -> {
                        awaitQuietly(otherStarted);
                        if (thrown instanceof RuntimeException re) {
                            throw re;
                        }
                        throw (Error) thrown;
                    },
                    part -> {
                        otherStarted.countDown();
                        try {
                            new CountDownLatch(1).await(WAIT_SECONDS, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            otherInterrupted.countDown();
                        }
                        return 1;
                    }))).onFailure(e -> {
                        failure.set(e);
                        done.countDown();
                    }).submit();
            assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS));
            // Before closing the service, whose shutdown would interrupt the part anyway.
            assertTrue(otherInterrupted.await(WAIT_SECONDS, TimeUnit.SECONDS), "the other part was not stopped");
            return failure.get();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An error of a part, as an out-of-memory would be. */
    private static final class PartError extends Error {
        private static final long serialVersionUID = 1L;

        PartError() {
            super("part failed");
        }
    }

    @Test
    void aFailingPartFailsTheJobWithItsOwnExceptionAndStopsTheOtherParts() throws Exception {
        IllegalArgumentException thrown = new IllegalArgumentException("bad chain");
        assertSame(thrown, failureOfParts(thrown));
        PartError error = new PartError();
        assertSame(error, failureOfParts(error));
    }

    @Test
    void interruptingAJobWaitingForItsPartsCancelsItAndKeepsTheInterrupt() throws Exception {
        try (SamplerService service = SamplerService.threaded(Runnable::run)) {
            AtomicReference<Thread> jobThread = new AtomicReference<>();
            CountDownLatch partRunning = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch cancelledCallback = new CountDownLatch(1);
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            service.job("k", "t", ctx -> {
                jobThread.set(Thread.currentThread());
                try {
                    return ctx.parallel(List.<PartTask<Integer>>of(part -> {
                        partRunning.countDown();
                        awaitQuietly(release);
                        return 1;
                    }));
                } catch (CancelledException e) {
                    seen.add("interrupted " + Thread.currentThread().isInterrupted() + ", cancelled "
                            + ctx.isCancelled());
                    throw e;
                }
            }).onCancelled(cancelledCallback::countDown).submit();
            assertTrue(partRunning.await(WAIT_SECONDS, TimeUnit.SECONDS));
            jobThread.get().interrupt();
            boolean called = cancelledCallback.await(WAIT_SECONDS, TimeUnit.SECONDS);
            release.countDown();
            assertTrue(called, "onCancelled was not called");
            assertEquals(List.of("interrupted true, cancelled true"), seen);
        }
    }

    @Test
    void aBlockingRunReturnsTheResultAndRethrowsTheJobsException() {
        assertEquals("done", BlockingRun.onAllCores("t", ctx -> "done"));
        IllegalArgumentException thrown = new IllegalArgumentException("no data");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> BlockingRun.onAllCores("t", ctx -> {
                    throw thrown;
                })));
        CompletionException wrapped = assertThrows(CompletionException.class,
                () -> BlockingRun.onAllCores("t", ctx -> {
                    throw new IOException("unreadable");
                }));
        assertInstanceOf(IOException.class, wrapped.getCause());
    }
}
