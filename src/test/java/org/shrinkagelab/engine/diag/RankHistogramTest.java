package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void oneBinHoldsEveryRankAndNoBinsAreRefused() {
        double[][] chains = {{1, 3, 5}, {2, 4}};
        long[][] counts = RankHistogram.counts(chains, 1);
        assertArrayEquals(new long[] {3}, counts[0]);
        assertArrayEquals(new long[] {2}, counts[1]);
        assertThrows(IllegalArgumentException.class, () -> RankHistogram.counts(chains, 0));
    }

    @Test
    void defaultBinsAtTheSmallestChains() {
        // ceil(2 log2 2) + 1 = 3; a chain of one draw (log2 1 = 0) or none gets a single bin
        assertEquals(3, RankHistogram.defaultBins(2));
        assertEquals(5, RankHistogram.defaultBins(3));
        assertEquals(1, RankHistogram.defaultBins(1));
        assertEquals(1, RankHistogram.defaultBins(0));
    }
}
