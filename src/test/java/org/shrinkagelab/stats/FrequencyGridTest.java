package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Grids as numpy's linspace and astropy's autofrequency build them, worked by hand, and their refusals. */
class FrequencyGridTest {

    @Test
    void linspaceIncludesBothEnds() {
        FrequencyGrid g = FrequencyGrid.linspace(0.5, 2.5, 5);
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5}, g.values(), 1e-15);
        assertEquals(2.5, g.last(), 1e-15);
        assertEquals(0.5, g.step(), 1e-15);
    }

    @Test
    void aSingleFrequencyIsAGrid() {
        FrequencyGrid one = FrequencyGrid.linspace(0.7, 0.7, 1);
        assertEquals(1, one.size());
        assertEquals(0.7, one.last(), 0);
        assertEquals(0.7, FrequencyGrid.linspace(0.7, 0.2, 1).last(), 0, "with one frequency the last is unused");
    }

    @Test
    void autofrequencyFollowsAstropysRule() {
        // baseline 10, 5 samples per peak: step 0.02, start 0.01; Nyquist 5 x 0.5 x 11 / 10 = 2.75, so
        // n = 1 + rint((2.75 - 0.01) / 0.02) = 138 and the last frequency 0.01 + 137 x 0.02 = 2.75
        double[] t = new double[11];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        FrequencyGrid g = FrequencyGrid.auto(t, 5, 5, Double.NaN, Double.NaN);
        assertEquals(0.02, g.step(), 1e-17);
        assertEquals(0.01, g.start(), 1e-17);
        assertEquals(138, g.size());
        assertEquals(2.75, g.last(), 1e-13);
        FrequencyGrid single = FrequencyGrid.auto(t, 5, 5, 0.3, 0.3);
        assertEquals(1, single.size());
        assertEquals(0.3, single.last(), 0);
    }

    @Test
    void refusalsNameTheirCause() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrequencyGrid.linspace(1, 1, 3)).getMessage()
                .contains("must exceed the minimum"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrequencyGrid.linspace(1, 2, 0)).getMessage()
                .contains("at least 1, was 0"));
        double[] t = {0, 1, 2, 3};
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FrequencyGrid.auto(t, 5, 5, 1, 0.5))
                .getMessage().contains("below the minimum"));
    }
}
