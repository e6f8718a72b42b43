package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements that look like the fused patterns of a hierarchical normal model but are not them, side by side as
 * the fusion would pair them: each model's log density against a sum written out by hand, its gradient against
 * central differences of that sum, and the number of gradient steps against the statement-by-statement count less
 * only the fusions that are right. A guard that let a look-alike fuse would read the wrong slots or drop a term.
 */
class FusionGuardsTest {
    private static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    private static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};
    private static final int J = Y.length;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** A model, the hand-written log density of its unconstrained coordinates, and the gradient steps fusing saves. */
    private record Case(DeclaredModel model, ToDoubleFunction<double[]> reference, int stepsSaved) {
    }

    private static double normal(double x, double loc, double scale) {
        double z = (x - loc) / scale;
        return -0.5 * z * z - Math.log(scale) - LOG_SQRT_2PI;
    }

    /** mu ~ Normal(0, 20) and tau = exp(q[1]) ~ Normal+(0, 5), with the Jacobian; the two first coordinates. */
    private static double hyperpriors(double[] q) {
        return normal(q[0], 0, 20) + normal(Math.exp(q[1]), 0, 5) + q[1];
    }

    /** The sum over the group's elements of a term of element i. */
    private static double overGroup(IntToDoubleFunction term) {
        double sum = 0;
        for (int i = 0; i < J; i++) {
            sum += term.applyAsDouble(i);
        }
        return sum;
    }

    private static Expr[] hyper(ModelBuilder m) {
        Expr mu = m.real("mu");
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 20);
        m.normal(tau, m.constant(0), m.constant(5));
        return new Expr[] {mu, tau};
    }

    private static Named<Supplier<Case>> named(String name, Supplier<Case> declaration) {
        return Named.of(name, declaration);
    }

    static Stream<Named<Supplier<Case>>> cases() {
        return Stream.of(
                named("centered group, then observations of another vector",
                        FusionGuardsTest::observationsOfAnotherVector),
                named("centered group with a scale per element",
                        FusionGuardsTest::scalePerElement),
                named("centered group with a loc per element",
                        FusionGuardsTest::locPerElement),
                named("centered group with a gathered loc",
                        FusionGuardsTest::gatheredLoc),
                named("centered group with a known scale",
                        FusionGuardsTest::knownScale),
                named("centered group, then observations with an unknown scale",
                        FusionGuardsTest::unknownObservationScale),
                named("centered group, then observations with an unknown scale each",
                        FusionGuardsTest::unknownObservationScales),
                named("centered group, then a parameter vector on the left",
                        FusionGuardsTest::parameterOnTheLeft),
                named("centered group, then observations through a permutation",
                        FusionGuardsTest::permutedObservations),
                named("another standard normal vector between the offsets and the observations",
                        FusionGuardsTest::anotherOffsetsVector),
                named("offsets from a centre and spread, not standard normal",
                        FusionGuardsTest::centreAndSpread),
                named("a group with its centering chosen per element",
                        FusionGuardsTest::mixedCentering),
                named("a non-centered group not observed last",
                        FusionGuardsTest::groupNotObservedLast));
    }

    /** theta ~ Normal(mu, tau); y ~ Normal(phi, sigma); phi ~ Normal(0, 10). */
    private static Case observationsOfAnotherVector() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.CENTERED);
        Expr phi = m.realVector("phi", J);
        m.normal(m.data(Y), phi, m.data(SIGMA));
        m.normal(phi, 0, 10);
        m.output("theta_sum", theta.plus(phi));
        return new Case(m.build(), q -> {
            return hyperpriors(q)
                    + overGroup(i -> normal(q[2 + i], q[0], Math.exp(q[1])) + normal(Y[i], q[2 + J + i], SIGMA[i])
                        + normal(q[2 + J + i], 0, 10));
        }, 0);
    }

    /** theta_i ~ Normal(mu, tau_i); y ~ Normal(theta, sigma). */
    private static Case scalePerElement() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        Expr tau = m.positiveVector("tau", J);
        m.normal(mu, 0, 20);
        m.normal(tau, m.constant(0), m.constant(5));
        Expr theta = m.realVector("theta", J);
        m.normal(theta, mu, tau);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            return normal(q[0], 0, 20) + overGroup(i -> {
                double tau_i = Math.exp(q[1 + i]);
                return normal(tau_i, 0, 5) + q[1 + i] + normal(q[1 + J + i], q[0], tau_i)
                        + normal(Y[i], q[1 + J + i], SIGMA[i]);
            });
        }, 0);
    }

    /** theta_i ~ Normal(mu_i, tau); y ~ Normal(theta, sigma). */
    private static Case locPerElement() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", J);
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 20);
        m.normal(tau, m.constant(0), m.constant(5));
        Expr theta = m.realVector("theta", J);
        m.normal(theta, mu, tau);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            double t = Math.exp(q[J]);
            return normal(t, 0, 5) + q[J] + overGroup(i -> {
                return normal(q[i], 0, 20) + normal(q[J + 1 + i], q[i], t) + normal(Y[i], q[J + 1 + i], SIGMA[i]);
            });
        }, 0);
    }

    private static final int[] REGION = {0, 1, 0, 2, 1, 2, 0, 1};

    /** theta_i ~ Normal(mu[region_i], tau) with the first region first; y ~ Normal(theta, sigma). */
    private static Case gatheredLoc() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", 3);
        Expr tau = m.positive("tau");
        m.normal(mu, 0, 20);
        m.normal(tau, m.constant(0), m.constant(5));
        Expr theta = m.realVector("theta", J);
        m.normal(theta, mu.at(REGION), tau);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            double t = Math.exp(q[3]);
            return normal(q[0], 0, 20) + normal(q[1], 0, 20) + normal(q[2], 0, 20) + normal(t, 0, 5) + q[3]
                    + overGroup(i -> normal(q[4 + i], q[REGION[i]], t) + normal(Y[i], q[4 + i], SIGMA[i]));
        }, 0);
    }

    /** theta ~ Normal(mu, 6) with the scale data; y ~ Normal(theta, sigma). */
    private static Case knownScale() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        m.normal(mu, 0, 20);
        Expr theta = m.realVector("theta", J);
        m.normal(theta, mu, m.constant(6));
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            return normal(q[0], 0, 20) + overGroup(i -> normal(q[1 + i], q[0], 6) + normal(Y[i], q[1 + i], SIGMA[i]));
        }, 0);
    }

    /** theta ~ Normal(mu, tau); y ~ Normal(theta, s) with s a parameter. */
    private static Case unknownObservationScale() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.CENTERED);
        Expr s = m.positive("s");
        m.normal(m.data(Y), theta, s);
        m.normal(s, m.constant(0), m.constant(10));
        return new Case(m.build(), q -> {
            double s0 = Math.exp(q[2 + J]);
            return hyperpriors(q) + normal(s0, 0, 10) + q[2 + J]
                    + overGroup(i -> normal(q[2 + i], q[0], Math.exp(q[1])) + normal(Y[i], q[2 + i], s0));
        }, 0);
    }

    /** theta ~ Normal(mu, tau); y_i ~ Normal(theta_i, s_i) with s a parameter vector (one observation per scale). */
    private static Case unknownObservationScales() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.CENTERED);
        Expr s = m.positiveVector("s", J);
        m.normal(m.data(Y), theta, s);
        m.normal(s, m.constant(0), m.constant(10));
        return new Case(m.build(), q -> {
            return hyperpriors(q) + overGroup(i -> {
                double si = Math.exp(q[2 + J + i]);
                return normal(q[2 + i], q[0], Math.exp(q[1])) + normal(Y[i], q[2 + i], si) + normal(si, 0, 10)
                        + q[2 + J + i];
            });
        }, 0);
    }

    /** theta ~ Normal(mu, tau); phi ~ Normal(theta, sigma) with phi a parameter vector. */
    private static Case parameterOnTheLeft() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.CENTERED);
        Expr phi = m.realVector("phi", J);
        m.normal(phi, theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            return hyperpriors(q)
                    + overGroup(i -> normal(q[2 + i], q[0], Math.exp(q[1])) + normal(q[2 + J + i], q[2 + i], SIGMA[i]));
        }, 0);
    }

    private static final int[] PERMUTATION = {0, 3, 1, 2, 7, 5, 6, 4};

    /** theta ~ Normal(mu, tau); y ~ Normal(theta[perm], sigma) with perm[0] = 0 (the same first slot). */
    private static Case permutedObservations() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.CENTERED);
        m.normal(m.data(Y), theta.at(PERMUTATION), m.data(SIGMA));
        return new Case(m.build(), q -> {
            return hyperpriors(q) + overGroup(i -> {
                return normal(q[2 + i], q[0], Math.exp(q[1])) + normal(Y[i], q[2 + PERMUTATION[i]], SIGMA[i]);
            });
        }, 0);
    }

    /**
     * theta = mu + tau eta, eta ~ Normal(0, 1); w ~ Normal(0, 1) another vector of the same size; y ~ Normal(theta,
     * sigma) last. The observations take the group's reverse step (right), but must not pair with w's prior.
     */
    private static Case anotherOffsetsVector() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.NONCENTERED);
        Expr w = m.realVector("w", J);
        m.normal(w, 0, 1);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            return hyperpriors(q) + overGroup(i -> {
                double eta = q[2 + i];
                return normal(eta, 0, 1) + normal(q[2 + J + i], 0, 1)
                        + normal(Y[i], q[0] + Math.exp(q[1]) * eta, SIGMA[i]);
            });
        }, 1);
    }

    /** x = 5 + 2 u, u ~ Normal((mu - 5) / 2, tau / 2); y ~ Normal(x, sigma) last: folds; u's prior is no N(0, 1). */
    private static Case centreAndSpread() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "u", J, h[0], h[1], m.constant(5), m.constant(2));
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            double tau = Math.exp(q[1]);
            return hyperpriors(q) + overGroup(i -> {
                double u = q[2 + i];
                return normal(u, (q[0] - 5) / 2, tau / 2) + normal(Y[i], 5 + 2 * u, SIGMA[i]);
            });
        }, 1);
    }

    private static final boolean[] CENTERED = {true, false, true, true, false, false, true, false};

    /** theta_i centered where CENTERED[i], else mu + tau z_i; y ~ Normal(theta, sigma) last: loc, scale are vectors. */
    private static Case mixedCentering() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "z", h[0], h[1], CENTERED);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        return new Case(m.build(), q -> {
            double tau = Math.exp(q[1]);
            return hyperpriors(q) + overGroup(i -> {
                double u = q[2 + i];
                // centered: x = u ~ Normal(mu, tau); non-centered: x = mu + tau u, u ~ Normal(0, 1)
                double x = CENTERED[i] ? u : q[0] + tau * u;
                return (CENTERED[i] ? normal(u, q[0], tau) : normal(u, 0, 1)) + normal(Y[i], x, SIGMA[i]);
            });
        }, 0);
    }

    /** theta = mu + tau eta; y ~ Normal(theta, sigma); then phi ~ Normal(0, 10): the observations are not last. */
    private static Case groupNotObservedLast() {
        ModelBuilder m = new ModelBuilder();
        Expr[] h = hyper(m);
        Expr theta = m.normalGroup("theta", "eta", J, h[0], h[1], Centering.NONCENTERED);
        m.normal(m.data(Y), theta, m.data(SIGMA));
        Expr phi = m.real("phi");
        m.normal(phi, 0, 10);
        return new Case(m.build(), q -> {
            return hyperpriors(q) + normal(q[2 + J], 0, 10) + overGroup(i -> {
                double eta = q[2 + i];
                return normal(eta, 0, 1) + normal(Y[i], q[0] + Math.exp(q[1]) * eta, SIGMA[i]);
            });
        }, 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logDensityAndGradientAreTheHandWrittenOnes(Supplier<Case> declaration) {
        // built here, not in the argument source, so that the building is part of this invocation
        Case c = declaration.get();
        DeclaredModel model = c.model();
        assertEquals(model.unfused().gradientSteps() - c.stepsSaved(), model.gradientSteps(), "gradient steps");
        Random random = new Random(11);
        int d = model.dimension();
        for (int trial = 0; trial < 10; trial++) {
            double[] q = new double[d];
            for (int k = 0; k < d; k++) {
                q[k] = random.nextGaussian();
            }
            double[] g = new double[d];
            double lp = model.logDensityGradient(q, g);
            double expected = c.reference().applyAsDouble(q);
            assertEquals(expected, lp, 1e-12 * Math.abs(expected), "log density");
            for (int k = 0; k < d; k++) {
                double h = 1e-5;
                double[] up = q.clone();
                double[] down = q.clone();
                up[k] += h;
                down[k] -= h;
                double fd = (c.reference().applyAsDouble(up) - c.reference().applyAsDouble(down)) / (2 * h);
                // central differences: error ~ h^2 f''' plus rounding ~ 1e-16 |lp| / h
                assertEquals(fd, g[k], 1e-6 * (1 + Math.abs(fd)), "gradient " + k);
            }
        }
    }
}
