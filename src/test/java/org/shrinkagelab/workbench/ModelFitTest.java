package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.SamplerSettings;

class ModelFitTest {

    /**
     * The summary has the reported outputs only (z is an auxiliary copy of mu); the draws keep all; the wall time
     * is that of the call.
     */
    @Test
    void summaryLeavesOutAuxiliaryOutputsAndTimesTheRun() {
        long start = System.nanoTime();
        ModelFit fit = ModelFit.sample(new OneNormal(1, List.of("mu", "z"), List.of("mu")),
                SamplerSettings.nuts(2, 100, 100, 3L), JobContext.none());
        double wall = (System.nanoTime() - start) / 1e9;
        assertEquals(List.of("mu"), fit.summaries().stream().map(ParameterSummary::name).toList());
        assertEquals(List.of("mu", "z"), fit.draws().parameters());
        assertTrue(fit.seconds() > 0 && fit.seconds() <= wall, fit.seconds() + " s within the call's " + wall + " s");
        assertEquals(2, fit.ebfmi().length, "NUTS records energy: one E-BFMI per chain");
    }

    /**
     * A Cancel that comes while the diagnostics run stops the fit even when it lands after the last summary row's
     * own check: here the job cancels the analysis phase right after the summary's parts have all run.
     */
    @Test
    void aCancelDuringTheDiagnosticsStopsTheFit() {
        RunPhases[] phases = new RunPhases[1];
        RecordingContext job = new RecordingContext() {
            @Override
            public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
                List<R> out = super.parallel(parts);
                if (messages().contains(RunPhases.DIAGNOSTICS)) {
                    phases[0].cancel();
                }
                return out;
            }
        };
        phases[0] = new RunPhases(job);
        assertThrows(CancelledException.class, () -> ModelFit.sample(OneNormal.of(1),
                SamplerSettings.nuts(2, 20, 20, 3L), phases[0]));
        assertEquals(RunPhases.Phase.ANALYSIS, phases[0].phase());
    }
}
