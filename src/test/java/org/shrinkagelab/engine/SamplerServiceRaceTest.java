package org.shrinkagelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service's guarantees with the races forced by latches rather than hoped for: each test here
 * fails on every run against a service without the guarantee it names (checked by hand against
 * altered copies: stale-result guard removed, cancel-older removed, unbounded pool).
 */
class SamplerServiceRaceTest {
    private static final long WAIT_SECONDS = 20;

    /** Stands in for the FX thread: one thread that runs callbacks in order. */
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private final SamplerService service = SamplerService.threaded(uiThread);

    @AfterEach
    void close() {
        service.close();
        uiThread.shutdownNow();
    }

    private void drainUi() throws Exception {
        // Two rounds: a job's final callback may be queued by a worker while the first round runs.
        for (int i = 0; i < 2; i++) {
            uiThread.submit(() -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void anOlderJobThatFinishesAfterTheNewerOneHasBeenShownDeliversNothing() throws Exception {
        // The older job ignores its cancellation (a phase with no check) and returns only once the
        // newer job's result has been shown: its delivery is then certainly the later one.
        CountDownLatch newerShown = new CountDownLatch(1);
        CountDownLatch olderEnded = endOf("older");
        List<String> shown = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch olderStarted = new CountDownLatch(1);
        service.job("slider", "older", ctx -> {
            olderStarted.countDown();
            assertTrue(newerShown.await(WAIT_SECONDS, TimeUnit.SECONDS), "the newer job was never shown");
            return "older";
        }).onSuccess(shown::add).onCancelled(() -> shown.add("older cancelled"))
                .onFailure(e -> shown.add("older failed: " + e)).submit();
        // Started, so that it is cancelled while running rather than dropped from the queue.
        assertTrue(olderStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
        service.job("slider", "newer", ctx -> "newer").onSuccess(r -> {
            shown.add(r);
            newerShown.countDown();
        }).submit();
        assertTrue(newerShown.await(WAIT_SECONDS, TimeUnit.SECONDS));
        awaitEnded(olderEnded);
        assertEquals(List.of("newer"), shown);
    }

    @Test
    void anOlderJobCancelledOrFailingAfterTheNewerOneHasBeenShownDeliversNothing() throws Exception {
        for (boolean fail : new boolean[] {false, true}) {
            String key = fail ? "failing" : "cancelled";
            CountDownLatch newerShown = new CountDownLatch(1);
            CountDownLatch olderEnded = endOf("older " + key);
            List<String> shown = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch olderStarted = new CountDownLatch(1);
            service.job(key, "older " + key, ctx -> {
                olderStarted.countDown();
                newerShown.await(WAIT_SECONDS, TimeUnit.SECONDS);
                if (fail) {
                    throw new IllegalStateException("older failed");
                }
                ctx.checkCancelled();
                return "older not cancelled";
            }).onSuccess(shown::add).onCancelled(() -> shown.add("older cancelled"))
                    .onFailure(e -> shown.add(e.getMessage())).submit();
            assertTrue(olderStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            service.job(key, "newer", ctx -> "newer").onSuccess(r -> {
                shown.add(r);
                newerShown.countDown();
            }).submit();
            assertTrue(newerShown.await(WAIT_SECONDS, TimeUnit.SECONDS));
            awaitEnded(olderEnded);
            assertEquals(List.of("newer"), shown, key);
        }
    }

    @Test
    void aStormNeverShowsTheFirstResultAfterTheLast() throws Exception {
        // The first job of a storm holds its result until the last job's has been shown.
        int n = 2_000;
        CountDownLatch lastShown = new CountDownLatch(1);
        CountDownLatch firstEnded = endOf("job 0");
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<Integer> shown = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            int id = i;
            service.job("slider", "job " + i, ctx -> {
                if (id == 0) {
                    firstStarted.countDown();
                    lastShown.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    return id;
                }
                ctx.checkCancelled();
                return id;
            }).onSuccess(r -> {
                shown.add(r);
                if (r == n - 1) {
                    lastShown.countDown();
                }
            }).submit();
            if (id == 0) {
                assertTrue(firstStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
            }
        }
        assertTrue(lastShown.await(WAIT_SECONDS, TimeUnit.SECONDS), "the last result was never shown");
        awaitEnded(firstEnded);
        // Jobs that were newest when they finished may show; nothing may show after a newer one.
        assertEquals(n - 1, shown.get(shown.size() - 1), "the storm ends with the newest result: " + shown);
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i) > shown.get(i - 1), "older result shown after a newer one: " + shown);
        }
    }

    @Test
    void aNewerJobUnderTheSameKeyCancelsTheOlderOneAtOnce() throws Exception {
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch olderSawCancel = new CountDownLatch(1);
        AtomicReference<JobContext> olderContext = new AtomicReference<>();
        service.job("k", "older", ctx -> {
            olderContext.set(ctx);
            olderStarted.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!ctx.isCancelled() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (ctx.isCancelled()) {
                olderSawCancel.countDown();
            }
            return "older";
        }).submit();
        assertTrue(olderStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(olderContext.get().isCancelled(), "nothing has cancelled the older job yet");
        service.job("other key", "unrelated", ctx -> "x").submit();
        assertFalse(olderContext.get().isCancelled(), "a job under another key leaves it running");
        service.job("k", "newer", ctx -> "newer").submit();
        // Prompt means: by the time submit returns, not at some later check.
        assertTrue(olderContext.get().isCancelled(), "submitting the newer job cancelled the older one");
        assertTrue(olderSawCancel.await(WAIT_SECONDS, TimeUnit.SECONDS), "the running older job saw it");
    }

    @Test
    void aQueuedOlderJobCancelledByANewerOneNeverRuns() throws Exception {
        // Fill every job thread, so the older job waits in the queue when the newer one arrives.
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blockersStarted = new CountDownLatch(Math.max(2, cores));
        for (int i = 0; i < Math.max(2, cores); i++) {
            service.job("blocker " + i, "blocker", ctx -> {
                blockersStarted.countDown();
                return release.await(WAIT_SECONDS, TimeUnit.SECONDS);
            }).submit();
        }
        assertTrue(blockersStarted.await(WAIT_SECONDS, TimeUnit.SECONDS));
        AtomicBoolean olderRan = new AtomicBoolean();
        CountDownLatch newerDone = new CountDownLatch(1);
        service.job("k", "older", ctx -> olderRan.getAndSet(true)).submit();
        service.job("k", "newer", ctx -> "newer").onSuccess(r -> newerDone.countDown()).submit();
        release.countDown();
        assertTrue(newerDone.await(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(olderRan.get(), "the superseded job's body ran");
    }

    @Test
    void liveJvmThreadsStayBoundedWhateverTheNumberOfJobs() throws Exception {
        // Many jobs under distinct keys (none cancels another), each holding its thread, each with parts:
        // an unbounded pool would start a thread per job. Threads are counted from the JVM, not the pools.
        int cores = Runtime.getRuntime().availableProcessors();
        int bound = 2 * Math.max(2, cores);
        int jobs = 200;
        int before = ManagementFactory.getThreadMXBean().getThreadCount();
        Set<Thread> existing = Thread.getAllStackTraces().keySet();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(jobs);
        for (int i = 0; i < jobs; i++) {
            service.job("key " + i, "job " + i, ctx -> ctx.parallel(List.<PartTask<Boolean>>of(
                    part -> holdUntil(release),
                    part -> holdUntil(release))))
                    .onSuccess(r -> done.countDown()).onFailure(e -> done.countDown()).submit();
        }
        Thread.sleep(200);
        int during = ManagementFactory.getThreadMXBean().getThreadCount();
        int shrinkageThreads = newServiceThreads(existing);
        release.countDown();
        assertTrue(done.await(WAIT_SECONDS * 3, TimeUnit.SECONDS), "jobs did not finish");
        assertTrue(shrinkageThreads >= 2, "the jobs ran on the service's threads: " + shrinkageThreads);
        assertTrue(shrinkageThreads <= bound, "service threads alive: " + shrinkageThreads + " > " + bound);
        // A little slack for threads the JVM itself may start meanwhile (compiler, cleaner).
        assertTrue(during - before <= bound + 4, "JVM threads grew by " + (during - before) + ", bound " + bound);
    }

    /** Waits for the latch inside a part (which may not throw checked exceptions). */
    private static boolean holdUntil(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Live JVM threads named as the service names its workers, started since {@code existing} was taken. */
    private static int newServiceThreads(Set<Thread> existing) {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("shrinkage-") && !existing.contains(t)) {
                n++;
            }
        }
        return n;
    }

    /** Waits until the job of that title has ended (its delivery, if any, made), then drains the UI thread. */
    private void awaitEnded(CountDownLatch ended) throws Exception {
        assertTrue(ended.await(WAIT_SECONDS, TimeUnit.SECONDS), "the older job never ended");
        drainUi();
    }

    /** A latch counted down when the job of that title ends, however it ends. */
    private CountDownLatch endOf(String title) {
        CountDownLatch ended = new CountDownLatch(1);
        service.addListener(new JobListener() {
            @Override
            public void started(JobHandle job) {
            }

            @Override
            public void progressed(JobHandle job, Progress progress) {
            }

            @Override
            public void ended(JobHandle job) {
                if (job.title().equals(title)) {
                    ended.countDown();
                }
            }
        });
        return ended;
    }
}
