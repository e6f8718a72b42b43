package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The declaration API: each family statement adds its own density (against commons-math3's, Jacobian included), a
 * built declaration refuses further use, an expression of another declaration is refused, and the error messages
 * name what is wrong.
 */
class ModelBuilderTest {
    private static final double[] POINTS = {-1.7, -0.4, 0.0, 0.6, 1.9};

    /** A positive x with one statement on it: the model's density is the family's at exp(q), plus the Jacobian q. */
    private static void family(String name, BiConsumer<ModelBuilder, Expr> statement, DoubleUnaryOperator logPdf) {
        ModelBuilder m = new ModelBuilder();
        Expr x = m.positive("x");
        statement.accept(m, x);
        DeclaredModel model = m.build();
        assertEquals(1, model.dimension(), name);
        for (double q : POINTS) {
            double expected = logPdf.applyAsDouble(Math.exp(q)) + q;
            assertEquals(expected, model.logDensity(new double[] {q}), 1e-12 * (1 + Math.abs(expected)), name);
        }
    }

    @Test
    void eachFamilyAddsItsDensity() {
        family("cauchy", (m, x) -> m.cauchy(x, m.constant(0.5), m.constant(2)),
                v -> new CauchyDistribution(0.5, 2).logDensity(v));
        family("half-Cauchy", (m, x) -> m.halfCauchy(x, m.constant(2)),
                v -> Math.log(2) + new CauchyDistribution(0, 2).logDensity(v));
        family("half-normal", (m, x) -> m.halfNormal(x, 3),
                v -> Math.log(2) + new NormalDistribution(0, 3).logDensity(v));
        family("half-Student-t", (m, x) -> m.halfStudentT(x, m.constant(3), m.constant(2)),
                v -> Math.log(2) + new TDistribution(3).logDensity(v / 2) - Math.log(2));
        family("exponential", (m, x) -> m.exponential(x, m.constant(1.5)),
                v -> new ExponentialDistribution(1 / 1.5).logDensity(v));
        family("gamma", (m, x) -> m.gamma(x, m.constant(2.5), m.constant(1.5)),
                v -> new GammaDistribution(2.5, 1 / 1.5).logDensity(v));
        family("inverse-gamma", (m, x) -> m.inverseGamma(x, m.constant(2.5), m.constant(1.5)),
                v -> 2.5 * Math.log(1.5) - Gamma.logGamma(2.5) - 3.5 * Math.log(v) - 1.5 / v);
        family("log-normal", (m, x) -> m.logNormal(x, m.constant(0.3), m.constant(0.8)),
                v -> new LogNormalDistribution(0.3, 0.8).logDensity(v));
        family("Student-t", (m, x) -> m.studentT(x, m.constant(4), m.constant(1), m.constant(2)),
                v -> new TDistribution(4).logDensity((v - 1) / 2) - Math.log(2));
    }

    @Test
    void uniformOnItsIntervalIsTheJacobianAlone() {
        ModelBuilder m = new ModelBuilder();
        Expr x = m.bounded("x", 1, 4);
        m.uniform(x, m.constant(1), m.constant(4));
        DeclaredModel model = m.build();
        for (double q : POINTS) {
            double p = 1 / (1 + Math.exp(-q));
            double expected = -Math.log(3) + Math.log(3 * p * (1 - p));
            assertEquals(expected, model.logDensity(new double[] {q}), 1e-12);
        }
    }

    @Test
    void aLowerBoundedParameterIsTheBoundPlusExpOfItsCoordinate() {
        ModelBuilder m = new ModelBuilder();
        Expr x = m.lowerBounded("x", 2);
        m.normal(x, 3, 1.5);
        DeclaredModel model = m.build();
        double[] out = new double[1];
        for (double q : POINTS) {
            model.outputs(new double[] {q}, out);
            assertEquals(2 + Math.exp(q), out[0], 1e-12);
            double expected = new NormalDistribution(3, 1.5).logDensity(2 + Math.exp(q)) + q;
            assertEquals(expected, model.logDensity(new double[] {q}), 1e-12);
        }
    }

    /** Centered, x ~ t(nu, loc, scale) directly; non-centered, z ~ t(nu, 0, 1) and x = loc + scale z. */
    @Test
    void aStudentTGroupIsTheStatedDensityInEitherParameterization() {
        double nu = 5;
        TDistribution t = new TDistribution(nu);
        for (Centering c : Centering.values()) {
            ModelBuilder m = new ModelBuilder();
            Expr mu = m.real("mu");
            Expr tau = m.positive("tau");
            m.normal(mu, 0, 10);
            m.normal(tau, 0, 5);
            m.studentTGroup("theta", "z", 3, nu, mu, tau, c);
            DeclaredModel model = m.build();
            assertEquals(5, model.dimension());
            double[] q = {0.7, -0.3, 1.2, -0.8, 2.5};
            double s = Math.exp(q[1]);
            double expected = new NormalDistribution(0, 10).logDensity(q[0])
                    + new NormalDistribution(0, 5).logDensity(s) + q[1];
            for (int i = 2; i < 5; i++) {
                expected += c == Centering.CENTERED ? t.logDensity((q[i] - q[0]) / s) - Math.log(s) : t.logDensity(q[i]);
            }
            assertEquals(expected, model.logDensity(q), 1e-12, c::toString);
            double[] out = new double[model.outputNames().size()];
            model.outputs(q, out);
            int theta = model.outputNames().indexOf("theta[1]");
            for (int i = 0; i < 3; i++) {
                double expectedTheta = c == Centering.CENTERED ? q[2 + i] : q[0] + s * q[2 + i];
                assertEquals(expectedTheta, out[theta + i], 1e-12, c::toString);
            }
        }
    }

    /** A gather read by an output is kept when the build drops the gathers nothing reads. */
    @Test
    void aGatherReadByAnOutputIsEvaluated() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", 3);
        m.normal(mu, 0, 1);
        m.output("picked", mu.at(new int[] {2, 0, 2, 1}));
        Expr unused = mu.at(new int[] {1});
        assertEquals(1, unused.size());
        DeclaredModel model = m.build();
        double[] out = new double[model.outputNames().size()];
        model.outputs(new double[] {4, 5, 6}, out);
        int k = model.outputNames().indexOf("picked[1]");
        assertArrayEquals(new double[] {6, 4, 6, 5}, java.util.Arrays.copyOfRange(out, k, k + 4));
    }

    /** Many small declarations: the growing slot table keeps every earlier value. */
    @Test
    void manyDataBlocksKeepTheirValues() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        double expected = 0;
        for (int i = 0; i < 40; i++) {
            double[] y = {i, -i * 0.5, 3};
            m.normal(m.data(y), mu, m.constant(1 + i));
            for (double v : y) {
                expected += new NormalDistribution(0.25, 1 + i).logDensity(v);
            }
        }
        assertEquals(expected, m.build().logDensity(new double[] {0.25}), 1e-9);
    }

    @Test
    void aBuiltDeclarationRefusesFurtherUse() {
        ModelBuilder m = new ModelBuilder();
        Expr a = m.real("a");
        Expr v = m.realVector("v", 2);
        m.normal(a, 0, 1);
        m.normal(v, 0, 1);
        m.build();
        Map<String, Executable> uses = new java.util.LinkedHashMap<>();
        uses.put("data", () -> m.data(new double[] {1}));
        uses.put("constant", () -> m.constant(1));
        uses.put("real", () -> m.real("b"));
        uses.put("normalGroup", () -> m.normalGroup("g", "gz", 2, a, a, Centering.NONCENTERED));
        uses.put("output", () -> m.output("o", a));
        uses.put("labelElements", () -> m.labelElements("v", List.of("x", "y")));
        uses.put("auxiliary", () -> m.auxiliary("a"));
        uses.put("normal", () -> m.normal(a, a, a));
        uses.put("cauchy", () -> m.cauchy(a, a, a));
        uses.put("target", () -> m.target(a));
        uses.put("plus", () -> a.plus(a));
        uses.put("exp", () -> a.exp());
        uses.put("at", () -> v.at(new int[] {0}));
        uses.put("build", m::build);
        uses.forEach((name, use) -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, use, name);
            assertTrue(e.getMessage().contains("already built"), name);
        });
    }

    @Test
    void anExpressionOfAnotherDeclarationIsRefused() {
        ModelBuilder m = new ModelBuilder();
        Expr a = m.real("a");
        Expr v = m.realVector("v", 2);
        ModelBuilder other = new ModelBuilder();
        Expr b = other.real("b");
        Map<String, Executable> uses = new java.util.LinkedHashMap<>();
        uses.put("normal x", () -> m.normal(b, a, m.constant(1)));
        uses.put("normal loc", () -> m.normal(a, b, m.constant(1)));
        uses.put("cauchy", () -> m.cauchy(a, b, m.constant(1)));
        uses.put("target", () -> m.target(b));
        uses.put("output", () -> m.output("o", b));
        uses.put("plus", () -> a.plus(b));
        uses.put("plus reversed", () -> b.plus(a));
        uses.put("exp", () -> m.unary(FunctionOp.EXP, b));
        uses.put("at", () -> m.gather(b, new int[] {0}));
        uses.put("normalGroup loc", () -> m.normalGroup("g", "gz", 2, b, m.constant(1), Centering.NONCENTERED));
        uses.put("normalGroup scale", () -> m.normalGroup("h", "hz", 2, a, b, Centering.NONCENTERED));
        uses.forEach((name, use) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, use, name);
            assertTrue(e.getMessage().contains("another model"), () -> name + ": " + e.getMessage());
        });
        assertEquals(2, v.size());
    }

    @Test
    void messagesNameWhatIsWrong() {
        ModelBuilder m = new ModelBuilder();
        Expr v = m.realVector("v", 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.at(new int[] {0, 5}));
        assertEquals("index 5 at position 2 is outside 0..3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> m.normalGroup("g", "gz", 3, v, m.constant(1), Centering.NONCENTERED));
        assertEquals("g: loc and scale must be scalars or have 3 elements", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> m.normalGroup("h", "hz", 4, m.constant(0), m.data(new double[] {1, 2}), Centering.NONCENTERED));
        assertEquals("h: loc and scale must be scalars or have 4 elements", e.getMessage());
        // loc and scale of the group's own size are accepted
        Expr ok = m.normalGroup("k", "kz", 4, v, m.data(new double[] {1, 2, 3, 4}), Centering.NONCENTERED);
        assertEquals(4, ok.size());
        e = assertThrows(IllegalArgumentException.class, () -> m.output("v", v.exp()));
        assertTrue(e.getMessage().contains("'v'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.output("k", v));
        assertTrue(e.getMessage().contains("already declared"), e.getMessage());
        Expr w = m.realVector("w", 3);
        Expr x = m.real("x");
        e = assertThrows(IllegalArgumentException.class, () -> m.studentT(v, m.constant(4), w, m.constant(1)));
        assertEquals("sampling statement: an argument has 3 elements where the left side has 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.studentT(x, m.constant(4), v, m.constant(1)));
        assertEquals("sampling statement: the left side has 1 elements but the arguments have 4; broadcast the"
                + " arguments, not the left side", e.getMessage());
    }
}
