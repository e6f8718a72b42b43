package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.LightCurve;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.SamplerOptions;

/**
 * The von Mises phase option changes the fit as it should, on six seeded simulated objects (the generator's
 * cadence, frequencies 0.15 to 0.40 per day, amplitude 1, noise 1):
 * <ul>
 * <li>phases all equal to mu0 at t0: kappa_phi's 90% interval lies above the one of spread phases and mu_phi's
 * covers mu0;</li>
 * <li>phases evenly spread round the circle (resultant zero): kappa_phi falls well below its prior mean.</li>
 * </ul>
 * In both, E[kappa_phi] equals its Rao-Blackwellized estimate within 4 MCSE: given the phases phi_k the model's
 * population direction w has the density N(w | 0, 9 I) prod_k VonMises(phi_k | w), so
 * E[kappa | phi] = int kappa g / int g with g(kappa) = kappa exp(-kappa^2 / 18) I0(kappa R) / I0(kappa)^K (R the
 * phases' resultant length), computed here by quadrature, I0 by its integral (1/pi) int_0^pi exp(x cos t) dt,
 * independently of the model's declaration and of stats.Bessel.
 */
class VonMisesPhasesTest {
    private static final int OBJECTS = 6;
    private static final double MU0 = 1.0;
    private static final double PRIOR_SD = 3;
    private static final double AMPLITUDE = 1.0;

    private static DysonAnalysis commonVonMises;
    private static DysonAnalysis spreadVonMises;
    private static double[] truth;

