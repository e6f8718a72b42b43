package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.stats.Normal;

/**
 * A scalar prior with constant arguments, evaluated straight-line with the logs of its constants taken once
 * ({@link ScalarPriorStatement}), against the per-distribution piece it stands for ({@link Family} onto
 * {@code stats/}, or {@link Normal}), evaluated afresh at every point: the same log density and partial, bit for
 * bit, inside and outside the support, so the shortcut changes no draw.
 */
class ScalarPriorStatementTest {
    /** Constant arguments for each family, in Stan's order. */
    private static double[] arguments(Family family) {
        return switch (family) {
            case STUDENT_T -> new double[] {4, 1.5, 2.5};
            case CAUCHY -> new double[] {-1, 3};
            case HALF_NORMAL, HALF_CAUCHY -> new double[] {2.5};
            case HALF_STUDENT_T -> new double[] {3, 5};
            case EXPONENTIAL -> new double[] {0.2};
            case INV_GAMMA -> new double[] {2, 3};
            case GAMMA -> new double[] {2.5, 0.5};
            case UNIFORM -> new double[] {-1, 4};
            case LOG_NORMAL -> new double[] {0.3, 1.2};
        };
    }

    /** x ~ family(constants) for a real scalar x, its only statement, so the model's lp and gradient are the prior's. */
    private static DeclaredModel prior(Family family, double[] a) {
        ModelBuilder m = new ModelBuilder();
        Expr x = m.real("x");
        Expr[] args = new Expr[a.length];
        for (int k = 0; k < a.length; k++) {
            args[k] = m.constant(a[k]);
        }
        switch (family) {
            case STUDENT_T -> m.studentT(x, args[0], args[1], args[2]);
            case CAUCHY -> m.cauchy(x, args[0], args[1]);
            case HALF_NORMAL -> m.halfNormal(x, args[0]);
            case HALF_CAUCHY -> m.halfCauchy(x, args[0]);
            case HALF_STUDENT_T -> m.halfStudentT(x, args[0], args[1]);
            case EXPONENTIAL -> m.exponential(x, args[0]);
            case INV_GAMMA -> m.inverseGamma(x, args[0], args[1]);
            case GAMMA -> m.gamma(x, args[0], args[1]);
            case UNIFORM -> m.uniform(x, args[0], args[1]);
            case LOG_NORMAL -> m.logNormal(x, args[0], args[1]);
        }
        return m.build();
    }

    @Test
    void everyFamilyIsItsPerDistributionPieceBitForBit() {
        Random random = new Random(5);
        for (Family family : Family.values()) {
            double[] a = arguments(family);
            DeclaredModel model = prior(family, a);
            double b = a.length > 1 ? a[1] : 0;
            double c = a.length > 2 ? a[2] : 0;
            double normalizer = family.normalizedByFirst ? family.normalizer(a[0]) : 0;
            double[] g = new double[1];
            int finite = 0;
            for (int trial = 0; trial < 200; trial++) {
                double x = trial == 0 ? 0 : 4 * random.nextGaussian();
                double lp = model.logDensityGradient(new double[] {x}, g);
                assertEquals(family.logPdf(x, a[0], b, c, normalizer), lp, 0, () -> family + " at " + x);
                assertEquals(family.dx(x, a[0], b, c), g[0], 0, () -> family + " partial at " + x);
                finite += Double.isFinite(lp) ? 1 : 0;
            }
            assertTrue(finite > 50, () -> family + ": too few points inside the support");
        }
    }

    @Test
    void normalIsTheNormalPieceBitForBit() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        m.normal(mu, 1.5, 20);
        DeclaredModel model = m.build();
        Random random = new Random(6);
        double[] g = new double[1];
        for (int trial = 0; trial < 200; trial++) {
            double x = 30 * random.nextGaussian();
            double lp = model.logDensityGradient(new double[] {x}, g);
            assertEquals(Normal.logPdf(x, 1.5, 20), lp, 0, () -> "at " + x);
            assertEquals(Normal.dx(x, 1.5, 20), g[0], 0, () -> "partial at " + x);
        }
    }

    @Test
    void aPriorWithAParameterArgumentIsNotSpecialised() {
        ModelBuilder m = new ModelBuilder();
        Expr x = m.real("x");
        Expr s = m.positive("s");
        Expr[] data = {m.constant(2)};
        assertTrue(ScalarPriorStatement.of(new FamilyStatement(Family.HALF_CAUCHY, s, data, new double[8]),
                new double[8]) != null);
        assertEquals(null, ScalarPriorStatement.of(new FamilyStatement(Family.CAUCHY, x, new Expr[] {m.constant(0), s},
                new double[8]), new double[8]));
    }
}
