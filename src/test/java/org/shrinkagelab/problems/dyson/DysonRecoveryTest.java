package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/**
 * The sinusoid model recovers the generator's frequencies, amplitudes, phases, means and noise levels:
 * {@link DysonCoverage} over 4 simulated data sets of 3 objects (seeds 101..104), 2 chains of 200 + 200 at target
 * acceptance 0.95. Of the objects whose true frequency lies in their window, the 90% intervals of f, A, phi, m and
 * sigma must each cover the truth at least c times, c the smallest count a calibrated interval reaches with
 * probability 0.99 (Bin(n, 0.9)). The full run (24 data sets of 4 objects) is {@code bench dyson-spheres}'s
 * {@code coverage-24x4}.
 */
class DysonRecoveryTest {

    @Test
    void ninetyPercentIntervalsOfTheObjectsParametersCoverTheTruth() {
        DysonCoverage c = DysonCoverage.run(4, 3, 200, 0.95, JobContext.none());
        int n = c.inWindow();
        assertTrue(n >= 9, "only " + n + " of " + c.intervals() + " true frequencies in their windows");
        int least = new BinomialDistribution(n, 0.9).inverseCumulativeProbability(0.01);
        assertTrue(c.coveredF() >= least, "f: " + c.coveredF() + " of " + n + " cover the truth, need " + least);
        assertTrue(c.coveredA() >= least, "A: " + c.coveredA() + " of " + n + " cover the truth, need " + least);
        assertTrue(c.coveredPhi() >= least, "phi: " + c.coveredPhi() + " of " + n + " cover the truth, need " + least);
        assertTrue(c.coveredM() >= least, "m: " + c.coveredM() + " of " + n + " cover the truth, need " + least);
        assertTrue(c.coveredSigma() >= least, "sigma: " + c.coveredSigma() + " of " + n + " cover the truth, need "
                + least);
    }
}
