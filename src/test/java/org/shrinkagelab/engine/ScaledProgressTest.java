package org.shrinkagelab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step's progress becomes its share of the job's, and the step sees the job's cancel and parts. */
class ScaledProgressTest {

    /** A job context that records progress and can be cancelled; parts run in order under it. */
    private static final class RecordingJob implements JobContext {
        final List<String> reports = new ArrayList<>();
        boolean cancelled;

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(double fraction, String message) {
            reports.add(fraction + " " + message);
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            reports.add("parallel " + parts.size());
            return JobContext.inOrder(parts, this);
        }
    }

    @Test
    void aStepsFractionMapsOntoItsShareOfTheJob() {
        RecordingJob job = new RecordingJob();
        ScaledProgress step = new ScaledProgress(job, 0.25, 0.5);
        step.progress(0, "begin");
        step.progress(0.5, "middle");
        step.progress(1, "end");
        assertEquals(List.of("0.25 begin", "0.5 middle", "0.75 end"), job.reports);
    }

    @Test
    void theStepSeesTheJobsCancelAndRunsItsPartsThroughTheJob() {
        RecordingJob job = new RecordingJob();
        ScaledProgress step = new ScaledProgress(job, 0, 1);
        assertFalse(step.isCancelled());
        job.cancelled = true;
        assertTrue(step.isCancelled());
        assertEquals(List.of("a", "b"), step.parallel(List.<PartTask<String>>of(p -> "a", p -> "b")));
        assertEquals(List.of("parallel 2"), job.reports);
    }
}
