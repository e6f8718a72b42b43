package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

class RunPhasesTest {
    @Test
    void aCancelStopsOnlyThePhaseRunningAndPartsSeeIt() {
        RunPhases run = new RunPhases(JobContext.none());
        assertFalse(run.isCancelled());
        assertEquals(RunPhases.Phase.SAMPLING, run.cancel());
        assertTrue(run.isCancelled(), "the chains stop");
        List<PartTask<Boolean>> parts = List.of(JobContext::isCancelled, JobContext::isCancelled);
        assertEquals(List.of(true, true), run.parallel(parts), "every chain sees the cancel");
        JobContext analysis = RunPhases.analysing(run, true);
        assertFalse(analysis.isCancelled(), "the draws so far are still summarized");
        assertEquals(RunPhases.Phase.ANALYSIS, run.cancel());
        assertThrows(CancelledException.class, analysis::checkCancelled);
        assertEquals(List.of(true), analysis.parallel(List.<PartTask<Boolean>>of(JobContext::isCancelled)));
    }

    @Test
    void anotherContextCancelledDuringSamplingStillSummarizesTheDrawsSoFar() {
        JobContext cancelled = new JobContext() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
                return JobContext.none().parallel(parts);
            }
        };
        assertFalse(RunPhases.analysing(cancelled, true).isCancelled());
        assertTrue(RunPhases.analysing(cancelled, false).isCancelled(), "complete draws: the job's cancel stands");
    }
}
