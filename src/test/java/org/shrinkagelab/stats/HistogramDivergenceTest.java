package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistogramDivergenceTest {
    private static final double E = HistogramDivergence.EPSILON;

    @Test
    void overlappingBinsGiveTheHandComputedValue() {
        // Range [0, 1]^2, 2 x 2 bins of area 0.25. p: two points in each of bins (0,0) and (1,1),
        // density 2 there; q: one point in each bin, density 1 everywhere.
        double[][] p = {{0, 0}, {0.2, 0.2}, {1, 1}, {0.8, 0.8}};
        double[][] q = {{0, 0}, {1, 1}, {0.9, 0.1}, {0.1, 0.9}};
        HistogramDivergence.Result r = HistogramDivergence.estimate(p, 4, q, 4, 2);
        double byHand = 0.25 * (2 * (2 + E) * Math.log((2 + E) / (1 + E)) + 2 * E * Math.log(E / (1 + E)));
        assertEquals(byHand, r.estimate(), 1e-15);
        assertEquals(0.25, r.binArea(), 1e-15);
        assertEquals(0, r.pShareWithoutQ());
    }

    @Test
    void binsWithoutQSamplesMeetEpsilon() {
        // p: one point in bin (0,0), one in bin (1,1), density 2 each; q: both points in bin (0,0), density 4.
        double[][] p = {{0, 0}, {1, 1}};
        double[][] q = {{0, 0}, {0.1, 0.2}};
        HistogramDivergence.Result r = HistogramDivergence.estimate(p, 2, q, 2, 2);
        double emptyQ = 0.25 * (2 + E) * Math.log((2 + E) / E);
        double byHand = 0.25 * (2 + E) * Math.log((2 + E) / (4 + E)) + emptyQ;
        assertEquals(byHand, r.estimate(), 1e-12);
        assertEquals(0.5, r.pShareWithoutQ());
        assertEquals(emptyQ, r.contributionWithoutQ(), 1e-12);
    }
}
