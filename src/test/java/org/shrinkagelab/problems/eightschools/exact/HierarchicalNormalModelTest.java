package org.shrinkagelab.problems.eightschools.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.data.EightSchoolsData;

/** The closed forms of the model against brute-force integration and textbook special cases. */
class HierarchicalNormalModelTest {
    private static final EightSchoolsData DATA = EightSchoolsData.bundled();
    private static final NixPrior COURSE = new NixPrior(0, 0.1, 0.1, 100);

    private static double logNormal(double x, double mean, double var) {
        return -0.5 * Math.log(2 * Math.PI * var) - 0.5 * (x - mean) * (x - mean) / var;
    }

    /** Simpson's rule on n (even) intervals. */
    private static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    /** p(X | tau^2) with mu integrated numerically (theta_s integrated analytically: x_s | mu ~ N(mu, sigma^2 + t)). */
    private static double bruteMarginal(double t, NixPrior prior) {
        return bruteMarginal(t, prior, 40000);
    }

    private static double bruteMarginal(double t, NixPrior prior, int intervals) {
        double[] x = DATA.effects();
        double[] s = DATA.stderrs();
        return simpson(mu -> {
            double l = logNormal(mu, prior.mu0(), t / prior.kappa0());
            for (int i = 0; i < x.length; i++) {
                l += logNormal(x[i], mu, s[i] * s[i] + t);
            }
            return Math.exp(l);
        }, -400, 400, intervals);
    }

    @Test
    void marginalLikelihoodMatchesNumericalIntegrationOverMu() {
        HierarchicalNormalModel model = new HierarchicalNormalModel(DATA, COURSE);
        for (double t : new double[] {0.5, 4, 20, 100, 900}) {
            assertEquals(Math.log(bruteMarginal(t, COURSE)), model.logMarginalLikelihood(t), 1e-9, "t = " + t);
        }
    }

    @Test
    void integratingThetaOutIsTheNormalConvolution() {
        // One school: integral of N(x; theta, sigma^2) N(theta; mu, t) d theta = N(x; mu, sigma^2 + t).
        double x = 28;
        double sigma2 = 225;
        double mu = 3;
        double t = 30;
        double brute = simpson(th -> Math.exp(logNormal(x, th, sigma2) + logNormal(th, mu, t)), -200, 250, 20000);
        assertEquals(logNormal(x, mu, sigma2 + t), Math.log(brute), 1e-10);
    }

    @Test
    void normalizedPosteriorOfTau2MatchesTwoDimensionalBruteForce() {
        // p(tau^2 | X) from a 2-D grid over (mu, tau^2): Simpson in mu inside, Simpson in tau^2 outside.
        HierarchicalNormalModel model = new HierarchicalNormalModel(DATA, COURSE);
        ExactPosterior exact = ExactPosterior.compute(model);
        java.util.function.DoubleUnaryOperator joint = t -> t <= 0 ? 0
                : bruteMarginal(t, COURSE, 4000) * Math.exp(COURSE.logDensityTau2(t));
        // The posterior mass above 20000 is below 1e-12 (the tail decays like t^-5).
        double z = simpson(joint, 0, 50, 1600) + simpson(joint, 50, 2000, 1600) + simpson(joint, 2000, 20000, 400);
        for (double t : new double[] {1, 5, 20, 80, 300}) {
            assertEquals(joint.applyAsDouble(t) / z, exact.densityTau2(t), 1e-7 * exact.densityTau2(t), "t = " + t);
        }
    }

    @Test
    void muGivenTau2MatchesNumericalMoments() {
        HierarchicalNormalModel model = new HierarchicalNormalModel(DATA, new NixPrior(5, 2, 1, 50));
        double[] x = DATA.effects();
        double[] s = DATA.stderrs();
        double t = 12;
        java.util.function.DoubleUnaryOperator post = mu -> {
            double l = logNormal(mu, 5, t / 2);
            for (int i = 0; i < x.length; i++) {
                l += logNormal(x[i], mu, s[i] * s[i] + t);
            }
            return Math.exp(l);
        };
        double z = simpson(post, -100, 100, 20000);
        double m = simpson(mu -> mu * post.applyAsDouble(mu), -100, 100, 20000) / z;
        double v = simpson(mu -> (mu - m) * (mu - m) * post.applyAsDouble(mu), -100, 100, 20000) / z;
        HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
        assertEquals(m, at.mean(), 1e-10);
        assertEquals(v, at.variance(), 1e-10);
    }

