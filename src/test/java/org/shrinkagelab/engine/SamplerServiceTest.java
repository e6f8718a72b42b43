package org.shrinkagelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service's ordinary behaviour. The races (stale results, superseded jobs, cancel of the older job,
 * bounded threads) are forced deterministically in {@link SamplerServiceRaceTest}, cancel of real work in
 * {@link SamplerServiceCancelTest} and {@link SamplerServiceDiagnosticsCancelTest}.
 */
class SamplerServiceTest {

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
            uiThread.submit(() -> { }).get(5, TimeUnit.SECONDS);
        }
    }

    private void storm(List<Integer> shown, AtomicReference<Throwable> failure, int n) {
        for (int i = 0; i < n; i++) {
            int id = i;
            service.job("slider", "job " + i, ctx -> {
                for (int k = 0; k < 50; k++) {
                    ctx.checkCancelled();
                    Thread.onSpinWait();
                }
                return id;
            }).onSuccess(shown::add).onFailure(failure::set).submit();
        }
    }

    private void awaitShown(List<Integer> shown, int id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!shown.contains(id) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        drainUi();
    }

    @Test
    void aStormOfSubmissionsFromTheUiThreadShowsExactlyTheLastResult() throws Exception {
        List<Integer> shown = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int n = 10_000;
        // As in the app: a slider storm submits on the UI thread, where results are also delivered.
        // Every delivery runs after the storm's task, when all but the last job are superseded.
        uiThread.submit(() -> storm(shown, failure, n)).get(20, TimeUnit.SECONDS);
        awaitShown(shown, n - 1);
        assertEquals(List.of(n - 1), shown, "exactly the newest job's result reaches the UI");
        assertEquals(null, failure.get());
    }

    @Test
    void aCancelledJobKeepsItsPartialResultWhenStillTheNewest() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<List<Integer>> result = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);
        service.job("mcmc", "chains", ctx -> {
            List<Integer> draws = new ArrayList<>();
            for (int i = 0; i < 1_000_000 && !ctx.isCancelled(); i++) {
                draws.add(i);
                if (i == 10) {
                    started.countDown();
                }
                Thread.sleep(0, 1000);
            }
            return draws;
        }).onSuccess(r -> {
            result.set(r);
            delivered.countDown();
        }).submit();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        service.cancel("mcmc");
        assertTrue(delivered.await(5, TimeUnit.SECONDS));
        assertTrue(result.get().size() > 10 && result.get().size() < 1_000_000);
    }

    @Test
    void failuresReachTheUiAsMessages() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        service.job("f", "failing", ctx -> {
            throw new IllegalStateException("matrix not positive definite");
        }).onFailure(e -> {
            failure.set(e);
            done.countDown();
        }).submit();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals("matrix not positive definite", failure.get().getMessage());
    }

    @Test
    void partsRunInParallelAndKeepTheirOrder() throws Exception {
        AtomicReference<List<String>> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        List<Progress> reports = Collections.synchronizedList(new ArrayList<>());
        service.job("p", "chains", ctx -> ctx.parallel(List.<PartTask<String>>of(
                part -> {
                    part.progress(1, "chain 1 done");
                    return "a:" + Thread.currentThread().getName().startsWith("shrinkage-part");
                },
                part -> "b",
                part -> "c"))).onProgress(reports::add).onSuccess(r -> {
                    result.set(r);
                    done.countDown();
                }).submit();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("a:true", "b", "c"), result.get());
        drainUi();
        assertFalse(reports.isEmpty());
        assertEquals(0, reports.get(0).part());
    }

    @Test
    void synchronousModeRunsInsideSubmit() {
        SamplerService sync = SamplerService.synchronous();
        AtomicReference<String> shown = new AtomicReference<>();
        sync.job("k", "t", ctx -> ctx.parallel(List.<PartTask<String>>of(p -> "x", p -> "y")).toString())
                .onSuccess(shown::set).submit();
        assertNotNull(shown.get());
        assertEquals("[x, y]", shown.get());
    }
}
