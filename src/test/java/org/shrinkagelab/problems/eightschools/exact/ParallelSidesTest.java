package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.Settings;

/** The recomputation's two sides run in parallel on the service give what they give one after the other. */
class ParallelSidesTest {
    private final EightSchoolsExactProblem problem = new EightSchoolsExactProblem();

    @Test
    void theServiceAndThisThreadGiveTheSameResult() throws Exception {
        Settings settings = problem.defaults().with("tau2-0", "30").with("seed", "7");
        EightSchoolsExactResult alone = new EightSchoolsExactCalculator(problem.data()).compute(settings,
                JobContext.none());
        EightSchoolsExactResult parallel;
        try (SamplerService service = SamplerService.threaded(Runnable::run)) {
            CompletableFuture<EightSchoolsExactResult> f = new CompletableFuture<>();
            service.job("test", "test", ctx -> new EightSchoolsExactCalculator(problem.data()).compute(settings, ctx))
                    .onSuccess(f::complete).onFailure(f::completeExceptionally).submit();
            parallel = f.get(30, TimeUnit.SECONDS);
        }
        for (int s = 0; s < alone.thetaDraws().length; s++) {
            assertArrayEquals(alone.thetaDraws()[s], parallel.thetaDraws()[s], "draws of school " + s);
            assertArrayEquals(alone.thetaDensity()[s], parallel.thetaDensity()[s], "density of school " + s);
            assertEquals(alone.draws().get(s), parallel.draws().get(s));
        }
        assertArrayEquals(alone.exactTauDensity(), parallel.exactTauDensity());
        assertArrayEquals(alone.muCurves().mu(), parallel.muCurves().mu());
        assertEquals(alone.tailMass(), parallel.tailMass());
        assertEquals(alone.exact().tauMean(), parallel.exact().tauMean());
    }

    @Test
    void everyBenchmarkCaseRunsOnce() {
        List<BenchmarkCase> cases = problem.benchmarks();
        assertEquals(List.of("full", "full-service", "marker", "redraw", "redraw-shrinkage", "redraw-schools"),
                cases.stream().map(BenchmarkCase::name).toList());
        for (BenchmarkCase c : cases) {
            assertEquals(0, c.run().apply(JobContext.none()).size(), c.name());
        }
    }
}
