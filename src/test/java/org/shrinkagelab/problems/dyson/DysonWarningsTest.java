package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.problems.Summary;
import org.shrinkagelab.stats.PeriodogramPeak;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.SamplerOptions;

class DysonWarningsTest {
    private static final List<String> OBJECTS = List.of("DS-01", "DS-02", "DS-03");

    /** Draws whose divergences sit at small tau_A and large A[2], as in the default fit's funnel. */
    private static DivergenceLocation funnel() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][][] v = new double[2][3][800];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 800; i++) {
                v[c][0][i] = rng.nextDouble();
                v[c][1][i] = 1 - v[c][0][i] + 0.1 * rng.nextDouble();
                v[c][2][i] = v[c][0][i] < 0.03 ? 1 : 0;
            }
        }
        return DivergenceLocation.of(new Draws(List.of("tau_A", "A[2]"), List.of("divergent__"), v, true),
                List.of("tau_A", "A[2]"));
    }

    private static ParameterSummary row(String name, double rHat, double ess) {
        return new ParameterSummary(name, 1.0, 0.1, 0.8, 1.0, 1.2, 0.01, 0.01, ess, ess, rHat);
    }

    private static FitDiagnostics diagnostics(int divergences, double adaptDelta, List<ParameterSummary> rows) {
        return new FitDiagnostics(rows, 4, 1000, true, divergences, new int[] {divergences, 0, 0, 0}, 10, 0,
                new double[] {1, 1, 1, 1}, new double[] {0.1, 0.1, 0.1, 0.1}, false, adaptDelta);
    }

    /** The windows of the peaks below: the default half-width 1/baseline = 1/120 around each. */
    private static final double[] LOW = {1.0106 - 1 / 120.0, 0.3 - 1 / 120.0, 2.005 - 1 / 120.0};
    private static final double[] HIGH = {1.0106 + 1 / 120.0, 0.3 + 1 / 120.0, 2.005 + 1 / 120.0};

    private static final List<PeriodogramPeak> DETECTED = List.of(
            new PeriodogramPeak(0.2, 0.8, 1e-20, Double.NaN, null),
            new PeriodogramPeak(0.3, 0.8, 1e-20, Double.NaN, null),
            new PeriodogramPeak(0.4, 0.8, 1e-20, Double.NaN, null));

    @Test
    void divergencesAtSmallTauANameTheFunnelItsTailTheObjectsAmplitudeAndWhatToDo() {
        DivergenceLocation where = funnel();
        List<String> w = DysonWarnings.of(diagnostics(where.divergent(), 0.8, List.of()), where, OBJECTS, DETECTED, LOW, HIGH,
                120);
        assertEquals(1, w.size(), w.toString());
        String text = w.get(0);
        assertTrue(text.startsWith(where.divergent() + " divergent transitions (" + where.episodes() + " episodes)"),
                text);
        assertTrue(text.contains("the low end of tau_A"), text);
        assertTrue(text.contains("the high end of A of DS-02"), text);
        assertTrue(text.contains("funnel of the amplitude population"), text);
        assertTrue(text.contains("Raise " + SamplerOptions.label(SamplerOptions.ADAPT_DELTA) + " (now 0.8) toward 0.95"),
                text);
        String at95 = DysonWarnings.of(diagnostics(where.divergent(), 0.95, List.of()), where, OBJECTS, DETECTED, LOW, HIGH, 120)
                .get(0);
        assertTrue(at95.contains("(now 0.95) toward 0.99"), at95);
    }

    @Test
    void anObjectThatMixesSlowlyIsNamedWithItsWorstRhatAndEss() {
        List<ParameterSummary> rows = List.of(row("f[1]", 1.004, 900), row("m[1]", 1.031, 250), row("A[1]", 1.0, 3000),
                row("f[2]", 1.001, 3000), row("tau_A", 1.2, 50), row("f[3]", 1.0, 399));
        List<String> w = DysonWarnings.of(diagnostics(0, 0.8, rows), funnel(), OBJECTS, DETECTED, LOW, HIGH, 120);
        assertEquals(List.of(
                "DS-01: its chains mix slowly (R-hat 1.031 for m[1], bulk ESS 250 for m[1]); raise "
                        + SamplerOptions.label(SamplerOptions.DRAWS) + " or pick another peak for it.",
                "DS-03: its chains mix slowly (bulk ESS 399 for f[3]); raise "
                        + SamplerOptions.label(SamplerOptions.DRAWS) + " or pick another peak for it."), w);
    }

    @Test
    void aPeakThatIsNoDetectionOrSitsByAWholeNumberOfCyclesPerDayIsNamed() {
        List<PeriodogramPeak> peaks = List.of(
                new PeriodogramPeak(1.0106, 0.19, 0.66, Double.NaN, null),
                new PeriodogramPeak(0.3, 0.8, 1e-20, Double.NaN, null),
                new PeriodogramPeak(2.005, 0.5, 1e-10, Double.NaN, null));
        List<String> w = DysonWarnings.of(diagnostics(0, 0.8, List.of()), funnel(), OBJECTS, peaks, LOW, HIGH, 120);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("DS-01: its window is centred on 1.0106/day, a peak with false-alarm probability "
                + "0.66, not a detection; its window reaches within 1/baseline of 1/day"), w.get(0));
        assertTrue(w.get(1).startsWith("DS-03: its window is centred on 2.0050/day, whose window reaches within 1/baseline of 2/day"),
                w.get(1));
        // DS-01's window [1.0023, 1.0189] is 0.0023 from 1/day: inside 1/120, outside 1/1000; DS-03's contains 2/day
        List<String> fine = DysonWarnings.of(diagnostics(0, 0.8, List.of()), funnel(), OBJECTS, peaks, LOW, HIGH, 1000);
        assertEquals(2, fine.size());
        assertFalse(fine.get(0).contains("1/day"), fine.get(0));
    }

    private static double[] ends(DysonProblem problem, Settings s, boolean lower) {
        DysonModel model = problem.sinusoids(s, JobContext.none());
        double[] out = new double[model.objects()];
        for (int k = 0; k < out.length; k++) {
            out[k] = lower ? model.lower(k) : model.upper(k);
        }
        return out;
    }

    @Test
    void theSummaryCarriesTheWarningsAndTheDivergenceSites() {
        DysonProblem problem = new DysonProblem(DysonModelTest.small(5));
        Settings s = problem.defaults().with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, 40L)
                .with(SamplerOptions.DRAWS, 40L);
        Summary summary = problem.summarize(s, JobContext.none());
        Map<String, Object> q = summary.quantities();
        assertTrue(q.get("warnings") instanceof List<?>, "warnings: " + q.get("warnings"));
        assertTrue(q.get("divergence_sites") instanceof List<?>, "divergence_sites: " + q.get("divergence_sites"));
        assertTrue(q.get("divergence_episodes") instanceof Integer);
        List<?> expected = DysonWarnings.of(
                new FitDiagnostics(summary.parameters(), 2, 40, true, 0, new int[2], 10, 0, new double[2], new double[2],
                        false, 0.95), DivergenceLocation.of(new Draws(List.of("x"), List.of(), new double[1][1][1], true),
                        List.of()), problem.data().names(), problem.chosenPeaks(s, JobContext.none()),
                ends(problem, s, true), ends(problem, s, false), problem.data().baseline());
        // the object-level warnings (after the divergence sentence, if any) are those of the summary's own rows
        List<?> got = (List<?>) q.get("warnings");
        assertEquals(expected, got.subList(got.size() - expected.size(), got.size()));
        assertFalse(summary.toJson().contains("NaN"));
    }
}
