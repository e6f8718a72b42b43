package org.shrinkagelab.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.problems.BenchmarkCase;

/**
 * {@code bench diagnostics}: the summary table (R-hat, bulk and tail ESS, MCSE, quantiles) of 10 parameters
 * of AR(1) draws, 4 chains of 1000 (a default run) and of 100,000 draws, computed as the tab does, with the
 * parameters as parallel parts on every core.
 */
final class DiagnosticsBenchmarks {
    /** The name {@code bench} lists these cases under. */
    static final String ID = "diagnostics";

    private static final int PARAMETERS = 10;
    private static final int CHAINS = 4;

    private DiagnosticsBenchmarks() {
    }

    /** The cases {@code 4x1000} and {@code 4x100000}; the draws are made once, outside the timing. */
    static List<BenchmarkCase> cases() {
        return List.of(timed("4x1000", 1000), timed("4x100000", 100_000));
    }

    private static BenchmarkCase timed(String name, int draws) {
        Draws ar1 = ar1Draws(draws, 1);
        return BenchmarkCase.timing(name, ignored -> ParallelJobs.run("computing diagnostics",
                ctx -> Diagnostics.summarize(ar1, ctx)));
    }

    /** AR(1) chains x[t] = phi x[t-1] + e[t], phi from 0 to 0.9 by parameter, each chain started at its own draw. */
    static Draws ar1Draws(int draws, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][][] values = new double[CHAINS][PARAMETERS][draws];
        for (int c = 0; c < CHAINS; c++) {
            for (int p = 0; p < PARAMETERS; p++) {
                double phi = 0.1 * p;
                double[] x = values[c][p];
                double previous = gaussian(random) / Math.sqrt(1 - phi * phi);
                for (int t = 0; t < draws; t++) {
                    previous = phi * previous + gaussian(random);
                    x[t] = previous;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (int p = 0; p < PARAMETERS; p++) {
            names.add("x[" + (p + 1) + "]");
        }
        return new Draws(names, List.of(), values, true);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller on the cosine branch only: simple, and the bench needs AR(1) draws, not speed here
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
