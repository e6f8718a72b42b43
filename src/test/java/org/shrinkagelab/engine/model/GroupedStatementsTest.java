package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The grouped paths against the per-observation paths of the same declaration (one argument written as
 * {@code v.at(index) * 1}, which no grouping recognizes): the sufficient statistics of data x ~ Normal(mu[g],
 * sigma[h]) and the class-by-class two-component mixture. Log density, gradient, pointwise log-likelihood and
 * replicated data at random points, on the declared data and on other observations.
 */
class GroupedStatementsTest {
    private static final int N = 300;
    private static final int CLASSES = 7;
    private static final int SCALES = 3;

    private record Data(double[] y, int[] classOf, int[] scaleOf) {
        static Data random(Random r) {
            double[] y = new double[N];
            int[] c = new int[N];
            int[] h = new int[N];
            for (int i = 0; i < N; i++) {
                // unbalanced classes: class 0 takes about half, class 6 a handful
                c[i] = Math.min(CLASSES - 1, (int) Math.floor(-Math.log(r.nextDouble()) * 2));
                h[i] = r.nextInt(SCALES);
                y[i] = 1e3 + 0.3 * c[i] + (0.2 + h[i]) * r.nextGaussian();
            }
            return new Data(y, c, h);
        }
    }

    /** The class means (a centered hierarchy) and scales, with the observation statement written either way. */
    private static DeclaredModel model(Data d, boolean grouped, boolean scalarLoc) {
        ModelBuilder m = new ModelBuilder();
        Expr mu0 = m.real("mu_0");
        m.normal(mu0, 1e3, 10);
        Expr tau = m.positive("tau");
        m.halfNormal(tau, 1);
        Expr mu = m.normalGroup("mu", "z", CLASSES, mu0, tau, Centering.CENTERED);
        Expr sigma = m.positiveVector("sigma", SCALES);
        m.halfNormal(sigma, 2);
        Expr loc = scalarLoc ? mu0 : mu.at(d.classOf());
        Expr scale = grouped ? sigma.at(d.scaleOf()) : sigma.at(d.scaleOf()).times(1.0);
        m.normal(m.data(d.y()), loc, scale);
        return m.build();
    }

    @Test
    void sufficientStatisticsMatchThePerObservationDensityAndGradient() {
        Random r = new Random(5);
        Data d = Data.random(r);
        for (boolean scalarLoc : new boolean[] {false, true}) {
            DeclaredModel grouped = model(d, true, scalarLoc);
            DeclaredModel plain = model(d, false, scalarLoc);
            DeclaredModel other = grouped.withObserved(Data.random(r).y());
            DeclaredModel otherPlain = plain.withObserved(other.observed());
            for (int trial = 0; trial < 20; trial++) {
                double[] q = new double[grouped.dimension()];
                for (int k = 0; k < q.length; k++) {
                    q[k] = (k == 0 || (k > 1 && k <= 1 + CLASSES) ? 1e3 : 0) + r.nextGaussian();
                }
                assertSame(grouped, plain, q);
                assertSame(other, otherPlain, q);
            }
        }
    }

    private static void assertSame(DeclaredModel grouped, DeclaredModel plain, double[] q) {
        double[] g1 = new double[q.length];
        double[] g2 = new double[q.length];
        double lp1 = grouped.logDensityGradient(q, g1);
        double lp2 = plain.logDensityGradient(q, g2);
        assertEquals(lp2, lp1, 1e-10 * Math.abs(lp2));
        double scale = 0;
        for (double g : g2) {
            scale = Math.max(scale, Math.abs(g));
        }
        for (int k = 0; k < q.length; k++) {
            assertEquals(g2[k], g1[k], 1e-10 * scale, "coordinate " + k);
        }
        double[] ll1 = new double[grouped.observations()];
        double[] ll2 = new double[plain.observations()];
        grouped.logLikelihood(q, ll1);
        plain.logLikelihood(q, ll2);
        assertArrayEquals(ll2, ll1, 0);
        double[] rep1 = new double[ll1.length];
        double[] rep2 = new double[ll1.length];
        grouped.replicate(q, RandomSource.SPLIT_MIX_64.create(9L), rep1);
        plain.replicate(q, RandomSource.SPLIT_MIX_64.create(9L), rep2);
        assertArrayEquals(rep2, rep1, 0);
    }

    /** x ~ w[c] N(low[c], s1) + (1 - w[c]) N(low[c] + gap[c], s2), as the asteroids' mixture. */
    private static DeclaredModel mixture(Data d, boolean grouped) {
        ModelBuilder m = new ModelBuilder();
        Expr low = m.realVector("low", CLASSES);
        m.normal(low, 1e3, 1);
        Expr gap = m.positiveVector("gap", CLASSES);
        m.halfNormal(gap, 1);
        Expr w = m.boundedVector("w", CLASSES, 0, 1);
        m.uniform(w, m.constant(0), m.constant(1));
        Expr s1 = m.positive("s1");
        m.halfNormal(s1, 1);
        Expr s2 = m.positive("s2");
        m.halfNormal(s2, 1);
        int[] c = d.classOf();
        Expr weight = grouped ? w.at(c) : w.at(c).times(1.0);
        m.normalMixture(m.data(d.y()), weight, low.at(c), s1, low.plus(gap).at(c), s2);
        return m.build();
    }

