package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.SamplerSettings;

class ModelFitTest {

    /** A standard normal in q, reported as mu with an auxiliary copy z that the summary leaves out. */
    private static final class WithAuxiliary implements LogDensity {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double logDensityGradient(double[] q, double[] gradient) {
            gradient[0] = -q[0];
            return -0.5 * q[0] * q[0];
        }

        @Override
        public List<String> outputNames() {
            return List.of("mu", "z");
        }

        @Override
        public List<String> reportedNames() {
            return List.of("mu");
        }

        @Override
        public void outputs(double[] q, double[] out) {
            out[0] = q[0];
            out[1] = q[0];
        }
    }

    /** The summary has the reported outputs only; the draws keep all; the wall time is that of the call. */
    @Test
    void summaryLeavesOutAuxiliaryOutputsAndTimesTheRun() {
        long start = System.nanoTime();
        ModelFit fit = ModelFit.sample(new WithAuxiliary(), SamplerSettings.nuts(2, 100, 100, 3L), JobContext.none());
        double wall = (System.nanoTime() - start) / 1e9;
        assertEquals(List.of("mu"), fit.summaries().stream().map(ParameterSummary::name).toList());
        assertEquals(List.of("mu", "z"), fit.draws().parameters());
        assertTrue(fit.seconds() > 0 && fit.seconds() <= wall, fit.seconds() + " s within the call's " + wall + " s");
        assertEquals(2, fit.ebfmi().length, "NUTS records energy: one E-BFMI per chain");
    }
}
