package org.shrinkagelab.problems.asteroids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.stats.Normal;

/**
 * NUTS on the asteroid models against exact references: the hierarchy with the class spreads fixed against
 * {@link FixedSpreadClassMeans} (1-D adaptive quadrature over tau), and the pooled and independent models
 * against a Simpson quadrature over the spread with the mean integrated out in closed form (given sigma the
 * mean is conjugate); every posterior mean within 4 MCSE. Then the shrinkage of the one-asteroid classes.
 */
class AsteroidsNutsTest {
    private static final SamplerSettings FIT = SamplerSettings.nuts(4, 1000, 2000, 11);
    /** Ten per class: 56 asteroids, with the one-, two- and four-asteroid classes kept whole. */
    private static final AsteroidsData DATA = AsteroidsData.bundled().subsample(10, 2026);
    private final AsteroidsProblem problem = new AsteroidsProblem();

    private AsteroidsModel model(ClassParameterization p) {
        Settings s = problem.defaults().with("parameterization", p.toString());
        return AsteroidsSettings.from(s).model().withData(DATA);
    }

    @ParameterizedTest
    @EnumSource(ClassParameterization.class)
    void classMeansWithFixedSpreadsMatchTheExactPosterior(ClassParameterization p) {
        int k = DATA.classes().size();
        double[] sigma = new double[k];
        for (int c = 0; c < k; c++) {
            sigma[c] = 0.35 + 0.05 * c;
        }
        AsteroidsModel fixed = model(p).withFixedSigma(sigma);
        FixedSpreadClassMeans.Result exact = FixedSpreadClassMeans.compute(DATA, sigma, fixed.mu0Prior(),
                fixed.tauPrior());
        assertTrue(exact.converged());
        AsteroidsAnalysis a = AsteroidsAnalysis.fit(fixed, FIT, JobContext.none(), null, false);
        List<String> failures = new ArrayList<>();
        check(a, "tau", exact.tau()[0], failures);
        check(a, "mu_0", exact.mu0()[0], failures);
        for (int c = 0; c < k; c++) {
            check(a, "mu_class[" + DATA.classes().get(c) + "]", exact.classMean().get(c)[0], failures);
        }
        assertTrue(failures.isEmpty(), p + ": " + failures);
        assertEquals(List.of(), a.draws().parameters().stream().filter(n -> n.startsWith("sigma")).toList(),
                "fixed spreads are data, not parameters");
    }

    @Test
    void pooledModelMatchesQuadratureOverSigma() {
        AsteroidsModel pooled = model(ClassParameterization.CENTERED).withKind(AsteroidsModel.Kind.POOLED);
        AsteroidsAnalysis a = AsteroidsAnalysis.fit(pooled, FIT, JobContext.none(), null, false);
        double[] exact = NormalWithUnknownSpread.posteriorMeans(DATA.logAlbedos(), pooled.mu0Prior().mean(),
                pooled.mu0Prior().sd(), AsteroidsModel.SPREAD_SCALE);
        List<String> failures = new ArrayList<>();
        check(a, "mu", exact[0], failures);
        check(a, "sigma", exact[1], failures);
        assertTrue(failures.isEmpty(), failures.toString());
        // the figure's predictive density is a density: trapezoid over mu +- 12 sigma
        double[] x = new double[2001];
        for (int i = 0; i < x.length; i++) {
            x[i] = -12 + 14.0 * i / (x.length - 1);
        }
        double[] f = AsteroidsFigures.PredictiveDensity.of(a, "MBA", x, 50);
        double integral = 0;
        for (int i = 1; i < x.length; i++) {
            integral += 0.5 * (f[i] + f[i - 1]) * (x[i] - x[i - 1]);
        }
        assertEquals(1, integral, 1e-6);
    }

