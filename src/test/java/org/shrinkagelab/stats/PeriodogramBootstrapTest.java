package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;

/**
 * The bootstrap's maxima are the highest powers of periodograms of data resampled with replacement, one
 * independent stream per resample; its probability and level read them as astropy's fap_bootstrap and
 * inv_fap_bootstrap do (1 - searchsorted(maxima, z) / n, and maxima[floor((1 - p) n)]).
 */
class PeriodogramBootstrapTest {
    private static final double[] T = new double[25];
    private static final double[] Y = new double[25];

    static {
        for (int i = 0; i < T.length; i++) {
            T[i] = i * 0.9 + 0.2 * Math.sin(3 * i);
            Y[i] = Math.sin(2 * Math.PI * 0.21 * T[i]) + 0.5 * Math.cos(7.1 * i);
        }
    }

    @Test
    void eachMaximumIsTheHighestPowerOfItsOwnResample() {
        LombScargle ls = new LombScargle(T, Y, null);
        int resamples = 30;
        double fmax = 1.5;
        double[] maxima = PeriodogramBootstrap.run(ls, PeriodogramNormalization.STANDARD, fmax, resamples, 8,
                JobContext.none()).maxima();
        assertEquals(resamples, maxima.length);
        // resample r draws n indices uniformly from its own stream, then takes the highest power on the grid
        FrequencyGrid grid = FrequencyGrid.auto(T, 5, 5, Double.NaN, fmax);
        List<UniformRandomProvider> streams = RandomStreams.independent(8, resamples);
        double[] expected = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int[] index = new int[T.length];
            double[] yr = new double[T.length];
            for (int i = 0; i < index.length; i++) {
                index[i] = streams.get(r).nextInt(T.length);
                yr[i] = Y[index[i]];
            }
            double[] power = new LombScargle(T, yr, null).power(grid.values(), PeriodogramNormalization.STANDARD);
            expected[r] = Arrays.stream(power).max().orElseThrow();
        }
        Arrays.sort(expected);
        for (int r = 0; r < resamples; r++) {
            assertEquals(expected[r], maxima[r], 1e-12, "sorted maximum " + r);
        }
    }

    @Test
    void probabilityAndLevelReadTheSortedMaxima() {
        LombScargle ls = new LombScargle(T, Y, null);
        PeriodogramBootstrap boot = PeriodogramBootstrap.run(ls, PeriodogramNormalization.STANDARD, 1.5, 40, 3,
                JobContext.none());
        double[] m = boot.maxima();
        assertEquals(1, boot.probability(m[0]), 0, "every maximum is at or above the smallest");
        assertEquals(1.0 / 40, boot.probability(m[39]), 1e-15, "only the largest is at or above the largest");
        assertEquals(0, boot.probability(Math.nextUp(m[39])), 0);
        assertEquals(1 - 10.0 / 40, boot.probability(0.5 * (m[9] + m[10])), 1e-15);
        assertEquals(m[38], boot.level(0.05), 0, "floor(0.95 x 40) = 38");
        assertEquals(m[20], boot.level(0.49), 0, "floor(0.51 x 40) = 20");
        assertEquals(m[39], boot.level(0), 0, "floor(40) is clipped to the largest");
        assertEquals(m[0], boot.level(1), 0);
    }

    @Test
    void everyPartReportsItsProgressUpToOne() {
        RecordingContext recorder = new RecordingContext();
        // 60 resamples in parts of 25: 25, 25 and 10, each reporting 1/size, 2/size, ... 1
        PeriodogramBootstrap.run(new LombScargle(T, Y, null), PeriodogramNormalization.STANDARD, 1.5, 60, 3, recorder);
        List<Double> fractions = recorder.fractions();
        assertEquals(60, fractions.size());
        assertEquals(1.0 / 25, fractions.get(0), 1e-15);
        assertEquals(1, fractions.get(24), 1e-15);
        assertEquals(1.0 / 25, fractions.get(25), 1e-15);
        assertEquals(0.1, fractions.get(50), 1e-15);
        assertEquals(1, fractions.get(59), 1e-15);
        assertTrue(fractions.stream().allMatch(f -> f > 0 && f <= 1));
    }

    @Test
    void oneResampleIsEnoughAndNoneIsRefused() {
        assertEquals(1, PeriodogramBootstrap.run(new LombScargle(T, Y, null), PeriodogramNormalization.STANDARD, 1.5,
                1, 3, JobContext.none()).maxima().length);
        assertThrows(IllegalArgumentException.class, () -> PeriodogramBootstrap.run(new LombScargle(T, Y, null),
                PeriodogramNormalization.STANDARD, 1.5, 0, 3, JobContext.none()));
    }
}
