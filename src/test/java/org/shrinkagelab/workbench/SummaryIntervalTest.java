package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;

class SummaryIntervalTest {
    private static final List<String> PARAMS = List.of("mu", "tau", "theta[1]");

    /** Four chains of skewed draws (a lognormal tau), so that each quantile differs from a normal's. */
    private static FitAnalysis analysis(int n) {
        Random rng = new Random(11);
        double[][][] values = new double[4][PARAMS.size()][n];
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < n; i++) {
                values[c][0][i] = 4 + 3 * rng.nextGaussian();
                values[c][1][i] = Math.exp(rng.nextGaussian());
                values[c][2][i] = values[c][0][i] + values[c][1][i] * rng.nextGaussian();
            }
        }
        Draws draws = new Draws(PARAMS, List.of(), values, true);
        FitDiagnostics d = FitDiagnostics.of(draws, Diagnostics.summarize(draws), new double[4], 10, true, 0.8);
        return new FitAnalysis("test", draws, d, Map.of());
    }

    @Test
    void fiftyPercentColumnsAreTheQuartilesOfThePooledDraws() {
        FitAnalysis a = analysis(1003);
        SummaryInterval iv = SummaryInterval.of(a, 0.50, JobContext.none());
        assertEquals("25%", iv.lowerHeader());
        assertEquals("75%", iv.upperHeader());
        for (int k = 0; k < PARAMS.size(); k++) {
            ParameterSummary usual = a.diagnostics().parameters().get(k);
            ParameterSummary r = iv.rows().get(k);
            double[][] x = a.series(PARAMS.get(k));
            assertEquals(PARAMS.get(k), r.name());
            assertEquals(Diagnostics.quantile(x, 0.25), r.q5(), 1e-12);
            assertEquals(Diagnostics.quantile(x, 0.75), r.q95(), 1e-12);
            assertTrue(r.q5() > usual.q5() && r.q95() < usual.q95(), "a 50% interval lies inside the 90%");
            assertEquals(usual.mean(), r.mean());
            assertEquals(usual.q50(), r.q50());
            assertEquals(usual.essTail(), r.essTail());
            assertEquals(usual.rHat(), r.rHat());
        }
    }

    @Test
    void ninetyPercentIsTodaysFiveAndNinetyFivePercentColumns() {
        FitAnalysis a = analysis(1003);
        SummaryInterval iv = SummaryInterval.of(a, 0.90, JobContext.none());
        assertEquals("5%", iv.lowerHeader());
        assertEquals("95%", iv.upperHeader());
        assertTrue(iv.isDefault());
        assertEquals(DiagnosticHelp.Q5.text(), iv.lowerHelp());
        assertEquals(DiagnosticHelp.Q95.text(), iv.upperHelp());
        for (int k = 0; k < PARAMS.size(); k++) {
            ParameterSummary usual = a.diagnostics().parameters().get(k);
            assertEquals(usual.q5(), iv.rows().get(k).q5(), 1e-12);
            assertEquals(usual.q95(), iv.rows().get(k).q95(), 1e-12);
        }
        SummaryInterval same = SummaryInterval.usual(a.diagnostics().parameters());
        assertSame(a.diagnostics().parameters().get(0), same.rows().get(0), "the usual table is today's rows");
    }

    @Test
    void ninetyNinePercentIsHeadedByItsHalfPercentQuantiles() {
        FitAnalysis a = analysis(1003);
        SummaryInterval iv = SummaryInterval.of(a, 0.99, JobContext.none());
        assertEquals("0.5%", iv.lowerHeader());
        assertEquals("99.5%", iv.upperHeader());
        double[][] x = a.series("tau");
        assertEquals(Diagnostics.quantile(x, 0.005), iv.rows().get(1).q5(), 1e-12);
        assertEquals(Diagnostics.quantile(x, 0.995), iv.rows().get(1).q95(), 1e-12);
        assertNotEquals(DiagnosticHelp.Q5.text(), iv.lowerHelp());
        assertTrue(iv.lowerHelp().contains("99% interval"), iv.lowerHelp());
        assertTrue(iv.upperHelp().startsWith("99.5% quantile: 0.5% of the posterior mass lies above it (the upper end"
                + " of the 99% interval)"), iv.upperHelp());
    }

    @Test
    void aNanDrawGivesNanEndsAsTheUsualQuantilesDo() {
        double[][][] values = {{{1, 2, Double.NaN, 4}}, {{1, 2, 3, 4}}};
        Draws draws = new Draws(List.of("x"), List.of(), values, true);
        FitDiagnostics d = FitDiagnostics.of(draws, Diagnostics.summarize(draws), new double[2], 10, true, 0.8);
        SummaryInterval iv = SummaryInterval.of(new FitAnalysis("nan", draws, d, Map.of()), 0.5, JobContext.none());
        assertTrue(Double.isNaN(iv.rows().get(0).q5()) && Double.isNaN(iv.rows().get(0).q95()));
    }

    /** Sorting every parameter's draws takes a while for long runs: a cancel stops it. */
    @Test
    void aCancelledJobStopsTheIntervals() {
        FitAnalysis a = analysis(50);
        RecordingContext cancelled = new RecordingContext();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> SummaryInterval.of(a, 0.5, cancelled));
    }
}
