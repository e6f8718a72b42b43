package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each family on its own: the density's mass on an interval (Simpson's rule) against the fraction of its own draws
 * there, and every partial derivative against central differences of the log density.
 */
class FamilyTest {
    /**
     * A family with arguments and an interval inside its support.
     *
     * @param family the family
     * @param args   its arguments (a, b, c), unused ones 0
     * @param from   the interval's lower end
     * @param to     the interval's upper end
     */
    record Case(Family family, double[] args, double from, double to) {
        @Override
        public String toString() {
            return family.name();
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(Family.STUDENT_T, new double[] {4, 1, 2}, 0, 3),
                new Case(Family.CAUCHY, new double[] {1, 2, 0}, 0, 3),
                new Case(Family.HALF_NORMAL, new double[] {2, 0, 0}, 0.5, 2),
                // from 0, where |tan(pi / (u - 0.5))| puts about 10 standard errors more mass than |tan(pi (u - 0.5))|
                new Case(Family.HALF_CAUCHY, new double[] {2, 0, 0}, 0, 1),
                new Case(Family.HALF_STUDENT_T, new double[] {3, 2, 0}, 0.5, 2),
                new Case(Family.EXPONENTIAL, new double[] {1.5, 0, 0}, 0.2, 1),
                new Case(Family.INV_GAMMA, new double[] {3, 2, 0}, 0.5, 1.5),
                new Case(Family.GAMMA, new double[] {3, 2, 0}, 0.5, 1.5),
                new Case(Family.UNIFORM, new double[] {-1, 3, 0}, 0, 1),
                new Case(Family.LOG_NORMAL, new double[] {0.5, 0.7, 0}, 1, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drawsFallInAnIntervalAsOftenAsTheDensityHasMassThere(Case c) {
        double mass = simpson(c, c.from(), c.to(), 4000);
        assertTrue(mass > 0.1 && mass < 0.9, c + ": the interval should hold a middling share, holds " + mass);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261201L);
        // enough draws to tell a Cauchy from tan(pi / (u - 0.5)), whose interval masses differ by about 0.007
        int n = 400_000;
        int inside = 0;
        double[] a = c.args();
        for (int i = 0; i < n; i++) {
            double x = c.family().draw(rng, a[0], a[1], a[2]);
            if (x >= c.from() && x <= c.to()) {
                inside++;
            }
        }
        double se = Math.sqrt(mass * (1 - mass) / n);
        assertEquals(mass, inside / (double) n, 4.5 * se, c.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPartialDerivativeIsTheCentralDifferenceOfTheLogDensity(Case c) {
        double[] a = c.args();
        for (double x : new double[] {c.from() + 0.1, 0.5 * (c.from() + c.to()), c.to() - 0.1}) {
            double h = 1e-6 * Math.max(1, Math.abs(x));
            double numeric = (logPdf(c, x + h, a) - logPdf(c, x - h, a)) / (2 * h);
            assertEquals(numeric, c.family().dx(x, a[0], a[1], a[2]), 1e-6 * Math.max(1, Math.abs(numeric)),
                    c + " d/dx at " + x);
            for (int k = 0; k < c.family().arity; k++) {
                if (c.family() == Family.UNIFORM) {
                    // the density 1/(b - a) moves with either bound only through the normalization
                    assertEquals(k == 0 ? 1 / (a[1] - a[0]) : -1 / (a[1] - a[0]),
                            c.family().dArgument(k, x, a[0], a[1], a[2]), 1e-12);
                    continue;
                }
                double[] up = a.clone();
                double[] down = a.clone();
                double hk = 1e-6 * Math.max(1, Math.abs(a[k]));
                up[k] += hk;
                down[k] -= hk;
                double dk = (logPdf(c, x, up) - logPdf(c, x, down)) / (2 * hk);
                assertEquals(dk, c.family().dArgument(k, x, a[0], a[1], a[2]), 1e-6 * Math.max(1, Math.abs(dk)),
                        c + " d/d(argument " + k + ") at " + x);
            }
        }
    }

    private static double logPdf(Case c, double x, double[] a) {
        return c.family().logPdf(x, a[0], a[1], a[2], c.family().normalizer(a[0]));
    }

    /** The density's integral over [lo, hi] by Simpson's rule on n (even) panels. */
    private static double simpson(Case c, double lo, double hi, int n) {
        double h = (hi - lo) / n;
        double sum = Math.exp(logPdf(c, lo, c.args())) + Math.exp(logPdf(c, hi, c.args()));
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * Math.exp(logPdf(c, lo + i * h, c.args()));
        }
        return sum * h / 3;
    }
}
