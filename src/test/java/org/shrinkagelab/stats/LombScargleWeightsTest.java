package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The periodogram's weights 1 / dy^2 as the false-alarm bound and the callers see them. */
class LombScargleWeightsTest {

    /** Weights 1, 1/4, 1 on t = 0, 1, 3, by hand: E[t] = 3.25 / 2.25 and E[t^2] = 9.25 / 2.25. */
    @Test
    void weightedTimeVarianceIsTheInverseVarianceWeightedVariance() {
        LombScargle ls = new LombScargle(new double[] {0, 1, 3}, new double[] {1, -1, 2}, new double[] {1, 2, 1});
        double mean = 3.25 / 2.25;
        double expected = 9.25 / 2.25 - mean * mean;
        assertEquals(expected, ls.weightedTimeVariance(), 1e-14);
        LombScargle equal = new LombScargle(new double[] {0, 1, 3}, new double[] {1, -1, 2}, null);
        assertEquals(14.0 / 9, equal.weightedTimeVariance(), 1e-14); // population variance of 0, 1, 3
    }

    @Test
    void uncertaintiesAreACopyOrAbsent() {
        double[] dy = {0.5, 0.25};
        LombScargle ls = new LombScargle(new double[] {0, 1}, new double[] {1, 2}, dy);
        assertArrayEquals(dy, ls.uncertainties());
        assertNotSame(dy, ls.uncertainties());
        assertNull(new LombScargle(new double[] {0, 1}, new double[] {1, 2}, null).uncertainties());
    }
}
