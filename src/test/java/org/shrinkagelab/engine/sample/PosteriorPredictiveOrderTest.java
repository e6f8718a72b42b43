package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Intervals do not depend on the order of the replicates, and a single replicate may be asked for. */
class PosteriorPredictiveOrderTest {

    @Test
    void intervalsOfReplicatesInDescendingOrderAreTypeSevenQuantiles() {
        // Replicates 10, 9, ..., 0 of one observation: type 7 puts quantile p at 10 p of the sorted values.
        double[][] replicates = new double[11][1];
        for (int r = 0; r <= 10; r++) {
            replicates[r][0] = 10 - r;
        }
        PosteriorPredictive.Intervals q = PosteriorPredictive.intervals(replicates);
        assertArrayEquals(new double[] {0.5, 2.5, 5, 7.5, 9.5},
                new double[] {q.q5()[0], q.q25()[0], q.q50()[0], q.q75()[0], q.q95()[0]}, 1e-12);
    }

    @Test
    void oneReplicateIsSimulatedFromTheFirstDraw() {
        Draws draws = new Draws(List.of("mu"), List.of(), new double[][][] {{{4, 5, 6}}}, true);
        double[][] one = PosteriorPredictive.replicates(draws, 1, (outputs, rng, out) -> out[0] = outputs[0], 1, 7);
        assertEquals(1, one.length);
        assertArrayEquals(new double[] {4}, one[0]);
    }
}
