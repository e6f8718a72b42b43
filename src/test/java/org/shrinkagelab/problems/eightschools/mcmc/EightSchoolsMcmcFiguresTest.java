package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.data.EightSchoolsData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.sample.Draws;

class EightSchoolsMcmcFiguresTest {
    private static final int CHAINS = 2;
    private static final int N = 60;

    /** Synthetic draws: mu, tau, theta[1..8], then divergent__ with divergences at draws 5 and 17 of chain 2. */
    static Draws syntheticDraws(boolean complete) {
        List<String> params = new ArrayList<>(List.of("mu", "tau"));
        for (int j = 1; j <= 8; j++) {
            params.add("theta[" + j + "]");
        }
        Random rng = new Random(3);
        double[][][] values = new double[CHAINS][params.size() + 1][N];
        for (int c = 0; c < CHAINS; c++) {
            for (int i = 0; i < N; i++) {
                values[c][0][i] = 5 + rng.nextGaussian() * 3;
                values[c][1][i] = Math.exp(rng.nextGaussian());
                for (int j = 0; j < 8; j++) {
                    values[c][2 + j][i] = values[c][0][i] + values[c][1][i] * rng.nextGaussian();
                }
            }
        }
        values[1][params.size()][4] = 1;
        values[1][params.size()][16] = 1;
        return new Draws(params, List.of("divergent__"), values, complete);
    }

    private static McmcAnalysis analysis(Draws draws, ExactTauCurve exact) {
        FitDiagnostics d = FitDiagnostics.of(draws, Diagnostics.summarize(draws), new double[draws.chains()], 10,
                true, 0.8);
        return new McmcAnalysis("NUTS, centered", draws, d, exact, null);
    }

    @Test
    void figuresAreNamedForWhatTheyShow() {
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        assertEquals(List.of("eight-schools-mcmc-pooling-min-max", "eight-schools-mcmc-forest",
                "eight-schools-mcmc-mu-density", "eight-schools-mcmc-tau-density", "eight-schools-mcmc-trace",
                "eight-schools-mcmc-rank", "eight-schools-mcmc-funnel", "eight-schools-mcmc-sensitivity-tau",
                "eight-schools-mcmc-sensitivity-theta1"), f.figures().stream().map(Figure::name).toList());
    }

    @Test
    void traceShowsEachChainAndTheDivergenceRug() {
        Draws draws = syntheticDraws(true);
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        f.update(analysis(draws, null));
        assertEquals(CHAINS, f.trace().traceData().getSeriesCount());
        XYSeries chain2 = f.trace().traceData().getSeries(1);
        assertEquals(N, chain2.getItemCount());
        assertEquals(draws.parameter("tau")[1][9], chain2.getY(9).doubleValue());
        assertEquals(10.0, chain2.getX(9).doubleValue());
        XYSeries rug = f.trace().rugData().getSeries(0);
        assertEquals(2, rug.getItemCount());
        assertEquals(5.0, rug.getX(0).doubleValue());
        assertEquals(17.0, rug.getX(1).doubleValue());

        f.showParameter("mu");
        assertEquals(draws.parameter("mu")[0][3], f.trace().traceData().getSeries(0).getY(3).doubleValue());
        f.showParameter(McmcAnalysis.LOG_TAU);
        assertEquals(Math.log(draws.parameter("tau")[0][3]),
                f.trace().traceData().getSeries(0).getY(3).doubleValue(), 1e-15);
    }

    @Test
    void rankPlotCountsEveryDrawOfEachChain() {
        Draws draws = syntheticDraws(true);
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        McmcAnalysis a = analysis(draws, null);
        f.update(a);
        for (int c = 0; c < CHAINS; c++) {
            XYSeries steps = f.rank().dataset().getSeries(c);
            double sum = 0;
            for (int k = 0; k < steps.getItemCount(); k += 2) {
                sum += steps.getY(k).doubleValue();
            }
            assertEquals(N, sum, 0);
        }
        XYSeries uniform = f.rank().dataset().getSeries(CHAINS);
        assertEquals((double) N / a.rankBins(), uniform.getY(0).doubleValue(), 1e-12);
    }

    @Test
    void fewerChainsThanBeforeLeaveNoStaleLines() {
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        f.update(analysis(syntheticDraws(true), null));
        Draws one = new Draws(syntheticDraws(true).parameters(), List.of("divergent__"),
                new double[][][] {syntheticDraws(true).values()[0]}, false);
        f.update(analysis(one, null));
        assertEquals(2, f.rank().dataset().getSeriesCount(), "one chain and the uniform reference");
        assertEquals(1, f.trace().traceData().getSeriesCount());
    }

    @Test
    void funnelPutsTheDivergentDrawsInTheirOwnRedSeries() {
        Draws draws = syntheticDraws(true);
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        f.update(analysis(draws, null));
        XYSeries divergent = f.funnel().pointData().getSeries(1);
        assertEquals(2, divergent.getItemCount());
        assertEquals(CHAINS * N - 2, f.funnel().pointData().getSeries(0).getItemCount());
        List<Double> xs = List.of(divergent.getX(0).doubleValue(), divergent.getX(1).doubleValue());
        assertTrue(xs.contains(draws.parameter("theta[1]")[1][4]));
        f.showFunnelSchool(3);
        List<Double> xs3 = List.of(f.funnel().pointData().getSeries(1).getX(0).doubleValue(),
                f.funnel().pointData().getSeries(1).getX(1).doubleValue());
        assertTrue(xs3.contains(draws.parameter("theta[3]")[1][16]));
    }

