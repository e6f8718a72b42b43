package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jfree.data.xy.XYIntervalSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.EnergyDistribution;
import org.shrinkagelab.engine.sample.Draws;

/** The energy plot shows the centred energies and their successive differences, and E-BFMI per chain. */
class EnergyFigureTest {

    /** Chain 0: independent energies; chain 1: a slow random walk (what low E-BFMI looks like). */
    private static Draws energies(int n) {
        Random r = new Random(11);
        double[][][] v = new double[2][2][n];
        double walk = 0;
        for (int i = 0; i < n; i++) {
            v[0][1][i] = 50 + 4 * r.nextGaussian();
            walk += 0.3 * r.nextGaussian();
            v[1][1][i] = 60 + walk;
        }
        return new Draws(List.of("x"), List.of("energy__"), v, true);
    }

    @Test
    void transitionsAreTheSuccessiveDifferencesAndTheMarginalIsCentred() {
        Draws d = energies(1000);
        EnergyDistribution e = EnergyDistribution.of(d);
        double[][] energy = d.stat("energy__");
        double[] diffs = new double[2 * 999];
        double mean = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 1000; i++) {
                mean += energy[c][i] / 2000;
                if (i > 0) {
                    diffs[c * 999 + i - 1] = energy[c][i] - energy[c][i - 1];
                }
            }
        }
        assertArrayEquals(diffs, e.transitions(), 0);
        assertEquals(2000, e.marginal().length);
        assertEquals(energy[1][5] - mean, e.marginal()[1005], 1e-9);
        assertArrayEquals(Diagnostics.ebfmi(d), e.ebfmi(), 0);
    }

    @Test
    void figureHistogramsHoldEveryValueAndEbfmiIsShown() {
        Draws d = energies(1000);
        EnergyFigure f = new EnergyFigure();
        f.update(EnergyDistribution.of(d));
        XYIntervalSeries marginal = f.histograms().histograms().getSeries(0);
        XYIntervalSeries transitions = f.histograms().histograms().getSeries(1);
        assertEquals(2000, mass(marginal) * 2000, 1e-6, "density histogram of all 2000 centred energies");
        assertEquals(1998, mass(transitions) * 1998, 1e-6);
        double[] ebfmi = Diagnostics.ebfmi(d);
        // iid energies: E[(e_i - e_{i-1})^2] = 2 var, so E-BFMI is near 2 (sd about sqrt(12 / n) = 0.11)
        assertEquals(2, ebfmi[0], 4 * Math.sqrt(12.0 / 1000));
        assertTrue(ebfmi[1] < 0.3);
        assertTrue(f.note().contains(String.format(java.util.Locale.ROOT, "%.2f", ebfmi[0])), f.note());
        assertTrue(f.warning().contains("E-BFMI below"), f.warning());
        assertEquals(2, f.histograms().curves().getSeriesCount());
    }

    private static double mass(XYIntervalSeries s) {
        double m = 0;
        for (int i = 0; i < s.getItemCount(); i++) {
            m += s.getYValue(i) * (s.getXHighValue(i) - s.getXLowValue(i));
        }
        return m;
    }
}
