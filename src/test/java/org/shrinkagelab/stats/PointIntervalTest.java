package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointIntervalTest {
    private static final int N = 200_000;

    /** Exponential(1) draws: skewed, so its mean (1) and median (ln 2) differ and the interval is asymmetric. */
    private static double[] exponentialDraws() {
        UniformRandomProvider rng = RandomStreams.independent(2026, 1).get(0);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = -Math.log1p(-rng.nextDouble());
        }
        return x;
    }

    /** Monte Carlo sd of the p-quantile of N Exponential(1) draws: sqrt(p (1 - p) / N) / f(x_p), f(x_p) = 1 - p. */
    private static double quantileSe(double p) {
        return Math.sqrt(p * (1 - p) / N) / (1 - p);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8, 0.9, 0.95, 0.99})
    void theIntervalOfDrawsMatchesTheExponentialsQuantilesWithinFourMcse(double level) {
        double[] draws = exponentialDraws();
        PointInterval.Summary s = new PointInterval(level, PointInterval.Estimate.MEAN).of(draws);
        double pLo = (1 - level) / 2;
        double pHi = (1 + level) / 2;
        assertEquals(-Math.log1p(-pLo), s.lower(), 4 * quantileSe(pLo));
        assertEquals(-Math.log1p(-pHi), s.upper(), 4 * quantileSe(pHi));
        assertEquals(1.0, s.point(), 4 / Math.sqrt(N), "the mean of Exponential(1)");
    }

    @Test
    void theMedianIsLnTwoNotTheMean() {
        PointInterval.Summary s = new PointInterval(0.9, PointInterval.Estimate.MEDIAN).of(exponentialDraws());
        assertEquals(Math.log(2), s.point(), 4 * quantileSe(0.5));
    }

    @Test
    void quantilesAreType7AsRAndNumpy() {
        // numpy.quantile([4, 1, 3, 2], [0.25, 0.5, 0.75]) = [1.75, 2.5, 3.25]; R quantile(type = 7) agrees
        PointInterval.Summary s = new PointInterval(0.5, PointInterval.Estimate.MEDIAN).of(new double[] {4, 1, 3, 2});
        assertEquals(1.75, s.lower(), 1e-15);
        assertEquals(2.5, s.point(), 1e-15);
        assertEquals(3.25, s.upper(), 1e-15);
    }

    @Test
    void aNormalsIntervalIsMeanPlusMinusZSd() {
        // z = qnorm(0.975) = 1.959963984540054, qnorm(0.75) = 0.6744897501960817, qnorm(0.995) = 2.5758293035489
        PointInterval.Summary s95 = new PointInterval(0.95, PointInterval.Estimate.MEDIAN).ofNormal(3, 2);
        assertEquals(3 - 2 * 1.959963984540054, s95.lower(), 1e-12);
        assertEquals(3 + 2 * 1.959963984540054, s95.upper(), 1e-12);
        assertEquals(3, s95.point());
        assertEquals(0.6744897501960817, new PointInterval(0.5, PointInterval.Estimate.MEAN).z(), 1e-12);
        assertEquals(2.5758293035489, new PointInterval(0.99, PointInterval.Estimate.MEAN).z(), 1e-12);
        assertEquals(1.6448536269514722, PointInterval.DEFAULT.z(), 1e-12, "the forests' former 1.645");
    }

    @Test
    void aWidthOutsideFiftyToNinetyNinePercentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PointInterval(0.4, PointInterval.Estimate.MEAN));
        assertThrows(IllegalArgumentException.class, () -> new PointInterval(0.995, PointInterval.Estimate.MEAN));
    }

    @Test
    void itSaysWhatIsShown() {
        assertEquals("posterior median, 90% interval",
                new PointInterval(0.9, PointInterval.Estimate.MEDIAN).describe());
        assertEquals("posterior mean, 50% interval", new PointInterval(0.5, PointInterval.Estimate.MEAN).describe());
    }
}
