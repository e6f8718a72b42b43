package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
