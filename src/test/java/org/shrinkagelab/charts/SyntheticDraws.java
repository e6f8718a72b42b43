package org.shrinkagelab.charts;

import java.util.List;
import java.util.Random;
import org.shrinkagelab.engine.sample.Draws;

/** Seeded draws shaped like an Eight Schools fit (mu, tau, theta[1..3]) with divergent__ and energy__, for tests. */
public final class SyntheticDraws {
    private SyntheticDraws() {
    }

    /** {@code chains} chains of {@code n} draws; about {@code divergentRate} of them are flagged divergent. */
    public static Draws eightSchoolsLike(int chains, int n, double divergentRate, long seed) {
        Random r = new Random(seed);
        List<String> parameters = List.of("mu", "tau", "theta[1]", "theta[2]", "theta[3]");
        List<String> stats = List.of("divergent__", "energy__");
        double[][][] values = new double[chains][parameters.size() + stats.size()][n];
        for (int c = 0; c < chains; c++) {
            double logTau = 1;
            for (int i = 0; i < n; i++) {
                logTau = 0.7 * logTau + 0.3 + 0.7 * r.nextGaussian();
                double mu = 4 + 3 * r.nextGaussian();
                double tau = Math.exp(logTau);
                values[c][0][i] = mu;
                values[c][1][i] = tau;
                for (int j = 0; j < 3; j++) {
                    values[c][2 + j][i] = mu + tau * r.nextGaussian();
                }
                values[c][5][i] = r.nextDouble() < divergentRate ? 1 : 0;
                values[c][6][i] = 20 + 3 * r.nextGaussian();
            }
        }
        return new Draws(parameters, stats, values, true);
    }
}
