package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Non-centered groups x = loc + scale z (the loc-scale step) with each shape of loc and scale: scalars, a gathered
 * loc, a scale per element, a data loc, with the step folded into the observations and kept as its own step. Each
 * against its log density written out, its gradient against central differences of that, its outputs x[i] against
 * loc_i + scale_i z_i, and the centered declaration's density, which is the same up to the Jacobian sum log scale_i.
 */
class NonCenteredGroupTest {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] Y = {1.2, -0.4, 2.5, 0.3, -1.1, 0.8};
    private static final double[] SIGMA = {0.7, 1.1, 0.9, 1.4, 0.6, 1.0};
    private static final double[] LOC = {0.5, -1.0, 1.5, 0.0, 2.0, -0.5};
    private static final int[] GROUP = {0, 1, 2, 0, 1, 2};
    private static final int N = Y.length;

    /** log N(x | m, s), written out. */
    private static double lpdf(double x, double m, double s) {
        double z = (x - m) / s;
        return -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
    }

    /** log of the half-normal density 2 N(x | 0, s) on x > 0. */
    private static double halfNormal(double x, double s) {
        return Math.log(2) + lpdf(x, 0, s);
    }

    /**
     * A group declared either way, its hyperparameters' terms at a non-centered point (Jacobians included), and
     * loc_i and scale_i there; the non-centered coordinates z come last.
     *
     * @param declare     the declaration with the given centering
     * @param hyperprior  the log density of the coordinates before z (their priors and Jacobians)
     * @param loc         loc_i at q
     * @param scale       scale_i at q
     * @param hyper       the number of coordinates before z
     * @param stepsSaved  gradient steps the fused declaration saves: 2 when the observations take the loc-scale step
     *                    and the offsets' prior joins their loop, else 0
     */
    record Case(Function<Centering, DeclaredModel> declare, ToDoubleFunction<double[]> hyperprior, Element loc,
            Element scale, int hyper, int stepsSaved) {
    }

    /** Element i of a vector that depends on the point. */
    interface Element {
        double at(double[] q, int i);
    }

    private static Named<Case> named(String name, Case c) {
        return Named.of(name, c);
    }

    /** phi ~ N(0, 3), mu ~ N(0, 5), tau ~ N+(0, 2), theta ~ N(mu, tau) observed; theta^2 an output when read elsewhere. */
    private static DeclaredModel scalarLocAndScale(Centering c, boolean readElsewhere) {
        ModelBuilder m = new ModelBuilder();
        Expr phi = m.real("phi");
        m.normal(phi, 0, 3);
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 5);
        m.halfNormal(tau, 2);
        Expr theta = m.normalGroup("theta", "z", N, mu, tau, c);
        if (readElsewhere) {
            m.output("theta_squared", theta.square());
        }
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return m.build();
    }

    private static double scalarHyperprior(double[] q) {
        return lpdf(q[0], 0, 3) + lpdf(q[1], 0, 5) + halfNormal(Math.exp(q[2]), 2) + q[2];
    }

    static Stream<Named<Case>> cases() {
        return Stream.of(
                named("scalar loc and scale, folded into the observations, another parameter first", new Case(c ->
                        scalarLocAndScale(c, false), NonCenteredGroupTest::scalarHyperprior, (q, i) -> q[1],
                        (q, i) -> Math.exp(q[2]), 3, 2)),
                named("scalar loc and scale, the group read by another output", new Case(c ->
                        scalarLocAndScale(c, true), NonCenteredGroupTest::scalarHyperprior, (q, i) -> q[1],
                        (q, i) -> Math.exp(q[2]), 3, 0)),
                named("gathered loc, scalar scale", new Case(c -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr mu = m.realVector("mu", 3);
                    Expr tau = m.positive("tau");
                    m.normal(mu, 0, 5);
                    m.halfNormal(tau, 2);
                    Expr theta = m.normalGroup("theta", "z", N, mu.at(GROUP), tau, c);
                    m.normal(m.data(Y), theta, m.data(SIGMA));
                    return m.build();
                }, q -> lpdf(q[0], 0, 5) + lpdf(q[1], 0, 5) + lpdf(q[2], 0, 5) + halfNormal(Math.exp(q[3]), 2) + q[3],
                        (q, i) -> q[GROUP[i]], (q, i) -> Math.exp(q[3]), 4, 0)),
                named("scalar loc, a scale per element", new Case(c -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr mu = m.real("mu");
                    Expr s = m.positiveVector("s", N);
                    m.normal(mu, 0, 5);
                    m.halfNormal(s, 2);
                    Expr theta = m.normalGroup("theta", "z", N, mu, s, c);
                    m.normal(m.data(Y), theta, m.data(SIGMA));
                    return m.build();
                }, q -> {
                    double lp = lpdf(q[0], 0, 5);
                    for (int i = 0; i < N; i++) {
                        lp += halfNormal(Math.exp(q[1 + i]), 2) + q[1 + i];
                    }
                    return lp;
                }, (q, i) -> q[0], (q, i) -> Math.exp(q[1 + i]), 1 + N, 0)),
                named("data loc per element, scalar scale", new Case(c -> {
                    ModelBuilder m = new ModelBuilder();
                    Expr tau = m.positive("tau");
                    m.halfNormal(tau, 2);
                    Expr theta = m.normalGroup("theta", "z", N, m.data(LOC), tau, c);
                    m.normal(m.data(Y), theta, m.data(SIGMA));
                    return m.build();
                }, q -> halfNormal(Math.exp(q[0]), 2) + q[0], (q, i) -> LOC[i], (q, i) -> Math.exp(q[0]), 1, 0)));
    }

    /** The non-centered log density written out: hyperpriors, z_i ~ N(0, 1), y_i ~ N(loc_i + scale_i z_i, sigma_i). */
    private static double reference(Case c, double[] q) {
        double lp = c.hyperprior().applyAsDouble(q);
        for (int i = 0; i < N; i++) {
            double z = q[c.hyper() + i];
            lp += lpdf(z, 0, 1) + lpdf(Y[i], c.loc().at(q, i) + c.scale().at(q, i) * z, SIGMA[i]);
        }
        return lp;
    }

    private static double[][] points(int d, long seed) {
        return CentralDifferences.points(d, 8, 1.5, 0, seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logDensityAndGradientAreTheWrittenOutOnes(Case c) {
        DeclaredModel model = c.declare().apply(Centering.NONCENTERED);
        assertEquals(c.hyper() + N, model.dimension());
        assertEquals(model.unfused().gradientSteps() - c.stepsSaved(), model.gradientSteps(), "gradient steps");
        for (double[] q : points(model.dimension(), 3)) {
            CentralDifferences.assertLogDensityAndGradient("non-centered", model, x -> reference(c, x), q);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputsAreLocPlusScaleTimesTheOffsets(Case c) {
        DeclaredModel model = c.declare().apply(Centering.NONCENTERED);
        List<String> names = model.outputNames();
        int first = names.indexOf("theta[1]");
        assertTrue(first >= 0, () -> "theta[1] among " + names);
        double[] out = new double[names.size()];
        for (double[] q : points(model.dimension(), 5)) {
            model.outputs(q, out);
            for (int i = 0; i < N; i++) {
                assertEquals("theta[" + (i + 1) + "]", names.get(first + i));
                double x = c.loc().at(q, i) + c.scale().at(q, i) * q[c.hyper() + i];
                assertEquals(x, out[first + i], 1e-12 * (1 + Math.abs(x)), names.get(first + i));
            }
        }
    }

    /**
     * The same draw theta in both forms: the non-centered density of z is the centered density of theta = loc +
     * scale z times |d theta / d z| = prod scale_i, so the log densities differ by sum log scale_i.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void centeredAndNonCenteredDifferByTheJacobianOfTheOffsets(Case c) {
        DeclaredModel noncentered = c.declare().apply(Centering.NONCENTERED);
        DeclaredModel centered = c.declare().apply(Centering.CENTERED);
        double[] out = new double[noncentered.outputNames().size()];
        double[] qc = new double[centered.dimension()];
        for (double[] q : points(noncentered.dimension(), 7)) {
            noncentered.outputs(q, out);
            double[] centeredOut = new double[centered.outputNames().size()];
            for (int k = 0; k < centeredOut.length; k++) {
                centeredOut[k] = out[noncentered.outputNames().indexOf(centered.outputNames().get(k))];
            }
            centered.unconstrain(centeredOut, qc);
            double logJacobian = 0;
            for (int i = 0; i < N; i++) {
                logJacobian += Math.log(c.scale().at(q, i));
            }
            double lpc = centered.logDensity(qc);
            assertEquals(lpc + logJacobian, noncentered.logDensity(q), 1e-10 * (1 + Math.abs(lpc)));
        }
    }
}
