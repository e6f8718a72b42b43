package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.stats.PointInterval;

/** The pooling forest's hierarchical row without a sort equals {@link PointInterval#of}, which sorts. */
class PoolingSummaryTest {

    @Test
    void quantilesAreTheSortedOnesAndTheMeanAgreesToRounding() {
        Random r = new Random(11);
        for (int n : new int[] {2, 5, 1001, 10000}) {
            double[] draws = new double[n];
            for (int i = 0; i < n; i++) {
                draws[i] = 8 + 6 * r.nextGaussian() + (i % 13 == 0 ? 40 : 0);
            }
            for (PointInterval pi : new PointInterval[] {PointInterval.DEFAULT,
                    new PointInterval(0.5, PointInterval.Estimate.MEDIAN),
                    new PointInterval(0.99, PointInterval.Estimate.MEAN),
                    new PointInterval(2.0 / 3, PointInterval.Estimate.MEDIAN)}) {
                PointInterval.Summary sorted = pi.of(draws);
                PointInterval.Summary counted = EightSchoolsExactFigures.summarize(pi, draws);
                String what = n + " draws, " + pi;
                assertEquals(sorted.lower(), counted.lower(), 0, what);
                assertEquals(sorted.upper(), counted.upper(), 0, what);
                double tolerance = pi.estimate() == PointInterval.Estimate.MEDIAN ? 0 : 1e-13 * Math.abs(sorted.point());
                assertEquals(sorted.point(), counted.point(), tolerance, what);
            }
        }
    }

    @Test
    void theTablesSummaryStandsInForTheDefaultIntervalOnly() {
        Random r = new Random(12);
        double[] draws = new double[10000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = 8 + 6 * r.nextGaussian() + (i % 13 == 0 ? 40 : 0);
        }
        SampleSummary table = SampleSummary.of(draws);
        PointInterval.Summary sorted = PointInterval.DEFAULT.of(draws);
        PointInterval.Summary shortcut = EightSchoolsExactFigures.summarize(PointInterval.DEFAULT, table, draws);
        // (1 - 0.9) / 2 is 0.05 to rounding: the type-7 quantiles agree to rounding of their interpolation
        assertEquals(sorted.lower(), shortcut.lower(), 1e-12 * Math.abs(sorted.lower()));
        assertEquals(sorted.upper(), shortcut.upper(), 1e-12 * Math.abs(sorted.upper()));
        assertEquals(sorted.point(), shortcut.point(), 1e-13 * Math.abs(sorted.point()));
        // any other choice is computed from the draws, whatever the table says
        SampleSummary wrong = new SampleSummary(-1, 1, -2, -3, 0.1);
        for (PointInterval pi : new PointInterval[] {new PointInterval(0.9, PointInterval.Estimate.MEDIAN),
                new PointInterval(0.8, PointInterval.Estimate.MEAN)}) {
            assertEquals(EightSchoolsExactFigures.summarize(pi, draws),
                    EightSchoolsExactFigures.summarize(pi, wrong, draws), pi.toString());
        }
    }
}
