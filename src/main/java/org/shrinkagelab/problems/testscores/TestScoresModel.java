package org.shrinkagelab.problems.testscores;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The hierarchical model of test scores: mu_global ~ N(0, s^2), theta_i ~ N(0, tau^2),
 * mu_i = mu_global + theta_i, y_ij ~ N(mu_i, sigma^2), with the three scales known. Generates
 * data forwards and computes the exact Gaussian posterior backwards.
 */
public final class TestScoresModel {
    private TestScoresModel() {
    }

    /**
     * Draws mu_global, then every theta_i, then the scores school by school, from one seeded stream,
     * so the same seed and sizes always give the same data.
     */
    public static TestScoresData generate(int schools, int students, TestScoresScales scales, long seed) {
        if (schools < 1 || students < 1) {
            throw new IllegalArgumentException("need at least one school and one student, got " + schools + " and "
                    + students);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double muGlobal = scales.globalSd() * z.sample();
        double[] mu = new double[schools];
        for (int i = 0; i < schools; i++) {
            mu[i] = muGlobal + scales.schoolSd() * z.sample();
        }
        double[][] y = new double[schools][students];
        for (int i = 0; i < schools; i++) {
            for (int j = 0; j < students; j++) {
                y[i][j] = mu[i] + scales.studentSd() * z.sample();
            }
        }
        return new TestScoresData(muGlobal, mu, y);
    }

    /**
     * The exact posterior. Each school's sample mean is sufficient for its mu_i, and with theta_i
     * marginalized ybar_i | mu_global ~ N(mu_global, tau^2 + sigma^2 / n_i); so mu_global | y is
     * normal (a precision-weighted average shrunk towards the prior mean 0), and
     * mu_i | mu_global, y ~ N(lambda_i mu_global + (1 - lambda_i) ybar_i, 1 / (1/tau^2 + n_i/sigma^2))
     * which, averaged over mu_global | y, stays normal with variance increased by lambda_i^2 Var(mu_global | y).
     */
    public static TestScoresPosterior posterior(double[][] scores, TestScoresScales scales) {
        int m = scores.length;
        double tau2 = scales.schoolSd() * scales.schoolSd();
        double sigma2 = scales.studentSd() * scales.studentSd();
        double[] ybar = new TestScoresData(Double.NaN, new double[m], scores).sampleMeans();
        double precision = 1 / (scales.globalSd() * scales.globalSd());
        double weighted = 0;
        for (int i = 0; i < m; i++) {
            double v = tau2 + sigma2 / scores[i].length;
            precision += 1 / v;
            weighted += ybar[i] / v;
        }
        NormalPosterior global = new NormalPosterior(weighted / precision, Math.sqrt(1 / precision));
        NormalPosterior[] schools = new NormalPosterior[m];
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            int n = scores[i].length;
            lambda[i] = sigma2 / (sigma2 + n * tau2);
            double conditionalVar = 1 / (1 / tau2 + n / sigma2);
            double mean = lambda[i] * global.mean() + (1 - lambda[i]) * ybar[i];
            double var = conditionalVar + lambda[i] * lambda[i] * global.sd() * global.sd();
            schools[i] = new NormalPosterior(mean, Math.sqrt(var));
        }
        return new TestScoresPosterior(global, schools, ybar, lambda);
    }
}
