package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.sample.Draws;

class DivergenceLocationTest {

    /**
     * Two chains of 1,000 uniform draws of "funnel" and "bystander"; the divergent draws are those where funnel
     * is below 0.05 (about 100), so they lie below every calm draw of funnel (mean percentile 0) and their mean
     * percentile in bystander is near 0.5.
     */
    private static Draws draws(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][][] v = new double[2][3][1000];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 1000; i++) {
                v[c][0][i] = rng.nextDouble();
                v[c][1][i] = rng.nextDouble();
                v[c][2][i] = v[c][0][i] < 0.05 ? 1 : 0;
            }
        }
        return new Draws(List.of("funnel", "bystander"), List.of("divergent__"), v, true);
    }

    @Test
    void divergencesCrowdedIntoOneTailAreFoundThereAndNotInAnUnrelatedParameter() {
        DivergenceLocation where = DivergenceLocation.of(draws(3), List.of("funnel", "bystander"));
        assertTrue(where.divergent() > 60, where.divergent() + " divergent draws");
        DivergenceLocation.Site funnel = where.sites().get(0);
        assertEquals("funnel", funnel.parameter());
        assertEquals(0, funnel.meanPercentile(), 0);
        assertEquals(-0.5 * Math.sqrt(12.0 * where.episodes()), funnel.z(), 1e-12);
        assertEquals("low", funnel.tail());
        assertTrue(funnel.concentrated());
        DivergenceLocation.Site bystander = where.sites().get(1);
        // independent of the flags: the mean of e uniform percentiles, sd 1/sqrt(12 e); 4 sd allowed
        assertEquals(0.5, bystander.meanPercentile(), 4 / Math.sqrt(12.0 * where.episodes()));
        assertFalse(bystander.concentrated());
        assertEquals(List.of(funnel), where.concentrated());
    }

    @Test
    void aRunOfDivergentDrawsIsOneEpisode() {
        double[][][] v = new double[1][2][100];
        for (int i = 0; i < 100; i++) {
            v[0][0][i] = i;
        }
        for (int i : new int[] {5, 6, 9, 15, 40, 51, 52}) {
            v[0][1][i] = 1;
        }
        // 5..15 is one run (gaps of at most 10), 40 another, 51..52 a third (11 after 40)
        DivergenceLocation where = DivergenceLocation.of(new Draws(List.of("x"), List.of("divergent__"), v, true),
                List.of("x"));
        assertEquals(7, where.divergent());
        assertEquals(3, where.episodes());
        DivergenceLocation.Site x = where.sites().get(0);
        double expected = 0;
        for (int i : new int[] {5, 6, 9, 15, 40, 51, 52}) {
            expected += (i - countBelow(i)) / 93.0;
        }
        assertEquals(expected / 7, x.meanPercentile(), 1e-12);
        assertEquals((x.meanPercentile() - 0.5) * Math.sqrt(36), x.z(), 1e-12);
    }

    /** Divergent draws below i (they are not among the 93 calm ones). */
    private static int countBelow(int i) {
        int n = 0;
        for (int d : new int[] {5, 6, 9, 15, 40, 51, 52}) {
            n += d < i ? 1 : 0;
        }
        return n;
    }

    @Test
    void tiesCountHalfAndNoDivergencesGiveNoSites() {
        assertEquals(0.5, DivergenceLocation.percentile(new double[] {1, 1, 1, 1}, 1), 0);
        assertEquals(0.75, DivergenceLocation.percentile(new double[] {0, 1, 2, 3}, 2.5), 0);
        double[][][] v = {{{1, 2, 3}, {0, 0, 0}}};
        DivergenceLocation none = DivergenceLocation.of(new Draws(List.of("x"), List.of("divergent__"), v, true),
                List.of("x"));
        assertEquals(0, none.divergent());
        assertTrue(none.sites().isEmpty());
    }
}