    @Test
    void classByClassMixtureMatchesThePerObservationMixture() {
        Random r = new Random(7);
        Data d = Data.random(r);
        DeclaredModel grouped = mixture(d, true);
        DeclaredModel plain = mixture(d, false);
        DeclaredModel other = grouped.withObserved(Data.random(r).y());
        DeclaredModel otherPlain = plain.withObserved(other.observed());
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[grouped.dimension()];
            for (int k = 0; k < q.length; k++) {
                q[k] = (k < CLASSES ? 1e3 : 0) + r.nextGaussian();
            }
            assertSame(grouped, plain, q);
            assertSame(other, otherPlain, q);
        }
    }

    @Test
    void groupsOnlyWhereObservationsShareALocAndScale() {
        Data d = Data.random(new Random(6));
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", CLASSES);
        Expr sigma = m.positiveVector("sigma", SCALES);
        Expr own = m.positiveVector("own", N);
        Expr y = m.data(d.y());
        double[] template = new double[4 * N];
        assertNotNull(GroupedNormalStatement.of(y, mu.at(d.classOf()), sigma.at(d.scaleOf()), template));
        assertNull(GroupedNormalStatement.of(y, mu.at(d.classOf()), own, template), "a scale per observation");
        assertNull(GroupedNormalStatement.of(y, mu.at(d.classOf()), sigma.at(d.scaleOf()).times(1.0), template));
        assertNull(GroupedNormalStatement.of(y, mu.at(d.classOf()), m.data(d.y()), template), "a data scale");
        Expr w = m.boundedVector("w", CLASSES, 0, 1);
        Expr s = sigma.at(d.scaleOf());
        assertNotNull(GroupedNormalMixtureStatement.of(y, w.at(d.classOf()), mu.at(d.classOf()), s, mu.at(d.classOf()),
                s, template));
        assertNull(GroupedNormalMixtureStatement.of(y, w.at(d.classOf()), mu.at(d.classOf()), own, mu.at(d.classOf()),
                s, template), "a scale per observation");
        Expr s1 = m.positive("s1");
        assertNotNull(GroupedNormalMixtureStatement.of(y, w.at(d.classOf()), mu.at(d.classOf()), s1, mu.at(d.classOf()),
                s1, template), "scalar scales, shared by every observation");
    }

    /** Grouping pays from MIN_MEAN_GROUP_SIZE = 2 observations a group on average, down to two observations. */
    @Test
    void groupsFromTwoObservationsAGroupOnAverage() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.realVector("mu", 2);
        Expr sigma = m.positiveVector("sigma", 2);
        Expr w = m.boundedVector("w", 2, 0, 1);
        double[] template = new double[256];
        int[] twoGroupsOfTwo = {0, 1, 1, 0};
        int[] twoGroupsOfThree = {0, 1, 1};
        int[] oneGroupOfTwo = {1, 1};
        Expr four = m.data(new double[] {1, 2, 3, 4});
        Expr three = m.data(new double[] {1, 2, 3});
        Expr two = m.data(new double[] {1, 2});
        assertNotNull(GroupedNormalStatement.of(four, mu.at(twoGroupsOfTwo), sigma.at(twoGroupsOfTwo), template));
        assertNull(GroupedNormalStatement.of(three, mu.at(twoGroupsOfThree), sigma.at(twoGroupsOfThree), template));
        assertNotNull(GroupedNormalStatement.of(two, mu.at(oneGroupOfTwo), sigma.at(oneGroupOfTwo), template));
        assertNotNull(GroupedNormalMixtureStatement.of(four, w.at(twoGroupsOfTwo), mu.at(twoGroupsOfTwo),
                sigma.at(twoGroupsOfTwo), mu.at(twoGroupsOfTwo), sigma.at(twoGroupsOfTwo), template));
        assertNull(GroupedNormalMixtureStatement.of(three, w.at(twoGroupsOfThree), mu.at(twoGroupsOfThree),
                sigma.at(twoGroupsOfThree), mu.at(twoGroupsOfThree), sigma.at(twoGroupsOfThree), template));
        assertNotNull(GroupedNormalMixtureStatement.of(two, w.at(oneGroupOfTwo), mu.at(oneGroupOfTwo),
                sigma.at(oneGroupOfTwo), mu.at(oneGroupOfTwo), sigma.at(oneGroupOfTwo), template));
    }
}
