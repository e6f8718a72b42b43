package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankHistogramTest {

    @Test
    void ranksArePooledOverChainsWithTiesAveraged() {
        double[][] chains = {{1.0, 5.0, 1.0}, {3.0, 1.0, 7.0}};
        // pooled sorted: 1,1,1,3,5,7 -> the three 1s share rank (1+2+3)/3 = 2
        assertArrayEquals(new double[] {2, 5, 2}, RankHistogram.ranks(chains)[0]);
        assertArrayEquals(new double[] {4, 2, 6}, RankHistogram.ranks(chains)[1]);
    }

    @Test
    void countsBinRanksOverZeroToN() {
        double[][] chains = {{1, 3}, {2, 4}};
        // ranks 1,3 | 2,4; N = 4, two bins [0,2) and [2,4]
        long[][] counts = RankHistogram.counts(chains, 2);
        assertArrayEquals(new long[] {1, 1}, counts[0]);
        assertArrayEquals(new long[] {0, 2}, counts[1]);
    }

    @Test
    void defaultBinsFollowSturgesWithDoubledMultiplier() {
        assertEquals(21, RankHistogram.defaultBins(1000));
        assertEquals(17, RankHistogram.defaultBins(200));
    }
}
