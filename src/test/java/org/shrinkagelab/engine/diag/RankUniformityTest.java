package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/**
 * Pearson's chi-square test of ranks against closed forms of the chi-square tail: exp(-x/2) on 2 degrees of
 * freedom, erfc(sqrt(x/2)) on 1; and the bin count against its definition.
 */
class RankUniformityTest {

    @Test
    void threeBinsGiveTheTwoDegreeOfFreedomTail() {
        // ranks 0..5 in 3 bins {0,1}, {2,3}, {4,5}; counts 10, 20, 30 against 20 each: X^2 = (100 + 0 + 100) / 20
        int[] ranks = ranks(new int[] {0, 2, 4}, new int[] {10, 20, 30});
        RankUniformity.Test t = RankUniformity.test(ranks, 5, 3);
        assertArrayEquals(new long[] {10, 20, 30}, t.counts());
        assertEquals(10, t.statistic(), 1e-12);
        assertEquals(Math.exp(-5), t.pValue(), 1e-12);
    }

    @Test
    void twoBinsGiveTheOneDegreeOfFreedomTail() {
        // ranks 0..9 in 2 bins; counts 14 and 6 against 10: X^2 = (16 + 16) / 10
        int[] ranks = ranks(new int[] {3, 7}, new int[] {14, 6});
        RankUniformity.Test t = RankUniformity.test(ranks, 9, 2);
        assertArrayEquals(new long[] {14, 6}, t.counts());
        assertEquals(3.2, t.statistic(), 1e-12);
        assertEquals(Erf.erfc(Math.sqrt(1.6)), t.pValue(), 1e-10);
    }

    @Test
    void oneBinHasNoTest() {
        RankUniformity.Test t = RankUniformity.test(new int[] {0, 1, 1}, 1, 1);
        assertEquals(0, t.statistic(), 0);
        assertEquals(Double.NaN, t.pValue());
    }

    @Test
    void binsAreTheLargestDivisorUpToTwentyWithFiveExpectedPerBin() {
        for (int replications = 0; replications <= 130; replications++) {
            for (int maxRank = 0; maxRank <= 60; maxRank++) {
                int expected = 1;
                for (int b = 2; b <= 20; b++) {
                    if ((maxRank + 1) % b == 0 && replications / (double) b >= 5) {
                        expected = b;
                    }
                }
                assertEquals(expected, RankUniformity.bins(replications, maxRank),
                        replications + " replications, ranks 0.." + maxRank);
            }
        }
    }

    /** counts[i] copies of rank values[i]. */
    private static int[] ranks(int[] values, int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] out = new int[total];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                out[k++] = values[i];
            }
        }
        return out;
    }
}
