package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.Parameterization;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.ChainRunner;
import org.shrinkagelab.engine.sample.SamplerRun;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * Our NUTS behaves as Stan's on Eight Schools: per-run means of step size, accept_stat__, n_leapfrog__
 * and the number of divergences, averaged over 20 seeds, agree with rstan 2.21's averages over 20 seeds
 * within 4 standard errors of the difference. Reference numbers from
 * src/test/resources/stan/eight_schools_nuts_stats.R (and its "centered" variant), 4 chains x (1000 + 1000).
 */
class NutsLikeStanTest {
    private static final int SEEDS = 20;
    private static final String[] STATS = {"step size", "accept_stat__", "n_leapfrog__", "divergences"};

    /** {mean, sd over seeds} of each statistic in {@link #STATS} order, from rstan. */
    private static final double[][] STAN_NONCENTERED = {{0.5016, 0.0281}, {0.8885, 0.0121}, {7.342, 0.590},
        {1.45, 1.00}};
    private static final double[][] STAN_CENTERED = {{0.1347, 0.0271}, {0.7158, 0.0929}, {21.770, 5.877},
        {299.40, 192.34}};

    private static double mean(double[][] x) {
        double s = 0;
        int n = 0;
        for (double[] chain : x) {
            for (double v : chain) {
                s += v;
                n++;
            }
        }
        return s / n;
    }

    private static void compare(Parameterization parameterization, double[][] stan) {
        EightSchoolsModel model = EightSchoolsModel.standard(parameterization);
        double[][] perSeed = new double[STATS.length][SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            SamplerRun run = ChainRunner.run(model, SamplerSettings.nuts(4, 1000, 1000, seed), JobContext.none());
            perSeed[0][seed - 1] = mean(run.draws().stat("stepsize__"));
            perSeed[1][seed - 1] = mean(run.draws().stat("accept_stat__"));
            perSeed[2][seed - 1] = mean(run.draws().stat("n_leapfrog__"));
            perSeed[3][seed - 1] = run.divergences();
        }
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < STATS.length; k++) {
            double m = 0;
            for (double v : perSeed[k]) {
                m += v / SEEDS;
            }
            double ss = 0;
            for (double v : perSeed[k]) {
                ss += (v - m) * (v - m);
            }
            double sd = Math.sqrt(ss / (SEEDS - 1));
            double se = Math.sqrt(sd * sd / SEEDS + stan[k][1] * stan[k][1] / SEEDS);
            if (!(Math.abs(m - stan[k][0]) <= 4 * se)) {
                failures.add(String.format("%s: ours %.4f, Stan %.4f, 4 SE %.4f", STATS[k], m, stan[k][0], 4 * se));
            }
        }
        assertTrue(failures.isEmpty(), parameterization + ": " + failures);
    }

    @Test
    void nonCenteredStatisticsMatchStan() {
        compare(Parameterization.NONCENTERED, STAN_NONCENTERED);
    }

    @Test
    void centeredStatisticsMatchStan() {
        compare(Parameterization.CENTERED, STAN_CENTERED);
    }
}