    /** The simulated objects' times, with fluxes m + A cos(2 pi f (t - t0) - phase_k) + noise. */
    private static DysonData data(double[] phases, long seed) {
        DysonSpheresSimulation sim = new DysonSpheresSimulation();
        List<DysonSpheresSimulation.SimulatedObject> cadence = sim.simulate(Settings.defaults(sim.options())
                .with("objects", (long) OBJECTS).with("seed", seed));
        DysonData times = DysonData.of(cadence);
        double t0 = times.midpoint();
        SplittableRandom rng = new SplittableRandom(seed);
        List<LightCurve> curves = new ArrayList<>();
        truth = new double[OBJECTS];
        for (int k = 0; k < OBJECTS; k++) {
            truth[k] = 0.15 + 0.05 * k;
            double[] t = cadence.get(k).time();
            double[] y = new double[t.length];
            double[] dy = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                y[i] = 100 + AMPLITUDE * Math.cos(2 * Math.PI * truth[k] * (t[i] - t0) - phases[k]) + gaussian(rng);
                dy[i] = 1;
            }
            curves.add(new LightCurve("V-" + (k + 1), t, y, dy));
        }
        return new DysonData(curves);
    }

    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static DysonAnalysis fit(DysonData data, String phases) {
        DysonProblem problem = new DysonProblem(data);
        // each window on the listed peak nearest the true frequency (the alias lesson is the periodogram's)
        StringBuilder ranks = new StringBuilder();
        for (int k = 0; k < OBJECTS; k++) {
            ObjectPeriodogram p = problem.periodograms(JobContext.none()).get(k);
            int nearest = 0;
            for (int r = 1; r < p.analysis().peaks().size(); r++) {
                if (Math.abs(p.peakFrequency(r) - truth[k]) < Math.abs(p.peakFrequency(nearest) - truth[k])) {
                    nearest = r;
                }
            }
            ranks.append(k == 0 ? "" : ",").append(nearest + 1);
        }
        Settings s = problem.defaults().with(DysonProblem.PEAKS, ranks.toString())
                .with(DysonProblem.PHASES, phases).with(SamplerOptions.CHAINS, 2L)
                .with(SamplerOptions.WARMUP, 250L).with(SamplerOptions.DRAWS, 400L).with(SamplerOptions.SEED, 3L);
        DysonAnalysis a = problem.analyse(s, x -> x, JobContext.none(), null);
        for (int k = 0; k < OBJECTS; k++) {
            assertTrue(a.model().lower(k) < truth[k] && truth[k] < a.model().upper(k),
                    "object " + (k + 1) + ": the true frequency " + truth[k] + " lies outside its window");
        }
        return a;
    }

    @BeforeAll
    static void fitAll() {
        double[] common = new double[OBJECTS];
        java.util.Arrays.fill(common, MU0);
        DysonData same = data(common, 41);
        commonVonMises = fit(same, "von-mises");
        double[] spread = new double[OBJECTS];
        for (int k = 0; k < OBJECTS; k++) {
            spread[k] = MU0 + 2 * Math.PI * k / OBJECTS;
        }
        spreadVonMises = fit(data(spread, 42), "von-mises");
    }

    @Test
    void aCommonPhaseIsFoundAsAHighConcentrationAroundIt() {
        ParameterSummary kappa = commonVonMises.summary("kappa_phi");
        ParameterSummary spread = spreadVonMises.summary("kappa_phi");
        assertTrue(kappa.q5() > spread.q95(), "kappa_phi 90% interval [" + kappa.q5() + ", " + kappa.q95()
                + "] with a common phase, [" + spread.q5() + ", " + spread.q95() + "] with spread phases");
        ParameterSummary mu = commonVonMises.summary("mu_phi");
        assertTrue(mu.q5() < MU0 && MU0 < mu.q95(), "mu_phi's 90% interval [" + mu.q5() + ", " + mu.q95()
                + "] misses the common phase " + MU0);
        // (the phases' shrinkage toward mu0 against the uniform model is not asserted: here each phase is measured
        // far more tightly than the population's spread, and the difference was within its MCSE)
    }

    @Test
    void evenlySpreadPhasesPullTheConcentrationWellBelowItsPriorMean() {
        ParameterSummary kappa = spreadVonMises.summary("kappa_phi");
        double priorMean = PRIOR_SD * Math.sqrt(Math.PI / 2);
        assertTrue(kappa.mean() + 4 * kappa.mcseMean() < priorMean / 2, "E[kappa_phi] " + kappa.mean()
                + " with evenly spread phases; the prior mean is " + priorMean);
    }

    @Test
    void theConcentrationAgreesWithItsRaoBlackwellizedEstimateByQuadrature() {
        for (DysonAnalysis a : List.of(commonVonMises, spreadVonMises)) {
            double[][] rb = conditionalMeans(a);
            double reference = java.util.Arrays.stream(rb).flatMapToDouble(java.util.Arrays::stream).average()
                    .orElseThrow();
            ParameterSummary kappa = a.summary("kappa_phi");
            double tolerance = 4 * Math.hypot(kappa.mcseMean(), Diagnostics.mcseMean(rb));
            assertEquals(reference, kappa.mean(), tolerance, "E[kappa_phi] against E[E[kappa | phases]]");
        }
    }

    /** E[kappa | the draw's phases] for each chain and draw, by quadrature over kappa. */
    private static double[][] conditionalMeans(DysonAnalysis a) {
        double[][][] ab = new double[2 * OBJECTS][][];
        for (int k = 0; k < OBJECTS; k++) {
            ab[2 * k] = a.draws().parameter("a[" + (k + 1) + "]");
            ab[2 * k + 1] = a.draws().parameter("b[" + (k + 1) + "]");
        }
        int points = 800;
        double top = 40;
        double h = top / points;
        double[] logI0 = new double[points + 1];
        for (int j = 0; j <= points; j++) {
            logI0[j] = logI0(j * h);
        }
        // log I0 at kappa R (R up to the number of objects) from a table in steps of 0.01, linearly interpolated
        double[] table = new double[(int) (top * OBJECTS / TABLE_STEP) + 2];
        for (int j = 0; j < table.length; j++) {
            table[j] = logI0(j * TABLE_STEP);
        }
        double[][] out = new double[ab[0].length][];
        for (int c = 0; c < out.length; c++) {
            out[c] = new double[ab[0][c].length];
            for (int i = 0; i < out[c].length; i++) {
                double x = 0;
                double y = 0;
                for (int k = 0; k < OBJECTS; k++) {
                    double r = Math.hypot(ab[2 * k][c][i], ab[2 * k + 1][c][i]);
                    x += ab[2 * k][c][i] / r;
                    y += ab[2 * k + 1][c][i] / r;
                }
                double resultant = Math.hypot(x, y);
                double[] logG = new double[points + 1];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 1; j <= points; j++) {
                    double kappa = j * h;
                    logG[j] = Math.log(kappa) - kappa * kappa / (2 * PRIOR_SD * PRIOR_SD)
                            + interpolate(table, kappa * resultant) - OBJECTS * logI0[j];
                    max = Math.max(max, logG[j]);
                }
                double mass = 0;
                double moment = 0;
                for (int j = 1; j <= points; j++) {
                    double w = (j == points ? 0.5 : 1) * Math.exp(logG[j] - max);
                    mass += w;
                    moment += w * j * h;
                }
                out[c][i] = moment / mass;
            }
        }
        return out;
    }

    private static final double TABLE_STEP = 0.01;

    private static double interpolate(double[] table, double x) {
        int j = Math.min((int) (x / TABLE_STEP), table.length - 2);
        double u = x / TABLE_STEP - j;
        return (1 - u) * table[j] + u * table[j + 1];
    }

    /** log I0(x) = x + log((1/pi) int_0^pi exp(x (cos t - 1)) dt), by the trapezoid rule (exact to rounding here). */
    static double logI0(double x) {
        int n = 400;
        double sum = 0;
        for (int j = 0; j <= n; j++) {
            double t = Math.PI * j / n;
            sum += (j == 0 || j == n ? 0.5 : 1) * Math.exp(x * (Math.cos(t) - 1));
        }
        return x + Math.log(sum / n);
    }
}
