package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/** The estimators refuse too few points with their own message, start at their boundaries, and are shift-invariant. */
class EstimatorRefusalsTest {
    private static final double[][] THREE = {{0, 0}, {1, 0.5}, {0.3, 2}};

    @Test
    void nearestNeighbourEstimatorsNeedMoreThanKPoints() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KozachenkoLeonenko.entropy(THREE, 3, 3,
                JobContext.none())).getMessage().contains("k = 3 needs more than k samples, got 3"));
        KdTree three = new KdTree(THREE, 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KnnDivergence.terms(three, three, THREE, 3,
                JobContext.none())).getMessage().contains("needs more than k p-samples"));
    }

    @Test
    void histogramDivergenceNeedsAnAreaAndAtLeastOneBin() {
        double[][] flatY = {{0, 1}, {1, 1}, {2, 1}};
        double[][] flatX = {{1, 0}, {1, 1}, {1, 2}};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HistogramDivergence.estimate(flatY, 3, flatY, 3,
                4)).getMessage().contains("span no area"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HistogramDivergence.estimate(flatX, 3, flatX, 3,
                4)).getMessage().contains("span no area"));
        // one bin: both samples fall in it, so the histograms agree and the divergence is 0
        assertEquals(0, HistogramDivergence.estimate(THREE, 3, THREE, 3, 1).estimate(), 1e-12);
    }

    @Test
    void weightedKdeRefusesAZeroBandwidth() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WeightedKde.density(new double[] {1, 2},
                new double[] {1, 1}, 0, new double[] {1.5})).getMessage().contains("bandwidth must be positive"));
    }

    @Test
    void silvermansBandwidthIsTranslationInvariant() {
        // deviations from 1e12 are exact; sd 0.718 < IQR / 1.34 = 0.933, so the bandwidth rests on the sd,
        // which must not suffer the cancellation of sum v^2 - n mean^2 at this offset
        double[] base = {0.1, 0.2, 0.3, 1.4, 1.5, 1.6};
        double[] shifted = new double[base.length];
        double[] deviations = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            shifted[i] = 1e12 + base[i];
            deviations[i] = shifted[i] - 1e12;
        }
        double expected = KernelDensity.silvermanBandwidth(deviations);
        assertEquals(expected, KernelDensity.silvermanBandwidth(shifted), 1e-6 * expected);
    }
}
