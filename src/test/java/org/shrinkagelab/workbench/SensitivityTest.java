package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;

class SensitivityTest {

    /** A normal with the given sd, one coordinate. */
    private record NormalWithSd(double sd) implements LogDensity {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double logDensityGradient(double[] q, double[] gradient) {
            gradient[0] = -q[0] / (sd * sd);
            return -0.5 * q[0] * q[0] / (sd * sd);
        }

        @Override
        public List<String> outputNames() {
            return List.of("x");
        }

        @Override
        public void outputs(double[] q, double[] out) {
            out[0] = q[0];
        }
    }

    /** Two draws per chain are enough to keep a fit (the overlay needs at least two); one is not. */
    @Test
    void fitsOfTwoDrawsPerChainAreKeptAndOfOneAreNot() {
        List<NormalWithSd> models = List.of(new NormalWithSd(1), new NormalWithSd(3));
        List<Draws> fits = Sensitivity.sampleEach(models, SamplerSettings.nuts(2, 20, 2, 5L), JobContext.none());
        assertEquals(2, fits.size());
        for (Draws d : fits) {
            assertEquals(2, d.shortestChain());
        }
        assertThrows(CancelledException.class,
                () -> Sensitivity.sampleEach(models, SamplerSettings.nuts(2, 20, 1, 5L), JobContext.none()));
    }
}
