package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
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
}
