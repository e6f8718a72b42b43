package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Declarations the example models do not make: a mixture over parameters rather than data, a Student-t with an
 * unknown nu and one with a known nu per observation, a Cauchy of a negated parameter, a bare target term, the logistic of a parameter, the difference
 * of two vectors.
 * Each declaration's log density against the density written out here (Jacobians included), its gradient against
 * central differences of that, and each observation's pointwise log-likelihood against its term.
 */
class StatementFormsTest {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] Y = {1.2, -0.4, 2.5, 0.3, -1.1, 0.8};
    private static final double[] SIGMA = {0.7, 1.1, 0.9, 1.4, 0.6, 1.0};
    /** A known nu per observation, all different, so that each observation's normalizer is its own. */
    private static final double[] NU = {3, 5, 1.5, 10, 4, 7};
    private static final int N = Y.length;

    private static double lpdf(double x, double m, double s) {
        double z = (x - m) / s;
        return -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
    }

    /** log t(x | nu, m, s) = log Gamma((nu + 1) / 2) - log Gamma(nu / 2) - log(nu pi) / 2 - log s - (nu + 1) / 2 log(1 + z^2 / nu). */
    private static double studentT(double x, double nu, double m, double s) {
        double z = (x - m) / s;
        return Gamma.logGamma(0.5 * (nu + 1)) - Gamma.logGamma(0.5 * nu) - 0.5 * Math.log(nu * Math.PI) - Math.log(s)
                - 0.5 * (nu + 1) * Math.log(1 + z * z / nu);
    }

    /** log(w N(x | m1, s1) + (1 - w) N(x | m2, s2)), the densities summed directly. */
    private static double mixture(double x, double w, double m1, double s1, double m2, double s2) {
        return Math.log(w * Math.exp(lpdf(x, m1, s1)) + (1 - w) * Math.exp(lpdf(x, m2, s2)));
    }

    /**
     * A declaration built when the test runs and its log density in closed form.
     *
     * @param declaration the declaration
     * @param reference   the log density at q, Jacobians included
     * @param pointwise   observation i's log density at q, for declarations with observations (else null)
     */
    record Case(Supplier<DeclaredModel> declaration, ToDoubleFunction<double[]> reference, Term pointwise) {
    }

    /** Observation i's log density at q. */
    interface Term {
        double at(double[] q, int i);
    }

    static Stream<Named<Case>> cases() {
        return Stream.of(
                Named.of("a scalar parameter x ~ mixture with known arguments", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr x = m.real("x");
                    m.normalMixture(x, m.constant(0.3), m.constant(-1), m.constant(0.5), m.constant(2),
                            m.constant(1.5));
                    return m.build();
                }, q -> mixture(q[0], 0.3, -1, 0.5, 2, 1.5), null)),
                Named.of("a parameter vector x ~ mixture with unknown weight, locs and scales", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr x = m.realVector("x", 4);
                    Expr w = m.bounded("w", 0, 1);
                    Expr m1 = m.real("m1");
                    Expr s1 = m.positive("s1");
                    Expr m2 = m.real("m2");
                    Expr s2 = m.positive("s2");
                    m.normal(m1, 0, 3);
                    m.normal(m2, 0, 3);
                    m.halfNormal(s1, 1);
                    m.halfNormal(s2, 1);
                    m.normalMixture(x, w, m1, s1, m2, s2);
                    return m.build();
                }, q -> {
                    double w = 1 / (1 + Math.exp(-q[4]));
                    double s1 = Math.exp(q[6]);
                    double s2 = Math.exp(q[8]);
                    // w's flat prior on (0, 1) adds only the logit's Jacobian log w (1 - w)
                    double lp = Math.log(w * (1 - w)) + lpdf(q[5], 0, 3) + lpdf(q[7], 0, 3)
                            + Math.log(2) + lpdf(s1, 0, 1) + q[6] + Math.log(2) + lpdf(s2, 0, 1) + q[8];
                    for (int i = 0; i < 4; i++) {
                        lp += mixture(q[i], w, q[5], s1, q[7], s2);
                    }
                    return lp;
                }, null)),
                Named.of("x ~ Student-t(nu, 0.5, 2) with nu unknown", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr x = m.realVector("x", 3);
                    Expr nu = m.positive("nu");
                    m.exponential(nu, m.constant(0.1));
                    m.studentT(x, nu, m.constant(0.5), m.constant(2));
                    return m.build();
                }, q -> {
                    double nu = Math.exp(q[3]);
                    double lp = Math.log(0.1) - 0.1 * nu + q[3];
                    for (int i = 0; i < 3; i++) {
                        lp += studentT(q[i], nu, 0.5, 2);
                    }
                    return lp;
                }, null)),
                Named.of("a scalar parameter x ~ Cauchy(-mu, s), unknown arguments", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr x = m.real("x");
                    Expr mu = m.real("mu");
                    Expr s = m.positive("s");
                    m.normal(mu, 0, 2);
                    m.halfNormal(s, 1);
                    m.cauchy(x, mu.negate(), s);
                    return m.build();
                }, q -> {
                    double s = Math.exp(q[2]);
                    double z = (q[0] + q[1]) / s;
                    return -Math.log(Math.PI) - Math.log(s) - Math.log1p(z * z) + lpdf(q[1], 0, 2) + Math.log(2)
                            + lpdf(s, 0, 1) + q[2];
                }, null)),
                Named.of("data y ~ Student-t(nu_i, mu, s), a known nu per observation", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr mu = m.real("mu");
                    Expr s = m.positive("s");
                    m.normal(mu, 0, 5);
                    m.halfNormal(s, 2);
                    m.studentT(m.data(Y), m.data(NU), mu, s);
                    return m.build();
                }, q -> {
                    double s = Math.exp(q[1]);
                    double lp = lpdf(q[0], 0, 5) + Math.log(2) + lpdf(s, 0, 2) + q[1];
                    for (int i = 0; i < N; i++) {
                        lp += studentT(Y[i], NU[i], q[0], s);
                    }
                    return lp;
                }, (q, i) -> studentT(Y[i], NU[i], q[0], Math.exp(q[1])))),
                Named.of("data y ~ Normal(logistic(u), 0.5)", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr u = m.real("u");
                    m.normal(u, 0, 2);
                    m.normal(m.data(Y), u.logistic(), m.constant(0.5));
                    return m.build();
                }, q -> {
                    double lp = lpdf(q[0], 0, 2);
                    for (int i = 0; i < N; i++) {
                        lp += lpdf(Y[i], 1 / (1 + Math.exp(-q[0])), 0.5);
                    }
                    return lp;
                }, (q, i) -> lpdf(Y[i], 1 / (1 + Math.exp(-q[0])), 0.5))),
                Named.of("target += -(x_i - 1)^2 / 2 over a vector, a Gaussian stated as a plain term", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr x = m.realVector("x", 3);
                    m.target(x.minus(1).square().times(-0.5));
                    return m.build();
                }, q -> {
                    double lp = 0;
                    for (int i = 0; i < 3; i++) {
                        lp -= 0.5 * (q[i] - 1) * (q[i] - 1);
                    }
                    return lp;
                }, null)),
                Named.of("data y ~ Normal(a - b, sigma), a and b vectors", new Case(() -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr a = m.realVector("a", N);
                    Expr b = m.realVector("b", N);
                    m.normal(a, 0, 2);
                    m.normal(b, 1, 3);
                    m.normal(m.data(Y), a.minus(b), m.data(SIGMA));
                    return m.build();
                }, q -> {
                    double lp = 0;
                    for (int i = 0; i < N; i++) {
                        lp += lpdf(q[i], 0, 2) + lpdf(q[N + i], 1, 3) + lpdf(Y[i], q[i] - q[N + i], SIGMA[i]);
                    }
                    return lp;
                }, (q, i) -> lpdf(Y[i], q[i] - q[N + i], SIGMA[i]))));
    }

    private static double[][] points(int d, long seed) {
        return CentralDifferences.points(d, 8, 1.5, 0, seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logDensityAndGradientAreTheWrittenOutOnes(Case c) {
        DeclaredModel model = c.declaration().get();
        for (double[] q : points(model.dimension(), 3)) {
            CentralDifferences.assertLogDensityAndGradient("fused", model, c.reference(), q);
            CentralDifferences.assertLogDensityAndGradient("statement by statement", model.unfused(), c.reference(), q);
        }
    }

    /** 1 / (1 + e^-u) for large u and e^u / (1 + e^u) for large negative u: neither overflows to inf / inf. */
    @Test
    void logisticStaysFiniteAndInsideForLargeArguments() {
        ModelBuilder m = new ModelBuilder();
        Expr u = m.realVector("u", 4);
        m.output("p", u.logistic());
        DeclaredModel model = m.build();
        double[] out = new double[model.outputNames().size()];
        model.outputs(new double[] {800, -800, 720, -720}, out);
        int p = model.outputNames().indexOf("p[1]");
        assertEquals(1, out[p], 0);
        assertEquals(0, out[p + 1], 0);
        assertEquals(1, out[p + 2], 0);
        assertEquals(Math.exp(-720), out[p + 3], 1e-12 * Math.exp(-720));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pointwiseLogLikelihoodIsEachObservationsTerm(Case c) {
        DeclaredModel model = c.declaration().get();
        if (c.pointwise() == null) {
            assertEquals(0, model.observations());
            return;
        }
        double[] out = new double[model.observations()];
        assertEquals(N, out.length);
        for (double[] q : points(model.dimension(), 5)) {
            model.logLikelihood(q, out);
            for (int i = 0; i < N; i++) {
                assertEquals(c.pointwise().at(q, i), out[i], 1e-12 * (1 + Math.abs(out[i])), "observation " + i);
            }
        }
    }
}
