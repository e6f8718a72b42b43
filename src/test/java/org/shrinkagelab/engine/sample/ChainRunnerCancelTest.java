package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsModel;
import org.shrinkagelab.workbench.Parameterization;

class ChainRunnerCancelTest {

    /** Runs parts one after another and reports cancelled once {@code limit} progress reports were made. */
    private static final class CancelAfter implements JobContext {
        private final AtomicInteger reports = new AtomicInteger();
        private final int limit;

        CancelAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public boolean isCancelled() {
            return reports.get() >= limit;
        }

        @Override
        public void progress(double fraction, String message) {
            reports.incrementAndGet();
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            return JobContext.inOrder(parts, this);
        }
    }

    @Test
    void chainsThatHadNotStartedAreLeftOutSoTheDrawsMadeAreKept() {
        // One report per percent of a chain of 100 warmup + 100 draws: 75 reports = iteration 150 = 50 draws kept.
        SamplerRun run = ChainRunner.run(EightSchoolsModel.standard(Parameterization.NONCENTERED),
                SamplerSettings.nuts(4, 100, 100, 1), new CancelAfter(75));
        Draws d = run.draws();
        assertFalse(d.complete());
        assertEquals(1, d.chains(), "chains 2 to 4 never started");
        assertTrue(d.shortestChain() >= 45 && d.shortestChain() <= 55, "kept " + d.shortestChain());
        assertEquals(1, run.stepSizes().length);
    }

    @Test
    void aRunCancelledBeforeAnyDrawKeepsAllChainsEmpty() {
        SamplerRun run = ChainRunner.run(EightSchoolsModel.standard(Parameterization.NONCENTERED),
                SamplerSettings.nuts(2, 100, 100, 1), new CancelAfter(0));
        assertEquals(2, run.draws().chains());
        assertEquals(0, run.draws().shortestChain());
        assertFalse(run.draws().complete());
    }
}
