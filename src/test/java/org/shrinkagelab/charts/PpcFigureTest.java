package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.jfree.data.xy.XYIntervalSeries;
import org.junit.jupiter.api.Test;

/** The check's intervals are the replicates' empirical quantiles; the overlay has the observed curve and K draws. */
class PpcFigureTest {

    private static double[][] replicates(int draws, int n) {
        Random r = new Random(5);
        double[][] rep = new double[draws][n];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                rep[d][i] = 3 * i + (1 + i) * r.nextGaussian();
            }
        }
        return rep;
    }

    @Test
    void intervalBoundsAreTheEmpiricalQuantiles() {
        double[] observed = {28, 8, -3, 7, -1, 1, 18, 12};
        double[][] rep = replicates(999, 8);
        PpcFigure f = new PpcFigure("treatment effect");
        f.update(observed, rep, List.of("A", "B", "C", "D", "E", "F", "G", "H"));
        // commons-math's R_7 estimator is R's default quantile type, computed apart from our own code
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        XYIntervalSeries wide = f.wideIntervals().getSeries(0);
        XYIntervalSeries inner = f.innerIntervals().getSeries(0);
        for (int i = 0; i < 8; i++) {
            double[] column = new double[rep.length];
            for (int d = 0; d < rep.length; d++) {
                column[d] = rep[d][i];
            }
            assertEquals(p.evaluate(column, 5), wide.getYLowValue(i), 1e-12);
            assertEquals(p.evaluate(column, 95), wide.getYHighValue(i), 1e-12);
            assertEquals(p.evaluate(column, 50), wide.getYValue(i), 1e-12);
            assertEquals(p.evaluate(column, 25), inner.getYLowValue(i), 1e-12);
            assertEquals(p.evaluate(column, 75), inner.getYHighValue(i), 1e-12);
            assertEquals(observed[i], f.observedPoints().getSeries(0).getY(i).doubleValue(), 0);
            assertEquals(i, wide.getX(i).doubleValue(), 0, "labelled rows sit at 0..N-1 on the symbol axis");
        }
        assertEquals(1 + PpcFigure.OVERLAY_DRAWS, f.densities().getSeriesCount());
        assertEquals("observed y", f.densities().getSeries(0).getKey());
    }

    @Test
    void fewReplicatesAreAllOverlaidAndShapesAreChecked() {
        double[] observed = {1, 2, 3};
        PpcFigure f = new PpcFigure("y");
        f.update(observed, replicates(7, 3), null);
        assertEquals(8, f.densities().getSeriesCount());
        assertEquals(1, f.wideIntervals().getSeries(0).getX(0).doubleValue(), 0);
        assertThrows(IllegalArgumentException.class, () -> f.update(observed, replicates(7, 4), null));
        assertThrows(IllegalArgumentException.class, () -> f.update(observed, replicates(7, 3), List.of("a")));
    }
}
