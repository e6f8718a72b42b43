package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Draws refuse chains of the wrong shape, naming the chain, and pool chains one after another. */
class DrawsShapeTest {

    @Test
    void aChainWithTheWrongNumberOfColumnsIsNamed() {
        double[][][] values = {{{1, 2}, {0, 0}}, {{1, 2}}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Draws(List.of("mu"), List.of("lp__"), values, true));
        assertEquals("chain 2 has 1 columns, expected 2", e.getMessage());
    }

    @Test
    void aChainWithColumnsOfDifferentLengthsIsNamed() {
        double[][][] values = {{{1, 2}, {3, 4}}, {{1, 2}, {3, 4}}, {{1, 2, 3}, {4, 5}}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Draws(List.of("mu", "tau"), List.of(), values, true));
        assertEquals("chain 3 has columns of different lengths", e.getMessage());
    }

    @Test
    void onlyTheStatisticsGivenArePresent() {
        Draws draws = new Draws(List.of("mu"), List.of("lp__"), new double[][][] {{{1}, {2}}}, true);
        assertTrue(draws.hasStat("lp__"));
        assertFalse(draws.hasStat("divergent__"));
        assertFalse(draws.hasStat("mu"));
    }

    @Test
    void pooledDrawsAreTheChainsOneAfterAnother() {
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Draws.pooled(new double[][] {{1, 2}, {3}, {}, {4, 5, 6}}));
        assertArrayEquals(new double[0], Draws.pooled(new double[0][]));
    }
}