    @Test
    void forestHasThreeEstimatesPerSchoolAndAShrinkageArrowEach() {
        Draws draws = syntheticDraws(true);
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        McmcAnalysis a = analysis(draws, null);
        f.update(a);
        assertEquals(3, f.forest().dataset().getSeriesCount());
        assertEquals(28.0, f.forest().dataset().getSeries(0).getX(0).doubleValue());
        assertEquals(28 - 1.6448536269514722 * 15, f.forest().dataset().getSeries(0).getXLowValue(0), 1e-12);
        assertEquals(EightSchoolsData.bundled().pooledMean(), f.forest().dataset().getSeries(1).getX(4)
                .doubleValue(), 1e-12);
        assertEquals(a.summary("theta[4]").mean(), f.forest().dataset().getSeries(2).getX(3).doubleValue(), 1e-12);
        assertEquals(8, f.arrows().size());
        assertEquals(-3.0, f.arrows().get(2).startX());
        assertEquals(a.summary("theta[3]").mean(), f.arrows().get(2).endX(), 1e-12);
    }

    @Test
    void tauDensityShowsTheHistogramAndTheExactCurveWithBothMeans() {
        Draws draws = syntheticDraws(true);
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        double[] grid = new double[101];
        double[] dens = new double[101];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = i * 0.05;
            dens[i] = Math.exp(-grid[i]);
        }
        f.update(analysis(draws, new ExactTauCurve(grid, dens, 1.25, 1.0)));
        assertEquals(1, f.tauDensity().curves().getSeriesCount());
        assertTrue(f.tauDensity().curves().getSeries(0).getItemCount() > 10);
        double area = 0;
        var bars = f.tauDensity().histograms().getSeries(0);
        for (int k = 0; k < bars.getItemCount(); k++) {
            area += bars.getYValue(k) * (bars.getXHighValue(k) - bars.getXLowValue(k));
        }
        double inside = 0;
        for (double t : draws.parameter("tau")[0]) {
            inside += t <= bars.getXHighValue(bars.getItemCount() - 1) ? 1 : 0;
        }
        for (double t : draws.parameter("tau")[1]) {
            inside += t <= bars.getXHighValue(bars.getItemCount() - 1) ? 1 : 0;
        }
        assertEquals(inside / (CHAINS * N), area, 1e-9, "the bars integrate to the fraction of draws shown");
        String note = f.noteOf(f.figures().get(3));
        assertTrue(note.contains("exact mean 1.25"), note);
    }

    @Test
    void theMcmcAndExactMeansOfTauDifferInColourAndDashAndAreNamedInTheLegend() {
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        double[] grid = {0, 1, 2, 3};
        f.update(analysis(syntheticDraws(true), new ExactTauCurve(grid, new double[] {0.4, 0.3, 0.2, 0.1}, 1.25, 1.0)));
        var markers = f.tauDensity().markers();
        assertEquals(2, markers.size());
        assertNotEquals(markers.get(0).getPaint(), markers.get(1).getPaint(), "colours");
        float[] mcmcDash = ((java.awt.BasicStroke) markers.get(0).getStroke()).getDashArray();
        float[] exactDash = ((java.awt.BasicStroke) markers.get(1).getStroke()).getDashArray();
        assertFalse(java.util.Arrays.equals(mcmcDash, exactDash), "dashes");
        assertEquals(1.25, markers.get(1).getValue());
        var legend = f.tauDensity().markerLegend();
        assertEquals(2, legend.getItemCount());
        assertEquals("MCMC mean", legend.get(0).getLabel());
        assertEquals("exact mean, quadrature", legend.get(1).getLabel());
        assertEquals(markers.get(0).getPaint(), legend.get(0).getLinePaint());
        assertEquals(markers.get(1).getStroke(), legend.get(1).getLineStroke());
        java.util.List<String> shown = new java.util.ArrayList<>();
        var items = f.tauDensity().chart().getLegend().getSources();
        for (var source : items) {
            var collection = source.getLegendItems();
            for (int i = 0; i < collection.getItemCount(); i++) {
                shown.add(collection.get(i).getLabel());
            }
        }
        assertTrue(shown.containsAll(java.util.List.of("MCMC draws", "exact p(tau | y), quadrature", "MCMC mean",
                "exact mean, quadrature")), shown.toString());

        f.update(analysis(syntheticDraws(true), null));
        assertEquals(1, f.tauDensity().markerLegend().getItemCount(), "without the exact curve only the MCMC mean");
    }

    @Test
    void aCancelledRunIsMarkedOnTheMcmcFigures() {
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        f.update(analysis(syntheticDraws(false), null));
        assertEquals("incomplete (cancelled after 60 draws per chain)", f.warningOf(f.figures().get(4)));
        assertEquals("", f.warningOf(f.figures().get(0)));
        f.update(analysis(syntheticDraws(true), null));
        assertEquals("", f.warningOf(f.figures().get(4)));
    }

    @Test
    void poolingFigureCountsEveryReplicationAndMarksTheObservedExtremes() {
        EightSchoolsMcmcFigures f = new EightSchoolsMcmcFigures(EightSchoolsData.bundled());
        PoolingCheck check = new PoolingCheck(EightSchoolsData.bundled());
        PoolingCheck.Simulation sim = check.simulate(2000, 1);
        f.updatePooling(check, sim);
        for (int s = 0; s < 2; s++) {
            var bars = f.pooling().histograms().getSeries(s);
            double total = 0;
            for (int k = 0; k < bars.getItemCount(); k++) {
                total += bars.getYValue(k);
            }
            assertEquals(2000, total, 0);
        }
        assertEquals(2, f.pooling().plot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
        assertTrue(f.noteOf(f.figures().get(0)).contains(String.format(java.util.Locale.ROOT, "P(max ≥ 28) = %.3f",
                sim.maxTail())));
    }
}
