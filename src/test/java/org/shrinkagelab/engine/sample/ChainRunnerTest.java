package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.Progress;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.engine.model.LogDensity;

/** Seeding, threading, progress and cancellation of sampler runs. */
class ChainRunnerTest {

    private static final LogDensity TARGET = TestDensities.gaussian2d(0, 0, 1, 2, 0.5);

    @Test
    void sameSeedGivesIdenticalDrawsThreadedOrSequential() throws Exception {
        for (SamplerKind kind : SamplerKind.values()) {
            SamplerSettings settings = SamplerSettings.of(kind, 4, 300, 200, 42);
            SamplerRun sequential = ChainRunner.run(TARGET, settings, JobContext.none());
            SamplerRun threaded;
            List<Progress> progress = new ArrayList<>();
            try (SamplerService service = SamplerService.threaded(Runnable::run)) {
                CompletableFuture<SamplerRun> result = new CompletableFuture<>();
                service.job("test", "chains", ctx -> ChainRunner.run(TARGET, settings, ctx))
                        .onProgress(p -> {
                            synchronized (progress) {
                                progress.add(p);
                            }
                        })
                        .onSuccess(result::complete).onFailure(result::completeExceptionally).submit();
                threaded = result.get(60, TimeUnit.SECONDS);
            }
            assertEquals(sequential.draws().chains(), threaded.draws().chains());
            for (int c = 0; c < 4; c++) {
                for (int k = 0; k < sequential.draws().columns().size(); k++) {
                    assertArrayEquals(sequential.draws().values()[c][k], threaded.draws().values()[c][k],
                            kind + " chain " + c + " column " + sequential.draws().columns().get(k));
                }
            }
            assertArrayEquals(sequential.stepSizes(), threaded.stepSizes());
            synchronized (progress) {
                assertTrue(progress.stream().anyMatch(p -> p.part() >= 0 && p.message().startsWith("sampling")),
                        "per-chain progress was reported: " + progress);
            }
        }
    }

    @Test
    void chainsDrawFromDifferentStreamsAndSeedsMatter() {
        SamplerRun a = ChainRunner.run(TARGET, SamplerSettings.nuts(2, 100, 50, 1), JobContext.none());
        SamplerRun b = ChainRunner.run(TARGET, SamplerSettings.nuts(2, 100, 50, 2), JobContext.none());
        double[][] xa = a.draws().parameter("x[1]");
        assertNotEquals(xa[0][49], xa[1][49]);
        assertNotEquals(xa[0][49], b.draws().parameter("x[1]")[0][49]);
    }

    /** A context that runs parts in turn and cancels each part after a fixed number of checks. */
    private record CancelAfter(int... checks) implements JobContext {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            List<R> out = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                int limit = checks[i];
                int[] seen = {0};
                out.add(parts.get(i).run(new JobContext() {
                    @Override
                    public boolean isCancelled() {
                        return ++seen[0] > limit;
                    }

                    @Override
                    public void progress(double fraction, String message) {
                    }

                    @Override
                    public <S> List<S> parallel(List<? extends PartTask<S>> inner) {
                        throw new AssertionError("a chain must not run nested parts");
                    }
                }));
            }
            return out;
        }
    }

    @Test
    void cancelledRunKeepsTheDrawsSoFarCutToTheShortestChain() {
        SamplerSettings settings = SamplerSettings.nuts(3, 200, 500, 9);
        SamplerRun full = ChainRunner.run(TARGET, settings, JobContext.none());
        SamplerRun cut = ChainRunner.run(TARGET, settings, new CancelAfter(200 + 400, 200 + 130, 200 + 250));
        assertFalse(cut.draws().complete());
        assertTrue(full.draws().complete());
        for (int c = 0; c < 3; c++) {
            assertEquals(130, cut.draws().draws(c));
            for (int k = 0; k < full.draws().columns().size(); k++) {
                double[] prefix = Arrays.copyOf(full.draws().values()[c][k], 130);
                assertArrayEquals(prefix, cut.draws().values()[c][k], "chain " + c + " column " + k);
            }
        }
    }

    @Test
    void aChainCancelledDuringWarmupIsLeftOutAndTheOthersDrawsKept() {
        SamplerRun cut = ChainRunner.run(TARGET, SamplerSettings.nuts(2, 200, 100, 9), new CancelAfter(50, 500));
        assertFalse(cut.draws().complete());
        assertEquals(1, cut.draws().chains());
        assertEquals(100, cut.draws().shortestChain());
    }

    @Test
    void impossibleStartingPointsAreReported() {
        LogDensity nowhere = TestDensities.nowhere(new int[1]);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChainRunner.run(nowhere, SamplerSettings.nuts(1, 10, 10, 1), JobContext.none()));
        assertTrue(e.getMessage().contains("initial point"), e.getMessage());
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SamplerSettings.nuts(4, 100, 100, 1).withAdaptDelta(1.0));
        assertTrue(e.getMessage().startsWith("adapt-delta 1.0 is not allowed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SamplerSettings.nuts(0, 100, 100, 1));
        assertTrue(e.getMessage().startsWith("chains 0"), e.getMessage());
    }
}
