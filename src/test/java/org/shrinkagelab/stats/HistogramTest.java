package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void valuesOnAnInnerEdgeGoToTheUpperBinAndHiToTheLastBin() {
        double[] values = {0, 0.25, 0.5, 0.999, 1.0, -0.001, 1.001, Double.NaN};
        Histogram h = Histogram.of(values, 4, 0, 1);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, h.edges(), 0);
        assertArrayEquals(new long[] {1, 1, 1, 2}, h.counts());
        assertEquals(8, h.total());
        assertEquals(3, h.outside(), "below lo, above hi and NaN are outside");
    }

    @Test
    void edgesStartAtLoAndEndExactlyAtHi() {
        Histogram h = Histogram.of(new double[] {2, 2.5, 3.5, 4}, 2, 2, 4);
        assertArrayEquals(new double[] {2, 3, 4}, h.edges(), 0);
        assertArrayEquals(new long[] {2, 2}, h.counts());
        // 0.1 * 3 is not 0.3 in binary: the last edge is set to hi, not computed.
        assertEquals(0.3, Histogram.of(new double[] {0.3}, 3, 0, 0.3).edges()[3], 0);
        assertArrayEquals(new long[] {0, 0, 1}, Histogram.of(new double[] {0.3}, 3, 0, 0.3).counts());
    }

    @Test
    void densitiesIntegrateToTheShareInside() {
        double[] values = {0, 0.25, 0.5, 0.999, 1.0, -0.001, 1.001, Double.NaN};
        Histogram h = Histogram.of(values, 4, 0, 1);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 1.0}, h.densities(), 1e-15);
        double integral = 0;
        double[] d = h.densities();
        for (int i = 0; i < d.length; i++) {
            integral += d[i] * (h.edges()[i + 1] - h.edges()[i]);
        }
        assertEquals(5 / 8.0, integral, 1e-15);
        assertArrayEquals(new double[] {1, 1, 1, 2}, h.countsAsDouble(), 0);
    }

    @Test
    void unequalEdgesAreHonouredInTheDensity() {
        // A single bin over [1, 3]: density 1 / (n x width).
        Histogram h = Histogram.of(new double[] {1, 2, 3, 9}, 1, 1, 3);
        assertArrayEquals(new double[] {3 / (4.0 * 2)}, h.densities(), 1e-15);
    }

    @Test
    void noValuesGiveZeroDensityNotNaN() {
        Histogram h = Histogram.of(new double[0], 3, 0, 1);
        assertArrayEquals(new double[] {0, 0, 0}, h.densities(), 0);
        assertEquals(0, h.total());
    }

    @Test
    void ownRangeIgnoresNonFiniteValues() {
        Histogram h = Histogram.of(new double[] {1, 2, 3, Double.NaN, Double.POSITIVE_INFINITY}, 2);
        assertArrayEquals(new double[] {1, 2, 3}, h.edges(), 0);
        assertArrayEquals(new long[] {1, 2}, h.counts());
        assertEquals(2, h.outside());
    }

    @Test
    void aConstantOrEmptySampleGetsAUnitRangeAroundItsValue() {
        assertArrayEquals(new double[] {4.5, 5.5}, Histogram.of(new double[] {5, 5}, 1).edges(), 0);
        assertArrayEquals(new double[] {-0.5, 0.5}, Histogram.of(new double[] {Double.NaN}, 1).edges(), 0);
        assertArrayEquals(new long[] {2}, Histogram.of(new double[] {5, 5}, 1).counts());
    }

    @Test
    void badBinsOrRangeAreRefusedWithTheValue() {
        assertEquals(1, Histogram.of(new double[] {0.5}, 1, 0, 1).counts().length);
        IllegalArgumentException bins = assertThrows(IllegalArgumentException.class,
                () -> Histogram.of(new double[] {1}, 0, 0, 1));
        assertEquals("bins must be at least 1, was 0", bins.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 2, 0, Double.NaN));
    }
}
