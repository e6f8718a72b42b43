package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Autocorrelation by lag against the direct sum of lagged products over the lag-0 sum, and an AR(1) chain
 * against its closed form phi^t.
 */
class AutocorrelationTest {

    @Test
    void equalsTheDirectRatioOfLaggedSums() {
        double[] x = ar1(500, 0.7, 11);
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double[] rho = Autocorrelation.byLag(x, 40);
        assertEquals(41, rho.length);
        double lag0 = lagged(x, mean, 0);
        for (int t = 0; t <= 40; t++) {
            assertEquals(lagged(x, mean, t) / lag0, rho[t], 1e-12, "lag " + t);
        }
    }

    @Test
    void anAr1ChainDecaysAsPhiToTheLag() {
        double phi = 0.8;
        int n = 50_000;
        double[] rho = Autocorrelation.byLag(ar1(n, phi, 5), 10);
        for (int t = 0; t <= 10; t++) {
            // Bartlett: sd of the sample autocorrelation of an AR(1) at lag t is about
            // sqrt((1 + phi^2)(1 - phi^(2t)) / (1 - phi^2) - 2 t phi^(2t)) / sqrt(n) < 2.2 / sqrt(n); 4 of them
            assertEquals(Math.pow(phi, t), rho[t], 4 * 2.2 / Math.sqrt(n), "lag " + t);
        }
    }

    @Test
    void lagZeroIsOneAndMaxLagZeroGivesOnlyIt() {
        double[] rho = Autocorrelation.byLag(new double[] {1, 4, 2, 8}, 0);
        assertEquals(1, rho.length);
        assertEquals(1.0, rho[0], 1e-15);
    }

    @Test
    void stopsAtTheLastLagTheChainHas() {
        double[] x = {1, 4, 2, 8, 5};
        double[] rho = Autocorrelation.byLag(x, 100);
        assertEquals(5, rho.length);
        // lag 4 pairs only the first and last draws: (1 - 4)(5 - 4) / sum of squares 30
        assertEquals(-3.0 / 30, rho[4], 1e-15);
    }

    @Test
    void aConstantChainHasNoAutocorrelation() {
        for (double r : Autocorrelation.byLag(new double[] {2.5, 2.5, 2.5, 2.5}, 3)) {
            assertEquals(Double.NaN, r);
        }
    }

    @Test
    void anEmptyChainHasNoLags() {
        assertEquals(0, Autocorrelation.byLag(new double[0], 5).length);
    }

    @Test
    void rejectsANegativeMaxLag() {
        assertThrows(IllegalArgumentException.class, () -> Autocorrelation.byLag(new double[] {1, 2}, -1));
    }

    private static double lagged(double[] x, double mean, int t) {
        double s = 0;
        for (int i = 0; i + t < x.length; i++) {
            s += (x[i] - mean) * (x[i + t] - mean);
        }
        return s;
    }

    private static double[] ar1(int n, double phi, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double previous = r.nextGaussian() / Math.sqrt(1 - phi * phi);
        for (int i = 0; i < n; i++) {
            previous = phi * previous + r.nextGaussian();
            x[i] = 10 + previous;
        }
        return x;
    }
}
