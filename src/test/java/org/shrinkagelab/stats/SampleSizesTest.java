package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 1-3-10 ladder of sample sizes, written out by hand. */
class SampleSizesTest {

    @Test
    void laddersGoInOneThreeTenStepsUpToTheLargerOfNAndTop() {
        assertEquals(List.of(10, 30, 100, 300, 1000), SampleSizes.ladder(1000, 1000));
        assertEquals(List.of(10, 30, 100, 250, 300), SampleSizes.ladder(250, 300));
        assertEquals(List.of(10, 30, 100, 300, 1000, 2999), SampleSizes.ladder(2999, 100));
        assertEquals(List.of(10, 30, 100, 300, 1000, 3000), SampleSizes.ladder(3000, 2999));
        // top itself is a rung when it is a power of ten, even with n far below it
        assertEquals(List.of(10, 30, 50, 100, 300, 1000), SampleSizes.ladder(50, 1000));
    }

    @Test
    void nIsAlwaysIncludedEvenBelowTheFirstRung() {
        assertEquals(List.of(5), SampleSizes.ladder(5, 9));
        assertEquals(List.of(10), SampleSizes.ladder(10, 10));
        assertEquals(List.of(10, 29), SampleSizes.ladder(29, 29));
    }

    @Test
    void rungsNearTheIntegerLimitDoNotOverflow() {
        // 3e9 and 1e10 exceed an int: the long rungs stop at 1e9 without wrapping round to negative sizes
        List<Integer> top = SampleSizes.ladder(Integer.MAX_VALUE, 0);
        assertEquals(List.of(10, 30, 100, 300, 1000, 3000, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000,
                10_000_000, 30_000_000, 100_000_000, 300_000_000, 1_000_000_000, Integer.MAX_VALUE), top);
    }
}
