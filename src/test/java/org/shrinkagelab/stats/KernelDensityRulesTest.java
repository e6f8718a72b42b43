package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The bandwidth rule, grid and quantile helpers of {@link KernelDensity} against hand-worked values. */
class KernelDensityRulesTest {
    private static final double PHI_1 = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);

    @Test
    void silvermanOnTwoValuesUsesTheSmallerOfSdAndIqrOver134() {
        // {0, 2}: sd = sqrt 2; type-7 quartiles 0.5 and 1.5, IQR / 1.34 = 0.746 < sd.
        double expected = 0.9 * (1 / 1.34) * Math.pow(2, -0.2);
        assertEquals(expected, KernelDensity.silvermanBandwidth(new double[] {0, 2}), 1e-15);
    }

    @Test
    void silvermanIsShiftInvariantAndScaleEquivariant() {
        double[] x = {0.3, 1.7, 2.2, 2.9, 4.1, 7.5, 8.0};
        double h = KernelDensity.silvermanBandwidth(x);
        double[] shifted = new double[x.length];
        double[] scaled = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            shifted[i] = x[i] + 100;
            scaled[i] = 3 * x[i];
        }
        assertEquals(h, KernelDensity.silvermanBandwidth(shifted), 1e-12);
        assertEquals(3 * h, KernelDensity.silvermanBandwidth(scaled), 1e-12);
    }

    @Test
    void silvermanFallsBackToSdWhenTheIqrIsZero() {
        double[] x = {0, 0, 0, 0, 0, 0, 0, 8};
        double sd = Math.sqrt((7 * 1.0 + 49) / 7);   // mean 1, squares 7 x 1 + 49, n - 1 = 7
        assertEquals(0.9 * sd * Math.pow(8, -0.2), KernelDensity.silvermanBandwidth(x), 1e-14);
    }

    @Test
    void silvermanIsOneForAConstantOrSingleSample() {
        assertEquals(1, KernelDensity.silvermanBandwidth(new double[] {5, 5, 5}), 0);
        assertEquals(1, KernelDensity.silvermanBandwidth(new double[] {3}), 0);
    }

    @Test
    void theEstimateAtTheReflectingBoundIsTwiceTheKernel() {
        double[] f = KernelDensity.estimate(new double[] {1}, new double[] {-0.5, 0, 1}, 1, 0);
        assertEquals(0, f[0], 0);
        assertEquals(2 * PHI_1, f[1], 1e-15);
        assertEquals(1 / Math.sqrt(2 * Math.PI) + Math.exp(-2) / Math.sqrt(2 * Math.PI), f[2], 1e-15);
    }

    @Test
    void noValuesGiveZeroDensityAndABadBandwidthIsRefused() {
        assertArrayEquals(new double[] {0, 0}, KernelDensity.estimate(new double[0], new double[] {0, 1}, 1, 0), 0);
        assertThrows(IllegalArgumentException.class,
                () -> KernelDensity.estimate(new double[] {1}, new double[] {0}, 0, Double.NaN));
    }

    @Test
    void aLogScaleEstimateRefusesZeroAndIsZeroAtZero() {
        assertThrows(IllegalArgumentException.class,
                () -> KernelDensity.estimateOnLogScale(new double[] {1, 0}, new double[] {1}));
        double[] f = KernelDensity.estimateOnLogScale(new double[] {1, 2, 4}, new double[] {0, 2});
        assertEquals(0, f[0], 0);
        // At x = 2 (ln 2 is the mean of the logs): g(ln 2) / 2 with g the kernel estimate on the log scale.
        double[] logs = {0, Math.log(2), Math.log(4)};
        double h = KernelDensity.silvermanBandwidth(logs);
        double g = KernelDensity.estimate(logs, new double[] {Math.log(2)}, h, Double.NaN)[0];
        assertEquals(g / 2, f[1], 1e-15);
    }

    @Test
    void aGridHasExactEndsAndEvenSteps() {
        assertArrayEquals(new double[] {1, 2, 3}, KernelDensity.grid(1, 3, 3), 0);
        assertArrayEquals(new double[] {-1, 1}, KernelDensity.grid(-1, 1, 2), 0);
        assertThrows(IllegalArgumentException.class, () -> KernelDensity.grid(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> KernelDensity.grid(1, 1, 5));
    }

    @Test
    void type7QuantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 4, 8};
        assertEquals(3, KernelDensity.quantileSorted(sorted, 0.5), 0);        // h = 1.5
        assertEquals(1.75, KernelDensity.quantileSorted(sorted, 0.25), 0);    // h = 0.75
        assertEquals(8, KernelDensity.quantileSorted(sorted, 1), 0);
        assertEquals(1, KernelDensity.quantileSorted(sorted, 0), 0);
        assertEquals(Double.NaN, KernelDensity.quantileSorted(new double[0], 0.5));
    }
}
