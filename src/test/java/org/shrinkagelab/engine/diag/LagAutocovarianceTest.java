package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;

/**
 * The lag-by-lag autocovariance against the FFT of every lag ({@link Autocovariance}, itself checked against
 * the direct definition): the first lags come from direct sums in blocks, the later ones from the transform.
 */
class LagAutocovarianceTest {

    @ParameterizedTest
    @CsvSource({"1, 3", "1, 9", "3, 37", "8, 1000", "5, 4097", "2, 20000"})
    void everyLagEqualsTheTransform(int chains, int n) {
        double[][] x = ar1(chains, n, 0.9, n);
        double[] reference = Autocovariance.meanOf(x);
        LagAutocovariance lagged = new LagAutocovariance(x, means(x), 1, JobContext.none());
        for (int t = 0; t < n; t++) {
            // rounding of either sum is relative to the lag-0 value, which bounds every lag
            assertEquals(reference[t], lagged.at(t), 1e-12 * reference[0], "lag " + t);
        }
    }

    @Test
    void appliesTheScale() {
        double[][] x = ar1(4, 300, 0.5, 7);
        double[] reference = Autocovariance.meanOf(x);
        LagAutocovariance lagged = new LagAutocovariance(x, means(x), 1.75, JobContext.none());
        for (int t = 0; t < 300; t++) {
            assertEquals(1.75 * reference[t], lagged.at(t), 1e-12 * reference[0], "lag " + t);
        }
    }

    @Test
    void lagsAskedInAnyOrderEqualTheTransform() {
        double[][] x = ar1(3, 500, 0.8, 13);
        double[] reference = Autocovariance.meanOf(x);
        LagAutocovariance lagged = new LagAutocovariance(x, means(x), 1, JobContext.none());
        // backwards, forwards past a block of eight, and back into an earlier block
        for (int t : new int[] {5, 2, 12, 3, 9, 1, 0, 7, 15, 8, 4}) {
            assertEquals(reference[t], lagged.at(t), 1e-12 * reference[0], "lag " + t);
        }
    }

    @Test
    void looksAtTheCancellationOnceABlockHasDoneTheCheckInterval() {
        // 8 chains of 8192 draws: one block is exactly 2^16 multiply-adds, the interval between looks
        double[][] x = ar1(8, 8192, 0.9, 4);
        LagAutocovariance lagged = new LagAutocovariance(x, means(x), 1, RecordingContext.cancelledAfter(0));
        assertThrows(CancelledException.class, () -> lagged.at(0));
    }

    @Test
    void stopsWhenTheJobIsCancelled() {
        double[][] x = ar1(8, 50_000, 0.9, 3);
        LagAutocovariance lagged = new LagAutocovariance(x, means(x), 1, RecordingContext.cancelledAfter(0));
        // one block already sums 8 x 50,000 products, past the check interval
        assertThrows(CancelledException.class, () -> lagged.at(0));
    }

    private static double[][] ar1(int chains, int n, double phi, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[chains][n];
        for (double[] chain : x) {
            double previous = 3 + r.nextGaussian();
            for (int i = 0; i < n; i++) {
                previous = 3 + phi * (previous - 3) + r.nextGaussian();
                chain[i] = previous;
            }
        }
        return x;
    }

    private static double[] means(double[][] x) {
        double[] m = new double[x.length];
        for (int c = 0; c < x.length; c++) {
            m[c] = Moments.mean(x[c]);
        }
        return m;
    }

}
