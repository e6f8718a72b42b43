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
import org.shrinkagelab.engine.RecordingContext;

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

    /** The job hears the run's and each part's progress; the diagnostics phase says whether the draws are partial. */
    @Test
    void progressReachesTheJobFromTheRunItsPartsAndTheAnalysisPhase() {
        RecordingContext job = new RecordingContext();
        RunPhases run = new RunPhases(job);
        assertEquals(RunPhases.Phase.SAMPLING, run.phase());
        run.progress(0.1, "warmup");
        List<PartTask<List<Integer>>> parts = List.of(part -> {
            part.progress(0.5, "chain 1");
            return part.parallel(List.<PartTask<Integer>>of(inner -> 1, inner -> 2));
        });
        assertEquals(List.of(List.of(1, 2)), run.parallel(parts), "a part's own parts run and keep their order");
        assertFalse(run.samplingCancelled());
        RunPhases.analysing(run, false);
        assertEquals(RunPhases.Phase.ANALYSIS, run.phase());
        assertEquals(List.of("warmup", "chain 1", RunPhases.DIAGNOSTICS), job.messages());
        RecordingContext other = new RecordingContext();
        RunPhases.analysing(other, true);
        assertEquals(List.of(RunPhases.PARTIAL_DIAGNOSTICS), other.messages());
    }

    @Test
    void samplingCancelledTellsWhetherTheChainsWereStopped() {
        RunPhases run = new RunPhases(JobContext.none());
        run.cancel();
        assertTrue(run.samplingCancelled());
        RunPhases analysed = new RunPhases(JobContext.none());
        RunPhases.analysing(analysed, true);
        analysed.cancel();
        assertFalse(analysed.samplingCancelled(), "a cancel of the diagnostics is not one of the sampling");
    }
}
