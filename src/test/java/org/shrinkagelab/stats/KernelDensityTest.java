package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelDensityTest {

    @Test
    void oneValueGivesTheNormalDensityWithTheBandwidthAsSd() {
        double h = 0.7;
        double[] grid = {-1, 0, 0.5, 2};
        double[] d = KernelDensity.estimate(new double[] {0.5}, grid, h, Double.NaN);
        for (int i = 0; i < grid.length; i++) {
            double z = (grid[i] - 0.5) / h;
            assertEquals(Math.exp(-0.5 * z * z) / (h * Math.sqrt(2 * Math.PI)), d[i], 1e-14);
        }
    }

    @Test
    void reflectionAtZeroKeepsTheMassOnThePositiveSide() {
        double[] values = {0.1, 0.3, 1.2, 2.0, 0.05};
        double[] grid = KernelDensity.grid(0, 12, 4001);
        double[] d = KernelDensity.estimate(values, grid, 0.5, 0);
        assertEquals(1.0, trapezoid(grid, d), 1e-4);
        double[] plain = KernelDensity.estimate(values, grid, 0.5, Double.NaN);
        org.junit.jupiter.api.Assertions.assertTrue(trapezoid(grid, plain) < 0.9,
                "without reflection some mass leaks below 0");
        assertEquals(0.0, KernelDensity.estimate(values, new double[] {-0.1}, 0.5, 0)[0]);
    }

    @Test
    void silvermanBandwidthMatchesTheFormula() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // sd = 3.02765, IQR (type 7) = 4.5 -> 4.5/1.34 = 3.3582; min = 3.02765; 0.9 * 3.02765 * 10^-0.2
        assertEquals(0.9 * Math.sqrt(82.5 / 9) * Math.pow(10, -0.2), KernelDensity.silvermanBandwidth(v), 1e-12);
    }

    private static double trapezoid(double[] x, double[] y) {
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            s += 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]);
        }
        return s;
    }

    /**
     * On the log scale a Gaussian kernel smooths ln x ~ N(0, s^2) into exactly N(0, s^2 + h^2), so the
     * estimate's expectation is known in closed form; the tolerance is 4 standard errors of the mean of
     * the n kernel terms, computed from the draws themselves.
     */
    @Test
    void aLogScaleEstimateOfLognormalDrawsMatchesItsExactExpectation() {
        org.apache.commons.rng.UniformRandomProvider rng =
                org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        var normal = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        int n = 20_000;
        double s = 0.5;
        double[] values = new double[n];
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = s * normal.sample();
            values[i] = Math.exp(logs[i]);
        }
        double h = KernelDensity.silvermanBandwidth(logs);
        double[] grid = {0.3, 0.6, 1.0, 1.5, 2.5};
        double[] est = KernelDensity.estimateOnLogScale(values, grid);
        double sd = Math.sqrt(s * s + h * h);
        for (int g = 0; g < grid.length; g++) {
            double x = grid[g];
            double u = Math.log(x);
            double expected = Math.exp(-0.5 * u * u / (sd * sd)) / (sd * Math.sqrt(2 * Math.PI)) / x;
            double sum = 0;
            double sumSq = 0;
            for (double l : logs) {
                double k = Math.exp(-0.5 * Math.pow((u - l) / h, 2)) / (h * Math.sqrt(2 * Math.PI)) / x;
                sum += k;
                sumSq += k * k;
            }
            double mean = sum / n;
            double se = Math.sqrt((sumSq / n - mean * mean) / n);
            assertEquals(mean, est[g], 1e-12 * mean, "the estimate is the mean of its kernel terms");
            assertEquals(expected, est[g], 4 * se, "at x = " + x);
        }
        assertEquals(0.0, KernelDensity.estimateOnLogScale(values, new double[] {0})[0]);
    }

    @Test
    void aLogScaleEstimateVanishesAtZeroWhereReflectionDoesNot() {
        // Inverse-gamma(1, 1) draws (1 / Exp(1)): the density at 0.05 is 400 e^-20, about 8e-7, while
        // 13.5% of the mass lies below 0.5, within reach of a reflected kernel.
        org.apache.commons.math3.distribution.ExponentialDistribution exp =
                new org.apache.commons.math3.distribution.ExponentialDistribution(
                        new org.apache.commons.math3.random.Well19937c(11), 1.0);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 / exp.sample();
        }
        double[] grid = {0.05, 0.5};
        double[] onLog = KernelDensity.estimateOnLogScale(values, grid);
        double[] reflected = KernelDensity.estimate(values, grid, KernelDensity.silvermanBandwidth(values), 0);
        double exactAtHalf = 4 * Math.exp(-2);
        assertTrue(onLog[0] < 1e-3, "log scale at 0.05: " + onLog[0]);
        assertTrue(reflected[0] > 0.05, "reflection invents mass at 0.05: " + reflected[0]);
        assertEquals(exactAtHalf, onLog[1], 0.1 * exactAtHalf, "both see the density where the draws are");
    }
}
