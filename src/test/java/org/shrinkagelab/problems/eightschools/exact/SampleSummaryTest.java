package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleSummaryTest {

    /** Type 7 (R's default, numpy's linear) from a full sort. */
    private static double sortedQuantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        double h = (s.length - 1) * p;
        int k = (int) Math.floor(h);
        return k + 1 < s.length ? s[k] + (h - k) * (s[k + 1] - s[k]) : s[k];
    }

    @Test
    void quantilesEqualThoseOfAFullSort() {
        Random r = new Random(5);
        for (int n : new int[] {2, 3, 20, 21, 1000, 10007}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextGaussian() * 3 + (i % 7 == 0 ? 50 : 0);
            }
            SampleSummary s = SampleSummary.of(x);
            assertEquals(sortedQuantile(x, 0.05), s.q5(), 0, "n = " + n);
            assertEquals(sortedQuantile(x, 0.95), s.q95(), 0, "n = " + n);
        }
    }

    /** Several quantiles at once, some sharing bins (the median twice, p a hair apart, both ends). */
    @Test
    void quantilesSharingBinsEachEqualThoseOfAFullSort() {
        Random r = new Random(11);
        double[] x = new double[5003];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(r.nextGaussian());
        }
        double[] s = x.clone();
        Arrays.sort(s);
        double[] p = {0.5, 0.95, 0.5, 0.5000001, 0.05, 0, 1, 0.9501};
        double[] q = SampleSummary.quantiles(x, s[0], s[s.length - 1], p);
        for (int i = 0; i < p.length; i++) {
            assertEquals(sortedQuantile(x, p[i]), q[i], 0, "p = " + p[i]);
        }
    }

    @Test
    void tiesAndConstantsAreHandled() {
        double[] ties = {1, 1, 1, 2, 2, 2, 2, 3, 3, 3};
        SampleSummary s = SampleSummary.of(ties);
        assertEquals(sortedQuantile(ties, 0.05), s.q5(), 0);
        assertEquals(sortedQuantile(ties, 0.95), s.q95(), 0);
        SampleSummary c = SampleSummary.of(new double[] {4, 4, 4});
        assertEquals(4, c.q5());
        assertEquals(0, c.sd());
    }

    @Test
    void momentsAreTheUsualOnes() {
        SampleSummary s = SampleSummary.of(new double[] {1, 2, 3, 4});
        assertEquals(2.5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(5 / 3.0), s.sd(), 1e-15);
        assertEquals(Math.sqrt(5 / 3.0) / 2, s.mcseMean(), 1e-15);
    }
}
