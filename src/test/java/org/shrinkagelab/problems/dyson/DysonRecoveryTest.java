package org.shrinkagelab.problems.dyson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.SamplerOptions;

/**
 * The sinusoid model recovers the generator's frequencies and amplitudes: over 6 simulated data sets of
 * 4 objects each (the generator's defaults, seeds 101..106), fitted with NUTS, 2 chains of 300 warmup
 * iterations and 300 draws, each object's window centred on the listed periodogram peak nearest its true
 * frequency (the choice the tab leaves to the user; the alias lesson is the periodogram's, not the
 * model's). The 24 90% intervals of f_k and of A_k must each cover the truth at least 16 times: a
 * calibrated interval fails that with probability P(Bin(24, 0.9) <= 15) = 3e-4.
 */
class DysonRecoveryTest {
    private static final int DATA_SETS = 6;
    private static final int OBJECTS = 4;
    private static final int MIN_COVERED = 16;

    @Test
    void ninetyPercentIntervalsOfFrequencyAndAmplitudeCoverTheTruth() {
        int coveredF = 0;
        int coveredA = 0;
        int intervals = 0;
        double widthF = 0;
        DysonSpheresSimulation sim = new DysonSpheresSimulation();
        for (int d = 0; d < DATA_SETS; d++) {
            Settings simSettings = Settings.defaults(sim.options()).with("objects", (long) OBJECTS)
                    .with("seed", 101L + d);
            List<DysonSpheresSimulation.SimulatedObject> objects = sim.simulate(simSettings);
            DysonProblem problem = new DysonProblem(DysonData.of(objects));
            List<ObjectPeriodogram> p = problem.periodograms(JobContext.none());
            StringBuilder ranks = new StringBuilder();
            for (int k = 0; k < OBJECTS; k++) {
                double truth = objects.get(k).truth().frequency();
                int nearest = 0;
                for (int r = 1; r < p.get(k).analysis().peaks().size(); r++) {
                    if (Math.abs(p.get(k).peakFrequency(r) - truth) < Math.abs(p.get(k).peakFrequency(nearest) - truth)) {
                        nearest = r;
                    }
                }
                ranks.append(k == 0 ? "" : ",").append(nearest + 1);
            }
            Settings s = problem.defaults().with(DysonProblem.PEAKS, ranks.toString())
                    .with(SamplerOptions.CHAINS, 2L).with(SamplerOptions.WARMUP, 300L)
                    .with(SamplerOptions.DRAWS, 300L).with(SamplerOptions.SEED, 7L + d);
            DysonAnalysis a = problem.analyse(s, x -> x, JobContext.none(), null);
            for (int k = 0; k < OBJECTS; k++) {
                DysonSpheresSimulation.Truth t = objects.get(k).truth();
                ParameterSummary f = a.summary("f[" + (k + 1) + "]");
                ParameterSummary amp = a.summary("A[" + (k + 1) + "]");
                coveredF += f.q5() <= t.frequency() && t.frequency() <= f.q95() ? 1 : 0;
                coveredA += amp.q5() <= t.amplitude() && t.amplitude() <= amp.q95() ? 1 : 0;
                widthF += f.q95() - f.q5();
                intervals++;
            }
        }
        assertTrue(coveredF >= MIN_COVERED, "f: " + coveredF + " of " + intervals + " intervals cover the truth");
        assertTrue(coveredA >= MIN_COVERED, "A: " + coveredA + " of " + intervals + " intervals cover the truth");
        // and they are informative: narrower on average than the periodogram's peak width 1/baseline
        assertTrue(widthF / intervals < 1.0 / 120, "mean width of the f intervals " + widthF / intervals);
    }
}
