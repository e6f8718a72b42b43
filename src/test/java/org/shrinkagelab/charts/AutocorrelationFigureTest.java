package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.Autocorrelation;

/** Autocorrelations by lag against the direct sum, and against an AR(1) chain's phi^t. */
class AutocorrelationFigureTest {

    private static double[] ar1(double phi, int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = phi * x[i - 1] + r.nextGaussian();
        }
        return x;
    }

    @Test
    void equalsTheDirectSumOverTheVariance() {
        double[] x = ar1(0.6, 500, 1);
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double[] acov = new double[31];
        for (int t = 0; t <= 30; t++) {
            for (int i = 0; i + t < x.length; i++) {
                acov[t] += (x[i] - mean) * (x[i + t] - mean);
            }
        }
        double[] rho = Autocorrelation.byLag(x, 30);
        assertEquals(31, rho.length);
        for (int t = 0; t <= 30; t++) {
            assertEquals(acov[t] / acov[0], rho[t], 1e-12);
        }
        assertEquals(3, Autocorrelation.byLag(new double[] {1, 2, 3}, 30).length);
        assertEquals(Double.NaN, Autocorrelation.byLag(new double[] {2, 2, 2}, 5)[1]);
    }

    @Test
    void figureShowsEachChainAndAnAr1DecaysAsPhiToTheLag() {
        int n = 4000;
        double[][] chains = {ar1(0.8, n, 2), ar1(0.8, n, 3), ar1(0.8, n, 4)};
        AutocorrelationFigure f = new AutocorrelationFigure(40);
        f.update("x", chains);
        assertEquals(3, f.dataset().getSeriesCount());
        for (int c = 0; c < 3; c++) {
            XYSeries s = f.dataset().getSeries(c);
            assertEquals(41, s.getItemCount());
            double[] rho = Autocorrelation.byLag(chains[c], 40);
            for (int t = 0; t <= 40; t++) {
                assertEquals(rho[t], s.getY(t).doubleValue(), 0);
            }
            // Bartlett: sd of r_1 is about sqrt((1 - phi^2) / n) = 0.0095; 4 sd, plus the O(1/n) bias
            assertEquals(0.8, rho[1], 4 * Math.sqrt((1 - 0.64) / n) + 5.0 / n);
        }
        f.update("y", new double[][] {chains[0]});
        assertEquals(1, f.dataset().getSeriesCount());
        assertEquals("Autocorrelation of y", f.chart().getTitle().getText());
    }
}
