package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.diag.RankHistogram;
import org.shrinkagelab.engine.sample.Draws;

/** The general trace, rank and density figures show what the draws hold. */
class DiagnosticFiguresTest {
    private final Draws draws = SyntheticDraws.eightSchoolsLike(4, 5000, 0.01, 9);

    @Test
    void traceThinsEvenlyAndRugsEveryDivergence() {
        ParameterTraceFigure f = new ParameterTraceFigure();
        double[][] tau = draws.parameter("tau");
        f.update("tau", tau, DrawColumns.divergent(draws));
        assertEquals(4, f.traceData().getSeriesCount());
        XYSeries chain2 = f.traceData().getSeries(2);
        assertEquals(1667, chain2.getItemCount(), "stride 3 over 5000 draws");
        assertEquals(tau[2][3 * 100], chain2.getY(100).doubleValue(), 0);
        assertEquals(301, chain2.getX(100).doubleValue(), 0);
        int divergent = 0;
        for (double[] c : draws.stat("divergent__")) {
            for (double v : c) {
                divergent += v != 0 ? 1 : 0;
            }
        }
        assertEquals(divergent, f.rugData().getSeries(0).getItemCount());
    }

    @Test
    void rankLinesAreTheRankHistogramsWithTheUniformLine() {
        RankFigure f = new RankFigure();
        double[][] mu = draws.parameter("mu");
        f.update("mu", mu);
        int bins = RankHistogram.defaultBins(5000);
        long[][] counts = RankHistogram.counts(mu, bins);
        assertEquals(5, f.dataset().getSeriesCount());
        for (int c = 0; c < 4; c++) {
            XYSeries s = f.dataset().getSeries(c);
            for (int b = 0; b < bins; b++) {
                assertEquals(counts[c][b], s.getY(2 * b).doubleValue(), 0);
            }
        }
        assertEquals(5000.0 / bins, f.dataset().getSeries(4).getY(0).doubleValue(), 1e-12);
    }

    @Test
    void densityHistogramHoldsTheCentralDraws() {
        MarginalDensityFigure f = new MarginalDensityFigure();
        f.update("theta[1]", draws.parameter("theta[1]"));
        XYIntervalSeries bars = f.histograms().getSeries(0);
        double mass = 0;
        for (int i = 0; i < bars.getItemCount(); i++) {
            mass += bars.getYValue(i) * (bars.getXHighValue(i) - bars.getXLowValue(i));
        }
        // the bins cover the 0.25%..99.75% quantiles: 99.5% of the draws, give or take the ends' ties
        assertEquals(0.995, mass, 2.0 / 20_000);
        assertEquals(200, f.curves().getSeries(0).getItemCount());
        assertEquals("theta[1]", f.chart().getXYPlot().getDomainAxis().getLabel());
    }
}
