package org.shrinkagelab.problems.dyson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.BenchmarkCase;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.SamplerOptions;

/**
 * Coverage of the sinusoid model's 90% intervals of f_k and A_k over data sets simulated at the generator's
 * defaults (seeds 101, 102, ...), each object's window centred on the listed periodogram peak nearest its true
 * frequency (the choice the tab leaves to the user; the alias lesson is the periodogram's, not the model's).
 * Objects whose true frequency lies in no window (above the periodograms' 3/day limit, or its peak not among
 * the top peaks) are counted apart: no window choice can cover them.
 *
 * @param intervals    objects fitted
 * @param inWindow     objects whose true frequency lies inside their window
 * @param coveredF     of those, intervals of f that cover the truth
 * @param coveredA     of those, intervals of A that cover the truth
 * @param coveredPhi   of those, intervals of phi that cover the truth (the generator's phase at t0, see
 *                     {@link #truePhase}), on the circle
 * @param coveredM     of those, intervals of m that cover the true mean flux
 * @param coveredSigma of those, intervals of sigma that cover the true noise sd
 * @param divergences  divergent transitions over all fits
 */
public record DysonCoverage(int intervals, int inWindow, int coveredF, int coveredA, int coveredPhi, int coveredM,
                            int coveredSigma, int divergences) {

    /**
     * Fits {@code dataSets} simulated data sets of {@code objects} objects each with NUTS, 2 chains of
     * {@code iterations} warmup and {@code iterations} draws at target acceptance {@code adaptDelta}.
     */
    public static DysonCoverage run(int dataSets, int objects, int iterations, double adaptDelta, JobContext context) {
        DysonSpheresSimulation sim = new DysonSpheresSimulation();
        int intervals = 0;
        int inWindow = 0;
        int coveredF = 0;
        int coveredA = 0;
        int coveredPhi = 0;
        int coveredM = 0;
        int coveredSigma = 0;
        int divergences = 0;
        for (int d = 0; d < dataSets; d++) {
            List<DysonSpheresSimulation.SimulatedObject> simulated = sim.simulate(Settings.defaults(sim.options())
                    .with("objects", (long) objects).with("seed", 101L + d));
            DysonProblem problem = new DysonProblem(DysonData.of(simulated));
            Settings s = problem.defaults().with(DysonProblem.PEAKS, nearestPeaks(problem, simulated, context))
                    .with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, (long) iterations)
                    .with(SamplerOptions.DRAWS, (long) iterations).with(SamplerOptions.SEED, 7L + d)
                    .with(SamplerOptions.ADAPT_DELTA, adaptDelta);
            DysonAnalysis a = problem.analyse(s, x -> x, context, null);
            divergences += a.diagnostics().divergences();
            for (int k = 0; k < objects; k++) {
                DysonSpheresSimulation.Truth t = simulated.get(k).truth();
                intervals++;
                if (t.frequency() < a.model().lower(k) || t.frequency() > a.model().upper(k)) {
                    continue;
                }
                inWindow++;
                coveredF += covers(a.summary("f[" + (k + 1) + "]"), t.frequency());
                coveredA += covers(a.summary("A[" + (k + 1) + "]"), t.amplitude());
                ParameterSummary phi = a.summary("phi[" + (k + 1) + "]");
                double phase = truePhase(t, a.model().reference());
                coveredPhi += covers(phi, phi.mean() + Math.IEEEremainder(phase - phi.mean(), 2 * Math.PI));
                coveredM += covers(a.summary("m[" + (k + 1) + "]"), t.mean());
                coveredSigma += covers(a.summary("sigma[" + (k + 1) + "]"), t.noise());
            }
        }
        return new DysonCoverage(intervals, inWindow, coveredF, coveredA, coveredPhi, coveredM, coveredSigma,
                divergences);
    }

    /** The 1-based rank of each object's listed peak nearest its true frequency, as the peaks option. */
    private static String nearestPeaks(DysonProblem problem, List<DysonSpheresSimulation.SimulatedObject> simulated,
                                       JobContext context) {
        List<ObjectPeriodogram> p = problem.periodograms(context);
        StringBuilder ranks = new StringBuilder();
        for (int k = 0; k < simulated.size(); k++) {
            double truth = simulated.get(k).truth().frequency();
            int nearest = 0;
            for (int r = 1; r < p.get(k).analysis().peaks().size(); r++) {
                if (Math.abs(p.get(k).peakFrequency(r) - truth) < Math.abs(p.get(k).peakFrequency(nearest) - truth)) {
                    nearest = r;
                }
            }
            ranks.append(k == 0 ? "" : ",").append(nearest + 1);
        }
        return ranks.toString();
    }

    /**
     * The generator's phase in the model's terms: it draws m + A sin(2 pi f t + phase), which is
     * m + A cos(2 pi f (t - t0) - phi) for phi = pi/2 - phase - 2 pi f t0.
     */
    static double truePhase(DysonSpheresSimulation.Truth t, double reference) {
        return Math.PI / 2 - t.phase() - 2 * Math.PI * t.frequency() * reference;
    }

    private static int covers(ParameterSummary s, double truth) {
        return s.q5() <= truth && truth <= s.q95() ? 1 : 0;
    }

    /**
     * The {@code bench dyson-spheres} case {@code coverage-24x4}: 24 data sets of 4 objects, 2 chains of 300 + 300
     * at target acceptance 0.95, its counts reported as figures.
     */
    static BenchmarkCase benchmark() {
        return new BenchmarkCase("coverage-24x4", ctx -> {
            DysonCoverage c = run(24, 4, 300, 0.95, ctx);
            Map<String, Double> out = new LinkedHashMap<>();
            out.put(BenchmarkCase.FIGURE + "objects", (double) c.intervals());
            out.put(BenchmarkCase.FIGURE + "true frequency in window", (double) c.inWindow());
            out.put(BenchmarkCase.FIGURE + "f intervals covering", (double) c.coveredF());
            out.put(BenchmarkCase.FIGURE + "A intervals covering", (double) c.coveredA());
            out.put(BenchmarkCase.FIGURE + "phi intervals covering", (double) c.coveredPhi());
            out.put(BenchmarkCase.FIGURE + "m intervals covering", (double) c.coveredM());
            out.put(BenchmarkCase.FIGURE + "sigma intervals covering", (double) c.coveredSigma());
            out.put(BenchmarkCase.FIGURE + "divergences", (double) c.divergences());
            return out;
        });
    }
}
