package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;

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

    /**
     * The documented contract: the cancellation is looked at before each transform, one forward transform per
     * pair of chains and the inverse one, so a cancel that arrives after any number of the earlier transforms
     * is seen before the next.
     */
    @ParameterizedTest
    @CsvSource({"4, 0", "4, 1", "4, 2", "3, 0", "3, 2", "1, 1"})
    void aCancelIsSeenBeforeEveryTransform(int chains, int transformsBeforeCancel) {
        double[][] x = new double[chains][50];
        Random r = new Random(chains);
        for (double[] chain : x) {
            for (int i = 0; i < chain.length; i++) {
                chain[i] = r.nextGaussian();
            }
        }
        JobContext context = RecordingContext.cancelledAfter(transformsBeforeCancel);
        assertThrows(CancelledException.class, () -> Autocovariance.meanOf(x, context));
    }

}
