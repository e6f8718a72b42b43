package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FFT autocovariance against its definition, the direct sum of lagged products over n. */
class AutocovarianceTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 37, 64, 65, 1000})
    void equalsTheDirectSum(int n) {
        Random r = new Random(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5 + (i > 0 ? 0.8 * x[i - 1] - 4 : 0) + r.nextGaussian();
        }
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double[] direct = new double[n];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i + t < n; i++) {
                direct[t] += (x[i] - mean) * (x[i + t] - mean) / n;
            }
        }
        double[] fft = Autocovariance.of(x);
        assertEquals(n, fft.length);
        // rounding of the FFT is relative to the lag-0 value, which bounds every lag
        assertArrayEquals(direct, fft, 1e-12 * direct[0] + 1e-300);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void constantChainHasZeroAutocovariance(int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 0.1);
        assertArrayEquals(new double[n], Autocovariance.of(x), 0);
    }
}