    /** Independent classes factorize: each class's posterior is the pooled posterior of its own asteroids. */
    @Test
    void independentModelMatchesQuadratureClassByClass() {
        AsteroidsModel independent = model(ClassParameterization.CENTERED).withKind(AsteroidsModel.Kind.INDEPENDENT);
        AsteroidsAnalysis a = AsteroidsAnalysis.fit(independent, FIT, JobContext.none(), null, false);
        List<String> failures = new ArrayList<>();
        double[] y = DATA.logAlbedos();
        int[] index = DATA.classIndex();
        for (int c = 0; c < DATA.classes().size(); c++) {
            int k = c;
            double[] own = java.util.stream.IntStream.range(0, y.length).filter(i -> index[i] == k)
                    .mapToDouble(i -> y[i]).toArray();
            double[] exact = NormalWithUnknownSpread.posteriorMeans(own, independent.mu0Prior().mean(),
                    independent.mu0Prior().sd(), AsteroidsModel.SPREAD_SCALE);
            String code = DATA.classes().get(c);
            check(a, "mu_class[" + code + "]", exact[0], failures);
            check(a, "sigma_class[" + code + "]", exact[1], failures);
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /**
     * A class of one asteroid is pulled from its own value towards the population mean mu_0, and much further
     * than the main belt's 10: its shrinkage fraction (posterior - sample) / (mu_0 - sample) is larger.
     */
    @Test
    void oneAsteroidClassesShrinkTowardsThePopulationMean() {
        AsteroidsModel h = model(ClassParameterization.CENTERED);
        AsteroidsAnalysis a = AsteroidsAnalysis.fit(h, FIT, JobContext.none(), null, false);
        double mu0 = a.summary("mu_0").mean();
        double[] sample = AsteroidsAnalysis.sampleMeans(DATA);
        double[][] post = a.classMeans();
        int mba = DATA.classes().indexOf("MBA");
        double mbaFraction = (post[mba][0] - sample[mba]) / (mu0 - sample[mba]);
        for (String code : List.of("IMB", "AST")) {
            int c = DATA.classes().indexOf(code);
            assertEquals(1, DATA.classCounts().get(code));
            ParameterSummary s = a.summary("mu_class[" + code + "]");
            double lo = Math.min(sample[c], mu0);
            double hi = Math.max(sample[c], mu0);
            assertTrue(s.mean() > lo + 4 * s.mcseMean() && s.mean() < hi - 4 * s.mcseMean(),
                    code + ": posterior " + s.mean() + " not between sample " + sample[c] + " and mu_0 " + mu0);
            double fraction = (s.mean() - sample[c]) / (mu0 - sample[c]);
            assertTrue(fraction > mbaFraction + 0.2, code + " shrinks by " + fraction + ", MBA by " + mbaFraction);
        }
    }

    private static void check(AsteroidsAnalysis a, String name, double exact, List<String> failures) {
        ParameterSummary s = a.summary(name);
        if (Math.abs(s.mean() - exact) > 4 * s.mcseMean()) {
            failures.add(name + ": NUTS " + s.mean() + " ± " + s.mcseMean() + ", exact " + exact);
        }
    }

    /**
     * y_i ~ N(mu, sigma), mu ~ N(m, s), sigma ~ half-normal(scale): given sigma the mean is conjugate, so the
     * posterior means of mu and sigma are 1-D integrals over sigma (Simpson on 4,000 intervals of (0, 10 scale]).
     */
    static final class NormalWithUnknownSpread {
        private NormalWithUnknownSpread() {
        }

        static double[] posteriorMeans(double[] y, double m, double s, double scale) {
            int n = y.length;
            double mean = Arrays.stream(y).average().orElseThrow();
            double ss = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum();
            int intervals = 4000;
            double top = 10 * scale;
            double h = top / intervals;
            double[] logW = new double[intervals + 1];
            double max = Double.NEGATIVE_INFINITY;
            for (int g = 0; g <= intervals; g++) {
                // at sigma -> 0 the weight vanishes for n > 1 and tends to p(ybar) for n = 1 (ss = 0)
                double sigma = Math.max(g * h, 1e-12);
                double v = sigma * sigma;
                logW[g] = -0.5 * v / (scale * scale) - 0.5 * n * Math.log(2 * Math.PI * v) - ss / (2 * v)
                        + 0.5 * Math.log(2 * Math.PI * v / n) + Normal.logPdf(mean, m, Math.sqrt(s * s + v / n));
                max = Math.max(max, logW[g]);
            }
            double z = 0;
            double mu = 0;
            double sd = 0;
            for (int g = 0; g <= intervals; g++) {
                double sigma = Math.max(g * h, 1e-12);
                double v = sigma * sigma;
                double simpson = g == 0 || g == intervals ? 1 : g % 2 == 1 ? 4 : 2;
                double w = simpson * Math.exp(logW[g] - max);
                double precision = 1 / (s * s) + n / v;
                double muGiven = (m / (s * s) + n * mean / v) / precision;
                z += w;
                mu += w * muGiven;
                sd += w * sigma;
            }
            return new double[] {mu / z, sd / z};
        }
    }
}
