package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.TauPrior;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.stats.KernelDensity;

/** The overlay's tau density respects where each prior puts the posterior's lower edge. */
class SensitivityTauDensityTest {
    private static final double[] TAU = {0.2, 0.5, 0.9, 1.3, 1.8, 2.4, 3.1, 4.0, 5.5, 7.0};
    private static final double[] GRID = KernelDensity.grid(0, 10, 101);

    @Test
    void priorsPositiveAtTheirLowerBoundReflectThere() {
        TauPrior cauchy = TauPrior.parse("half-cauchy:2");
        assertArrayEquals(KernelDensity.estimate(TAU, GRID, KernelDensity.silvermanBandwidth(TAU), 0),
                SensitivityResult.tauDensity(cauchy, TAU, GRID));
        double[] above = {1.2, 1.5, 2.0, 3.0, 4.5, 6.0};
        double[] uniform = SensitivityResult.tauDensity(TauPrior.parse("uniform:1,50"), above, GRID);
        assertEquals(0.0, uniform[5], "nothing below the uniform prior's lower bound 1 (grid point 0.5)");
        assertArrayEquals(KernelDensity.estimate(above, GRID, KernelDensity.silvermanBandwidth(above), 1), uniform);
    }

    @Test
    void theInverseGammaWhoseDensityVanishesAtZeroIsEstimatedOnLogTau() {
        assertArrayEquals(KernelDensity.estimateOnLogScale(TAU, GRID),
                SensitivityResult.tauDensity(TauPrior.parse("inv-gamma:1,1"), TAU, GRID));
    }
}
