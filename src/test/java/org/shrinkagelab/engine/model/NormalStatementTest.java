package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Each shape of x ~ Normal(loc, scale) (scalar or vector x, loc and scale; data or parameter on each side; a gathered
 * loc; a centered or non-centered group with its observations, fused) against the closed-form log density written
 * out observation by observation here, and its gradient against central differences of that closed form: the
 * statement's precomputed precisions, constants and grouped sufficient statistics must give the same numbers.
 */
class NormalStatementTest {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    private static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};
    /** Observations' groups with repeats and unequal sizes (3, 1, 2, 2), so per-group counts and means matter. */
    private static final int[] GROUP = {0, 2, 0, 3, 1, 3, 0, 2};

    /** log N(x | m, s), written out. */
    private static double lpdf(double x, double m, double s) {
        double z = (x - m) / s;
        return -0.5 * z * z - Math.log(s) - LOG_SQRT_2PI;
    }

    /**
     * A declaration, built by each test invocation (not by the argument source, so that PIT credits the building to
     * every test that runs it), and its log density (Jacobians included) and pointwise terms in closed form.
     */
    record Case(String name, Supplier<DeclaredModel> declaration, ToDoubleFunction<double[]> reference,
            ToDoubleFunction<double[]>[] pointwise) {
        @Override
        public String toString() {
            return name;
        }
    }

    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read
    private static Case of(String name, Supplier<ModelBuilder> declaration, ToDoubleFunction<double[]> reference,
            ToDoubleFunction<double[]>... pointwise) {
        return new Case(name, () -> declaration.get().build(), reference, pointwise);
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    static Stream<Case> cases() {
        Stream.Builder<Case> cases = Stream.builder();
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr x = m.real("x");
                Expr mu = m.real("mu");
                Expr s = m.positive("s");
                m.normal(x, mu, s);
                return m;
            };
            cases.add(of("scalar x ~ Normal(mu, s), all parameters", declaration,
                    q -> lpdf(q[0], q[1], Math.exp(q[2])) + q[2]));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr x = m.real("x");
                m.normal(x, 1.5, 2.5);
                return m;
            };
            cases.add(of("scalar x ~ Normal(1.5, 2.5), data loc and scale", declaration, q -> lpdf(q[0], 1.5, 2.5)));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                Expr s = m.positive("s");
                m.normal(m.data(new double[] {3.25}), mu, s);
                return m;
            };
            cases.add(of("one observation ~ Normal(mu, s)", declaration, q -> lpdf(3.25, q[0], Math.exp(q[1])) + q[1],
                    q -> lpdf(3.25, q[0], Math.exp(q[1]))));
        }
        {
            // data y ~ Normal(mu, s), one unknown scale: the grouped sufficient statistics, one group
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                Expr s = m.positive("s");
                m.normal(m.data(Y), mu, s);
                return m;
            };
            cases.add(of("data y ~ Normal(mu, s)", declaration, q -> {
                double lp = q[1];
                for (double y : Y) {
                    lp += lpdf(y, q[0], Math.exp(q[1]));
                }
                return lp;
            }, pointwise(i -> q -> lpdf(Y[i], q[0], Math.exp(q[1])))));
        }
        {
            // data y ~ Normal(mu[g], s): groups of unequal sizes with distinct means
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.realVector("mu", 4);
                Expr s = m.positive("s");
                m.normal(m.data(Y), mu.at(GROUP), s);
                return m;
            };
            cases.add(of("data y ~ Normal(mu[g], s)", declaration, q -> {
                double lp = q[4];
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(Y[i], q[GROUP[i]], Math.exp(q[4]));
                }
                return lp;
            }, pointwise(i -> q -> lpdf(Y[i], q[GROUP[i]], Math.exp(q[4])))));
        }
        {
            // data y ~ Normal(data loc vector, s): each observation its own group, the loc passes no adjoint
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr s = m.positive("s");
                m.normal(m.data(Y), m.data(SIGMA), s);
                return m;
            };
            cases.add(of("data y ~ Normal(data c, s)", declaration, q -> {
                double lp = q[0];
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(Y[i], SIGMA[i], Math.exp(q[0]));
                }
                return lp;
            }));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", Y.length);
                m.normal(m.data(Y), theta, m.data(SIGMA));
                return m;
            };
            cases.add(of("data y ~ Normal(theta, sigma), known scales", declaration, q -> {
                double lp = 0;
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(Y[i], q[i], SIGMA[i]);
                }
                return lp;
            }, pointwise(i -> q -> lpdf(Y[i], q[i], SIGMA[i]))));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                m.normal(m.data(Y), mu, m.data(SIGMA));
                return m;
            };
            cases.add(of("data y ~ Normal(mu, sigma), one loc, known scales", declaration, q -> {
                double lp = 0;
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(Y[i], q[0], SIGMA[i]);
                }
                return lp;
            }));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                m.normal(m.data(Y), mu, m.constant(6.5));
                return m;
            };
            cases.add(of("data y ~ Normal(mu, 6.5), one known scale", declaration, q -> {
                double lp = 0;
                for (double y : Y) {
                    lp += lpdf(y, q[0], 6.5);
                }
                return lp;
            }, pointwise(i -> q -> lpdf(Y[i], q[0], 6.5))));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", Y.length);
                Expr mu = m.realVector("mu", 4);
                m.normal(theta, mu.at(GROUP), m.data(SIGMA));
                return m;
            };
            cases.add(of("theta ~ Normal(mu[g], sigma), gathered loc, known scales", declaration, q -> {
                double lp = 0;
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(q[i], q[Y.length + GROUP[i]], SIGMA[i]);
                }
                return lp;
            }));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.realVector("mu", 4);
                m.normal(m.data(Y), mu.at(GROUP), m.data(SIGMA));
                return m;
            };
            cases.add(of("data y ~ Normal(mu[g], sigma), gathered loc, known scales", declaration, q -> {
                double lp = 0;
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(Y[i], q[GROUP[i]], SIGMA[i]);
                }
                return lp;
            }, pointwise(i -> q -> lpdf(Y[i], q[GROUP[i]], SIGMA[i]))));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", Y.length);
                m.normal(theta, m.data(Y), m.data(SIGMA));
                return m;
            };
            cases.add(of("theta ~ Normal(data c, sigma), own loc slots", declaration, q -> {
                double lp = 0;
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(q[i], Y[i], SIGMA[i]);
                }
                return lp;
            }));
        }
        {
            // a centered group with no observations after it: the plain one-loc, one-scale loop
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", 5);
                Expr mu = m.real("mu");
                Expr s = m.positive("s");
                m.normal(theta, mu, s);
                return m;
            };
            cases.add(of("theta ~ Normal(mu, s)", declaration, q -> {
                double lp = q[6];
                for (int i = 0; i < 5; i++) {
                    lp += lpdf(q[i], q[5], Math.exp(q[6]));
                }
                return lp;
            }));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", Y.length);
                Expr mu = m.realVector("mu", Y.length);
                Expr s = m.positive("s");
                m.normal(theta, mu, s);
                return m;
            };
            cases.add(of("theta ~ Normal(mu_i, s)", declaration, q -> {
                double lp = q[2 * Y.length];
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(q[i], q[Y.length + i], Math.exp(q[2 * Y.length]));
                }
                return lp;
            }));
        }
        {
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", Y.length);
                Expr mu = m.realVector("mu", 4);
                Expr s = m.positive("s");
                m.normal(theta, mu.at(GROUP), s);
                return m;
            };
            cases.add(of("theta ~ Normal(mu[g], s)", declaration, q -> {
                double lp = q[Y.length + 4];
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(q[i], q[Y.length + GROUP[i]], Math.exp(q[Y.length + 4]));
                }
                return lp;
            }));
        }
        for (int locKind = 0; locKind < 4; locKind++) {
            // a scale per element: with one loc, a loc per element, a gathered loc, and a data loc
            int n = Y.length;
            int kind = locKind;
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr theta = m.realVector("theta", n);
                Expr s = m.positiveVector("s", n);
                Expr loc = switch (kind) {
                    case 0 -> m.real("mu");
                    case 1 -> m.realVector("mu", n);
                    case 2 -> m.realVector("mu", 4).at(GROUP);
                    default -> m.data(SIGMA);
                };
                m.normal(theta, loc, s);
                return m;
            };
            cases.add(of("theta ~ Normal(loc, s_i), loc kind " + kind, declaration, q -> {
                double lp = 0;
                for (int i = 0; i < n; i++) {
                    double mu = switch (kind) {
                        case 0 -> q[2 * n];
                        case 1 -> q[2 * n + i];
                        case 2 -> q[2 * n + GROUP[i]];
                        default -> SIGMA[i];
                    };
                    lp += lpdf(q[i], mu, Math.exp(q[n + i])) + q[n + i];
                }
                return lp;
            }));
        }
        {
            // data y ~ Normal(mu, s_i): a scale per observation (each its own pair, so not grouped)
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                Expr s = m.positiveVector("s", Y.length);
                m.normal(m.data(Y), mu, s);
                return m;
            };
            cases.add(of("data y ~ Normal(mu, s_i)", declaration, q -> {
                double lp = 0;
                for (int i = 0; i < Y.length; i++) {
                    lp += lpdf(Y[i], q[0], Math.exp(q[1 + i])) + q[1 + i];
                }
                return lp;
            }, pointwise(i -> q -> lpdf(Y[i], q[0], Math.exp(q[1 + i])))));
        }
        for (Centering c : Centering.values()) {
            // Eight Schools: mu ~ N(0, 20), tau ~ N+(0, 5), theta ~ N(mu, tau), y ~ N(theta, sigma), fused
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                Expr tau = m.positive("tau");
                m.normal(mu, 0, 20);
                m.halfNormal(tau, 5);
                Expr theta = m.normalGroup("theta", "eta", Y.length, mu, tau, c);
                m.normal(m.data(Y), theta, m.data(SIGMA));
                return m;
            };
            int n = Y.length;
            ToDoubleFunction<double[]> reference = q -> {
                double t = Math.exp(q[1]);
                double lp = lpdf(q[0], 0, 20) + Math.log(2) + lpdf(t, 0, 5) + q[1];
                for (int i = 0; i < n; i++) {
                    double th = c == Centering.CENTERED ? q[2 + i] : q[0] + t * q[2 + i];
                    lp += (c == Centering.CENTERED ? lpdf(th, q[0], t) : lpdf(q[2 + i], 0, 1))
                            + lpdf(Y[i], th, SIGMA[i]);
                }
                return lp;
            };
            cases.add(of("Eight Schools " + c, declaration, reference, pointwise(i -> q -> lpdf(Y[i],
                    c == Centering.CENTERED ? q[2 + i] : q[0] + Math.exp(q[1]) * q[2 + i], SIGMA[i]))));
        }
        {
            // the observations of a non-centered group fold its reverse step in; its offsets have no prior of their own
            Supplier<ModelBuilder> declaration = () -> {
                ModelBuilder m = new ModelBuilder();
                Expr mu = m.real("mu");
                Expr tau = m.positive("tau");
                Expr z = m.realVector("z", Y.length);
                m.normal(mu, 0, 20);
                m.normal(tau, 0, 5);
                m.normal(z, m.data(SIGMA), m.data(SIGMA));
                Expr theta = m.normalGroup("theta", "eta", Y.length, mu, tau, m.constant(1.5), m.constant(2));
                m.normal(m.data(Y), theta, m.data(SIGMA));
                return m;
            };
            int n = Y.length;
            cases.add(of("partly centered group, offsets u ~ N((mu - 1.5) / 2, tau / 2)", declaration, q -> {
                double t = Math.exp(q[1]);
                double lp = lpdf(q[0], 0, 20) + lpdf(t, 0, 5) + q[1];
                for (int i = 0; i < n; i++) {
                    double u = q[2 + n + i];
                    lp += lpdf(q[2 + i], SIGMA[i], SIGMA[i]) + lpdf(u, (q[0] - 1.5) / 2, t / 2)
                            + lpdf(Y[i], 1.5 + 2 * u, SIGMA[i]);
                }
                return lp;
            }));
        }
        return cases.build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type can only be made raw
    private static ToDoubleFunction<double[]>[] pointwise(java.util.function.IntFunction<ToDoubleFunction<double[]>> term) {
        ToDoubleFunction<double[]>[] terms = new ToDoubleFunction[Y.length];
        for (int i = 0; i < Y.length; i++) {
            terms[i] = term.apply(i);
        }
        return terms;
    }

    /** Random unconstrained points, some far from the data so each residual's sign and size varies. */
    private static double[][] points(int d, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[6][d];
        for (double[] q : points) {
            for (int k = 0; k < d; k++) {
                q[k] = (k % 3 == 0 ? 4 : 1) * random.nextGaussian() + 0.3;
            }
        }
        return points;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logDensityIsTheClosedForm(Case c) {
        DeclaredModel model = c.declaration().get();
        for (double[] q : points(model.dimension(), 5)) {
            double expected = c.reference().applyAsDouble(q);
            assertEquals(expected, model.logDensity(q), 1e-11 * (1 + Math.abs(expected)), c::toString);
            assertEquals(expected, model.unfused().logDensity(q), 1e-11 * (1 + Math.abs(expected)), c::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientIsTheClosedFormsDerivative(Case c) {
        DeclaredModel model = c.declaration().get();
        for (double[] q : points(model.dimension(), 9)) {
            CentralDifferences.assertLogDensityAndGradient(c.toString(), model, c.reference(), q);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pointwiseLogLikelihoodIsEachObservationsDensity(Case c) {
        if (c.pointwise().length == 0) {
            return;
        }
        DeclaredModel model = c.declaration().get();
        double[] out = new double[model.observations()];
        assertEquals(c.pointwise().length, out.length, c::toString);
        for (double[] q : points(model.dimension(), 13)) {
            model.logLikelihood(q, out);
            for (int i = 0; i < out.length; i++) {
                assertEquals(c.pointwise()[i].applyAsDouble(q), out[i], 1e-12, c::toString);
            }
        }
    }

    /** Other data through {@link DeclaredModel#withObserved}: the grouped statistics are those of the new data. */
    @Test
    void groupedStatisticsFollowReplacedData() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", 4);
        Expr s = m.positive("s");
        m.normal(m.data(Y), mu.at(GROUP), s);
        DeclaredModel other = m.build().withObserved(reversed(Y));
        double[] y = reversed(Y);
        for (double[] q : points(5, 17)) {
            double expected = q[4];
            for (int i = 0; i < y.length; i++) {
                expected += lpdf(y[i], q[GROUP[i]], Math.exp(q[4]));
            }
            assertEquals(expected, other.logDensity(q), 1e-11 * (1 + Math.abs(expected)));
        }
    }

    /** Replicated data from y ~ Normal(mu[g], sigma_i): per-observation means and spreads within 4.5 MCSE. */
    @Test
    void replicatedDataHaveEachObservationsLocAndScale() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", 4);
        m.normal(m.data(Y), mu.at(GROUP), m.data(SIGMA));
        DeclaredModel model = m.build();
        double[] q = {-20, 5, 40, 100};
        int draws = 20_000;
        double[] sum = new double[Y.length];
        double[] squares = new double[Y.length];
        double[] out = new double[Y.length];
        var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(21L);
        for (int k = 0; k < draws; k++) {
            model.replicate(q, rng, out);
            for (int i = 0; i < Y.length; i++) {
                sum[i] += out[i];
                squares[i] += out[i] * out[i];
            }
        }
        for (int i = 0; i < Y.length; i++) {
            double mean = sum[i] / draws;
            double sd = Math.sqrt(squares[i] / draws - mean * mean);
            // MCSE of the mean sigma / sqrt(n); of the sd about sigma / sqrt(2 n)
            assertEquals(q[GROUP[i]], mean, 4.5 * SIGMA[i] / Math.sqrt(draws), "mean " + i);
            assertEquals(SIGMA[i], sd, 4.5 * SIGMA[i] / Math.sqrt(2.0 * draws), "sd " + i);
        }
    }

    @Test
    void aDataScaleMustBePositiveAndFinite() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            ModelBuilder m = new ModelBuilder();
            Expr mu = m.real("mu");
            Expr y = m.data(new double[] {1, 2});
            Expr sigma = m.data(new double[] {1, bad});
            assertThrows(IllegalArgumentException.class, () -> m.normal(y, mu, sigma), () -> "scale " + bad);
        }
    }
}
