package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.data.EightSchoolsData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoolingCheckTest {
    static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};
    private final PoolingCheck check = new PoolingCheck(EightSchoolsData.of(Y, SIGMA));

    @Test
    void pooledMeanAndSdMatchTheClosedFormAndTheTextbook() {
        // sum(y/s^2)/sum(1/s^2) and 1/sqrt(sum(1/s^2)), evaluated in Python; BDA3 section 5.5 prints 7.7 and 4.1.
        assertEquals(7.685616724956035, check.pooledMean(), 1e-12);
        assertEquals(4.071919158402296, check.pooledSd(), 1e-12);
        assertEquals(7.69, check.pooledMean(), 0.005);
        assertEquals(4.07, check.pooledSd(), 0.005);
    }

    @Test
    void exactTailProbabilitiesMatchAnIndependentEvaluation() {
        // 1 - prod Phi((28 - m)/s_j) and 1 - prod (1 - Phi((-3 - m)/s_j)), with Python's math.erf.
        assertEquals(0.36804760802210346, check.exactMaxTail(), 1e-9);
        assertEquals(0.8138198157089107, check.exactMinTail(), 1e-9);
    }

    @Test
    void simulatedExtremesFollowTheExactDistributionWithinMonteCarloError() {
        int n = 20_000;
        PoolingCheck.Simulation sim = check.simulate(n, 7);
        for (double m : new double[] {-10, -3, 0, 5, 10}) {
            assertWithinMcError(check.minCdf(m), fractionAtMost(sim.minima(), m), n);
        }
        for (double m : new double[] {10, 15, 20, 28, 35}) {
            assertWithinMcError(check.maxCdf(m), fractionAtMost(sim.maxima(), m), n);
        }
        assertWithinMcError(check.exactMaxTail(), sim.maxTail(), n);
        assertWithinMcError(check.exactMinTail(), sim.minTail(), n);
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        assertEquals(check.simulate(100, 3).maxima()[57], check.simulate(100, 3).maxima()[57]);
        assertTrue(check.simulate(100, 3).maxima()[57] != check.simulate(100, 4).maxima()[57]);
    }

    private static double fractionAtMost(double[] values, double m) {
        int k = 0;
        for (double v : values) {
            if (v <= m) {
                k++;
            }
        }
        return (double) k / values.length;
    }

    /** A binomial proportion is within 4 standard errors of its probability. */
    private static void assertWithinMcError(double p, double estimate, int n) {
        double se = Math.sqrt(p * (1 - p) / n);
        assertEquals(p, estimate, 4 * se + 1e-12, "P = " + p);
    }
}
