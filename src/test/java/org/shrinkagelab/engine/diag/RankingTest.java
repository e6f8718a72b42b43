package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;

/** The radix ordering against a stable comparison sort (Double.compare, -0.0 taken equal to 0.0, as R's order). */
class RankingTest {

    @Test
    void ordersAsAStableSortWithTiesInIndexOrder() {
        Random r = new Random(9);
        double[] v = new double[5000];
        for (int i = 0; i < v.length; i++) {
            // many ties, both signs, zeros of both signs, and a wide range of exponents
            v[i] = switch (i % 5) {
                case 0 -> r.nextInt(7) - 3;
                case 1 -> -0.0;
                case 2 -> r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                case 3 -> 0.0;
                default -> Double.NEGATIVE_INFINITY;
            };
        }
        int[] expected = IntStream.range(0, v.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> v[i] + 0.0)).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, Ranking.order(v));
    }

    @Test
    void negativeZeroTiesWithZero() {
        assertArrayEquals(new int[] {0, 1}, Ranking.order(new double[] {0.0, -0.0}));
        assertArrayEquals(new int[] {2, 0, 1}, Ranking.order(new double[] {0.0, -0.0, -1}));
    }

    @Test
    void noValuesHaveAnEmptyOrder() {
        assertEquals(0, Ranking.order(new double[0]).length);
    }

    /** The documented contract: the cancellation is looked at before each of the radix passes (six of 11 bits). */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void aCancelIsSeenBeforeEveryPass(int passesBeforeCancel) {
        double[] v = new Random(passesBeforeCancel).doubles(100).toArray();
        JobContext context = RecordingContext.cancelledAfter(passesBeforeCancel);
        assertThrows(CancelledException.class, () -> Ranking.order(v, context));
    }
}
