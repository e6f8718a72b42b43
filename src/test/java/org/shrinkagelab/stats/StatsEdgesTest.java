package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Small documented edges: the ellipse's parametrisation, quantiles at p = 0 and 1, zero weights, stream counts. */
class StatsEdgesTest {

    @Test
    void ellipsePointsAreTheMeanPlusRTimesTheCholeskyFactorOfTheUnitCircle() {
        // L of [[4, 1.2], [1.2, 1]] by hand: [[2, 0], [0.6, 0.8]]
        MultivariateNormal n = MultivariateNormal.bivariate(1, -2, 4, 1, 0.6);
        double[][] xy = CovarianceEllipse.contour(n, 1.5, 12);
        for (int i = 0; i <= 12; i++) {
            double t = 2 * Math.PI * i / 12;
            assertEquals(1 + 1.5 * 2 * Math.cos(t), xy[0][i], 1e-12, "x " + i);
            assertEquals(-2 + 1.5 * (0.6 * Math.cos(t) + 0.8 * Math.sin(t)), xy[1][i], 1e-12, "y " + i);
        }
        assertEquals(xy[0][0], xy[0][12], 0, "the last point repeats the first exactly");
        assertEquals(xy[1][0], xy[1][12], 0);
    }

    @Test
    void quantilesReachBothEnds() {
        double[] sorted = {1, 2, 4, 8};
        assertEquals(8, PointInterval.quantileOfSorted(sorted, 1), 0);
        assertEquals(1, PointInterval.quantileOfSorted(sorted, 0), 0);
        PointInterval.Summary none = new PointInterval(0.9, PointInterval.Estimate.MEAN).of(new double[0]);
        assertTrue(Double.isNaN(none.point()) && Double.isNaN(none.lower()) && Double.isNaN(none.upper()));
        WeightedSample ws = new WeightedSample(new double[] {3, 1, 2}, new double[] {1, 2, 0});
        assertEquals(3, ws.quantile(1), 0);
        assertEquals(1, ws.quantile(0), 0);
        assertEquals(5.0 / 3, ws.mean(), 1e-15, "a zero weight is allowed and counts for nothing");
        // cumulative weights 2/3, 2/3, 1: the smallest value reaching 2/3 is 1, not the weightless 2
        assertEquals(1, ws.quantile(2.0 / 3), 0);
        WeightedSample trailing = new WeightedSample(new double[] {1, 2, 3, 4}, new double[] {1, 0, 0, 0});
        assertEquals(1, trailing.quantile(1), 0);
        assertEquals(1, trailing.quantile(0.5), 0);
    }

    @Test
    void independentGivesExactlyTheStreamsAskedFor() {
        assertEquals(3, RandomStreams.independent(4, 3).size());
        assertEquals(0, RandomStreams.independent(4, 0).size());
    }
}
