package org.shrinkagelab.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;

/**
 * Each log density against commons-math3's distribution (the half- and inverse families through the
 * change-of-variables identities), and each partial derivative against central finite differences.
 */
class LogDensitiesTest {
    private static final double[][] POINTS = {{0.3, 1.7, 2.5}, {4.2, 0.8, 0.6}, {1.1, 3.0, 7.0}, {0.05, 2.2, 1.3}};

    /** Central difference of f in argument i with h = 1e-6 relative: truncation ~1e-12, rounding ~1e-10. */
    private static void checkPartials(String name, ToDoubleFunction<double[]> f,
            List<ToDoubleFunction<double[]>> partials, double[] point) {
        for (int i = 0; i < partials.size(); i++) {
            double h = 1e-6 * Math.max(1, Math.abs(point[i]));
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
            int arg = i;
            assertEquals(fd, partials.get(i).applyAsDouble(point), 1e-7 * Math.max(1, Math.abs(fd)),
                    () -> name + " partial " + arg + " at " + java.util.Arrays.toString(point));
        }
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void normal() {
        for (double[] p : POINTS) {
            double x = p[0] * 3 - 2;
            close(new NormalDistribution(p[1], p[2]).logDensity(x), Normal.logPdf(x, p[1], p[2]), "normal");
            close(Normal.logPdf(x, p[1], p[2]), Normal.logPdf(x, p[1], p[2], Math.log(p[2])), "normal logSigma");
            checkPartials("normal", a -> Normal.logPdf(a[0], a[1], a[2]), List.of(a -> Normal.dx(a[0], a[1], a[2]),
                    a -> Normal.dMu(a[0], a[1], a[2]), a -> Normal.dSigma(a[0], a[1], a[2])), new double[] {x, p[1], p[2]});
        }
    }

    @Test
    void standardNormalCdf() {
        NormalDistribution reference = new NormalDistribution(0, 1);
        for (double z = -9; z <= 9; z += 0.01) {
            assertEquals(reference.cumulativeProbability(z), Normal.standardCdf(z), 2e-15, "Phi(" + z + ")");
        }
    }

    @Test
    void cauchyAndHalfCauchy() {
        for (double[] p : POINTS) {
            double x = p[0] * 3 - 2;
            close(new CauchyDistribution(p[1], p[2]).logDensity(x), Cauchy.logPdf(x, p[1], p[2]), "cauchy");
            checkPartials("cauchy", a -> Cauchy.logPdf(a[0], a[1], a[2]), List.of(a -> Cauchy.dx(a[0], a[1], a[2]),
                    a -> Cauchy.dMu(a[0], a[1], a[2]), a -> Cauchy.dSigma(a[0], a[1], a[2])), new double[] {x, p[1], p[2]});
            close(Math.log(2) + new CauchyDistribution(0, p[2]).logDensity(p[0]), HalfCauchy.logPdf(p[0], p[2]),
                    "half-cauchy");
            checkPartials("half-cauchy", a -> HalfCauchy.logPdf(a[0], a[1]), List.of(a -> HalfCauchy.dx(a[0], a[1]),
                    a -> HalfCauchy.dSigma(a[0], a[1])), new double[] {p[0], p[2]});
        }
        assertEquals(Double.NEGATIVE_INFINITY, HalfCauchy.logPdf(-1, 1));
    }

    @Test
    void halfNormal() {
        for (double[] p : POINTS) {
            close(Math.log(2) + new NormalDistribution(0, p[2]).logDensity(p[0]), HalfNormal.logPdf(p[0], p[2]),
                    "half-normal");
            checkPartials("half-normal", a -> HalfNormal.logPdf(a[0], a[1]), List.of(a -> HalfNormal.dx(a[0], a[1]),
                    a -> HalfNormal.dSigma(a[0], a[1])), new double[] {p[0], p[2]});
        }
        assertEquals(Double.NEGATIVE_INFINITY, HalfNormal.logPdf(-1, 1));
    }

    @Test
    void studentTAndHalfStudentT() {
        for (double[] p : POINTS) {
            double x = p[0] * 3 - 2;
            double nu = p[1];
            double expected = new TDistribution(nu).logDensity((x - 0.7) / p[2]) - Math.log(p[2]);
            close(expected, StudentT.logPdf(x, nu, 0.7, p[2]), "student-t");
            close(expected, StudentT.logPdf(x, nu, 0.7, p[2], Math.log(p[2]), StudentT.logNormalizer(nu)), "t cached");
            checkPartials("student-t", a -> StudentT.logPdf(a[0], a[1], a[2], a[3]),
                    List.of(a -> StudentT.dx(a[0], a[1], a[2], a[3]), a -> StudentT.dNu(a[0], a[1], a[2], a[3]),
                            a -> StudentT.dMu(a[0], a[1], a[2], a[3]), a -> StudentT.dSigma(a[0], a[1], a[2], a[3])),
                    new double[] {x, nu, 0.7, p[2]});
            close(Math.log(2) + new TDistribution(nu).logDensity(p[0] / p[2]) - Math.log(p[2]),
                    HalfStudentT.logPdf(p[0], nu, p[2]), "half-student-t");
            checkPartials("half-student-t", a -> HalfStudentT.logPdf(a[0], a[1], a[2]),
                    List.of(a -> HalfStudentT.dx(a[0], a[1], a[2]), a -> HalfStudentT.dNu(a[0], a[1], a[2]),
                            a -> HalfStudentT.dSigma(a[0], a[1], a[2])), new double[] {p[0], nu, p[2]});
        }
    }

    @Test
    void exponential() {
        for (double[] p : POINTS) {
            close(new ExponentialDistribution(1 / p[1]).logDensity(p[0]), Exponential.logPdf(p[0], p[1]), "exp");
            checkPartials("exponential", a -> Exponential.logPdf(a[0], a[1]), List.of(a -> Exponential.dx(a[0], a[1]),
                    a -> Exponential.dRate(a[0], a[1])), new double[] {p[0], p[1]});
        }
        assertEquals(Double.NEGATIVE_INFINITY, Exponential.logPdf(-0.1, 1));
    }

    @Test
    void uniform() {
        for (double[] p : POINTS) {
            double lo = -p[1];
            double hi = p[2];
            double x = 0.5 * (lo + hi);
            close(new UniformRealDistribution(lo, hi).logDensity(x), Uniform.logPdf(x, lo, hi), "uniform");
            checkPartials("uniform", a -> Uniform.logPdf(a[0], a[1], a[2]), List.of(a -> Uniform.dx(a[0], a[1], a[2]),
                    a -> Uniform.dLower(a[0], a[1], a[2]), a -> Uniform.dUpper(a[0], a[1], a[2])),
                    new double[] {x, lo, hi});
            assertEquals(Double.NEGATIVE_INFINITY, Uniform.logPdf(hi + 1e-9, lo, hi));
        }
    }

    @Test
    void gammaAndInverseGamma() {
        for (double[] p : POINTS) {
            GammaDistribution g = new GammaDistribution(p[1], 1 / p[2]);
            close(g.logDensity(p[0]), GammaDensity.logPdf(p[0], p[1], p[2]), "gamma");
            checkPartials("gamma", a -> GammaDensity.logPdf(a[0], a[1], a[2]),
                    List.of(a -> GammaDensity.dx(a[0], a[1], a[2]), a -> GammaDensity.dAlpha(a[0], a[1], a[2]),
                            a -> GammaDensity.dBeta(a[0], a[1], a[2])), new double[] {p[0], p[1], p[2]});
            // 1/x ~ Gamma(alpha, rate beta) if x ~ InvGamma(alpha, beta); |d(1/x)/dx| = 1/x^2
            close(g.logDensity(1 / p[0]) - 2 * Math.log(p[0]), InverseGamma.logPdf(p[0], p[1], p[2]), "inv-gamma");
            checkPartials("inv-gamma", a -> InverseGamma.logPdf(a[0], a[1], a[2]),
                    List.of(a -> InverseGamma.dx(a[0], a[1], a[2]), a -> InverseGamma.dAlpha(a[0], a[1], a[2]),
                            a -> InverseGamma.dBeta(a[0], a[1], a[2])), new double[] {p[0], p[1], p[2]});
        }
        assertEquals(Double.NEGATIVE_INFINITY, InverseGamma.logPdf(0, 1, 1));
    }

    @Test
    void scaledInverseChiSquared() {
        for (double[] p : POINTS) {
            double nu = p[1];
            double s = p[2];
            GammaDistribution g = new GammaDistribution(nu / 2, 2 / (nu * s * s));
            close(g.logDensity(1 / p[0]) - 2 * Math.log(p[0]), ScaledInverseChiSquared.logPdf(p[0], nu, s),
                    "scaled-inv-chi2");
            checkPartials("scaled-inv-chi2", a -> ScaledInverseChiSquared.logPdf(a[0], a[1], a[2]),
                    List.of(a -> ScaledInverseChiSquared.dx(a[0], a[1], a[2]),
                            a -> ScaledInverseChiSquared.dNu(a[0], a[1], a[2]),
                            a -> ScaledInverseChiSquared.dS(a[0], a[1], a[2])), new double[] {p[0], nu, s});
        }
    }

    @Test
    void logNormal() {
        for (double[] p : POINTS) {
            close(new LogNormalDistribution(p[1] - 2, p[2]).logDensity(p[0]), LogNormal.logPdf(p[0], p[1] - 2, p[2]),
                    "log-normal");
            checkPartials("log-normal", a -> LogNormal.logPdf(a[0], a[1], a[2]),
                    List.of(a -> LogNormal.dx(a[0], a[1], a[2]), a -> LogNormal.dMu(a[0], a[1], a[2]),
                            a -> LogNormal.dSigma(a[0], a[1], a[2])), new double[] {p[0], p[1] - 2, p[2]});
        }
    }

    /** Von Mises has no commons-math3 distribution: its density must integrate to 1 over a period. */
    @Test
    void vonMises() {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(10, 1e-13, 1e-14);
        for (double[] p : POINTS) {
            double mu = p[1];
            double kappa = p[2] * 5;
            double total = integrator.integrate(100000, x -> Math.exp(VonMises.logPdf(x, mu, kappa)),
                    mu - Math.PI, mu + Math.PI);
            assertEquals(1, total, 1e-10, "von Mises normalization at kappa " + kappa);
            checkPartials("von Mises", a -> VonMises.logPdf(a[0], a[1], a[2]),
                    List.of(a -> VonMises.dx(a[0], a[1], a[2]), a -> VonMises.dMu(a[0], a[1], a[2]),
                            a -> VonMises.dKappa(a[0], a[1], a[2])), new double[] {p[0], mu, kappa});
        }
    }

    @Test
    void bernoulliLogit() {
        for (double alpha : new double[] {-40, -3, -0.2, 0, 0.7, 5, 40}) {
            double prob = 1 / (1 + Math.exp(-alpha));
            for (int y = 0; y <= 1; y++) {
                int outcome = y;
                if (prob > 0 && prob < 1) {
                    close(new BinomialDistribution(1, prob).logProbability(y), BernoulliLogit.logPmf(y, alpha),
                            "bernoulli-logit");
                }
                checkPartials("bernoulli-logit", a -> BernoulliLogit.logPmf(outcome, a[0]),
                        List.of(a -> BernoulliLogit.dAlpha(outcome, a[0])), new double[] {alpha});
            }
        }
        close(-40 - Math.log1p(Math.exp(-40)), BernoulliLogit.logPmf(0, 40), "no overflow for large alpha");
        assertThrows(IllegalArgumentException.class, () -> BernoulliLogit.logPmf(2, 0));
    }
}