    @Test
    void equalStandardErrorsGiveTheTextbookClosedForm() {
        // sigma_s = sigma: xbar | mu, t ~ N(mu, V/J) and SS / V ~ chi^2_{J-1}, V = sigma^2 + t, so
        // p(X | t) = (2 pi V)^{-J/2} exp(-SS / 2V) sqrt(2 pi V / J) N(xbar; mu0, V/J + t/kappa0).
        double[] x = {28, 8, -3, 7, -1, 1, 18, 12};
        double[] s = new double[8];
        java.util.Arrays.fill(s, 12);
        NixPrior prior = new NixPrior(2, 0.5, 3, 40);
        HierarchicalNormalModel model = new HierarchicalNormalModel(x, s, prior);
        double xbar = java.util.Arrays.stream(x).average().orElseThrow();
        double ss = java.util.Arrays.stream(x).map(v -> (v - xbar) * (v - xbar)).sum();
        for (double t : new double[] {0.3, 7, 150}) {
            double v = 144 + t;
            double expected = -4 * Math.log(2 * Math.PI * v) - ss / (2 * v) + 0.5 * Math.log(2 * Math.PI * v / 8)
                    + logNormal(xbar, 2, v / 8 + t / 0.5);
            assertEquals(expected, model.logMarginalLikelihood(t), 1e-12, "t = " + t);
        }
    }

    @Test
    void singleSchoolReducesToNormalNormal() {
        // J = 1: theta ~ N(mu0, t (1 + 1/kappa0)) a priori, x ~ N(theta, sigma^2): conjugate update.
        NixPrior prior = new NixPrior(3, 0.4, 2, 10);
        HierarchicalNormalModel model = new HierarchicalNormalModel(new double[] {20}, new double[] {6}, prior);
        double t = 9;
        double priorVar = t * (1 + 1 / 0.4);
        double precision = 1 / 36.0 + 1 / priorVar;
        double mean = (20 / 36.0 + 3 / priorVar) / precision;
        HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
        assertEquals(mean, model.thetaMean(0, t, at), 1e-12);
        assertEquals(1 / precision, model.thetaVariance(0, t, at), 1e-12);
        assertEquals(logNormal(20, 3, 36 + priorVar), model.logMarginalLikelihood(t), 1e-12);
    }

    @Test
    void priorDensityIsTheScaledInverseChiSquare() {
        // Scaled-Inv-chi^2(nu, s) is Inv-Gamma(nu/2, nu s/2): P(tau^2 <= T) = P(Gamma(nu/2, rate nu s/2) >= 1/T).
        NixPrior prior = new NixPrior(0, 1, 6, 10);
        org.apache.commons.math3.distribution.GammaDistribution precision =
                new org.apache.commons.math3.distribution.GammaDistribution(3, 1 / 30.0);
        for (double upper : new double[] {2, 10, 60}) {
            double mass = simpson(t -> t <= 0 ? 0 : Math.exp(prior.logDensityTau2(t)), 0, upper, 20000);
            assertEquals(1 - precision.cumulativeProbability(1 / upper), mass, 1e-9, "T = " + upper);
        }
    }

    @Test
    void thetaGivenTauMatchesJointIntegrationAndDoubleCountingDoesNot() {
        // Brute force over (mu, theta_1) of the joint p(x | theta) p(theta | mu, t) p(mu | t) prod_{s>1} p(x_s | mu, t).
        HierarchicalNormalModel model = new HierarchicalNormalModel(DATA, COURSE);
        double[] x = DATA.effects();
        double[] s = DATA.stderrs();
        double t = 25;
        int nMu = 700;
        int nTh = 900;
        double muLo = -60;
        double muHi = 80;
        double thLo = -80;
        double thHi = 100;
        double hMu = (muHi - muLo) / nMu;
        double hTh = (thHi - thLo) / nTh;
        double z = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i <= nMu; i++) {
            double mu = muLo + i * hMu;
            double wMu = (i == 0 || i == nMu) ? 1 : (i % 2 == 1 ? 4 : 2);
            double base = logNormal(mu, 0, t / 0.1);
            for (int k = 1; k < x.length; k++) {
                base += logNormal(x[k], mu, s[k] * s[k] + t);
            }
            for (int j = 0; j <= nTh; j++) {
                double th = thLo + j * hTh;
                double wTh = (j == 0 || j == nTh) ? 1 : (j % 2 == 1 ? 4 : 2);
                double f = wMu * wTh * Math.exp(base + logNormal(th, mu, t) + logNormal(x[0], th, s[0] * s[0]) + 40);
                z += f;
                m1 += f * th;
                m2 += f * th * th;
            }
        }
        double mean = m1 / z;
        double var = m2 / z - mean * mean;

        HierarchicalNormalModel.AtTau2 at = model.atTau2(t);
        assertEquals(mean, model.thetaMean(0, t, at), 1e-6);
        assertEquals(var, model.thetaVariance(0, t, at), 1e-5);

        // Using N(mu_hat, t + v_mu) as the prior of theta_1 and updating with x_1 counts x_1 twice.
        double priorVar = t + at.variance();
        double precision = 1 / (s[0] * s[0]) + 1 / priorVar;
        double doubleMean = (x[0] / (s[0] * s[0]) + at.mean() / priorVar) / precision;
        double doubleVar = 1 / precision;
        assertTrue(Math.abs(doubleMean - mean) > 1.0, "double counting moves the mean by " + (doubleMean - mean));
        assertTrue(Math.abs(doubleVar - var) > 0.5, "double counting changes the variance by " + (doubleVar - var));
    }
}
