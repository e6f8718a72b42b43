package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.data.EightSchoolsData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.apache.commons.math3.distribution.CauchyDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

class EightSchoolsModelTest {
    private static final EightSchoolsData DATA = EightSchoolsData.bundled();

    static Stream<EightSchoolsModel> models() {
        List<EightSchoolsModel> models = new ArrayList<>();
        String[] tauPriors = {"half-cauchy:2", "half-normal:5", "uniform:0,50", "uniform:1,30", "exponential:0.2",
            "inv-gamma:2,3", "half-student-t:3,5"};
        for (Parameterization p : Parameterization.values()) {
            for (String tau : tauPriors) {
                for (String pop : new String[] {"normal", "student-t:4"}) {
                    models.add(new EightSchoolsModel(DATA, p, MuPrior.parse("normal:1,20"), TauPrior.parse(tau),
                            Population.parse(pop)));
                }
            }
            models.add(new EightSchoolsModel(DATA, p, MuPrior.flat(), TauPrior.halfCauchy(5), Population.normal()));
        }
        return models.stream();
    }

    /** Central differences with h = 1e-5 have error O(h^2 f''') ~ 1e-9 here; 1e-6 relative leaves room for rounding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void gradientMatchesFiniteDifferences(EightSchoolsModel model) {
        Random random = new Random(42);
        int d = model.dimension();
        double[] gradient = new double[d];
        for (int trial = 0; trial < 20; trial++) {
            double[] q = new double[d];
            q[0] = 20 * random.nextGaussian();
            q[1] = model.tauPrior().family() == TauPrior.Family.UNIFORM ? 3 * random.nextGaussian()
                    : 1 + 1.5 * random.nextGaussian();
            for (int j = 2; j < d; j++) {
                q[j] = model.parameterization() == Parameterization.CENTERED ? q[0] + 15 * random.nextGaussian()
                        : 1.5 * random.nextGaussian();
            }
            double lp = model.logDensityGradient(q, gradient);
            assertEquals(model.logDensity(q), lp, 0);
            for (int k = 0; k < d; k++) {
                int i = k;
                double h = 1e-5 * Math.max(1, Math.abs(q[i]));
                double[] plus = q.clone();
                double[] minus = q.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (model.logDensity(plus) - model.logDensity(minus)) / (2 * h);
                assertEquals(fd, gradient[i], 1e-6 * Math.max(1, Math.abs(fd)),
                        () -> model + " coordinate " + model.coordinateNames().get(i) + " at trial");
            }
        }
    }

    /** The log density against a direct sum of commons-math3 log densities on the constrained scale plus log Jacobian. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void logDensityIsTheLogJointPlusJacobian(EightSchoolsModel model) {
        Random random = new Random(7);
        double[] theta = new double[8];
        double[] out = new double[10];
        for (int trial = 0; trial < 10; trial++) {
            double mu = 10 * random.nextGaussian();
            double tau = model.tauPrior().lower() + 1 + 10 * random.nextDouble();
            for (int j = 0; j < 8; j++) {
                theta[j] = mu + tau * random.nextGaussian();
            }
            double[] q = model.unconstrain(mu, tau, theta);
            model.outputs(q, out);
            assertEquals(mu, out[0], 1e-12);
            assertEquals(tau, out[1], 1e-9 * tau);
            for (int j = 0; j < 8; j++) {
                assertEquals(theta[j], out[2 + j], 1e-9 * (1 + Math.abs(theta[j])));
            }
            double expected = referenceLogJoint(model, mu, tau, theta);
            double jacobian;
            if (model.tauPrior().family() == TauPrior.Family.UNIFORM) {
                double lo = model.tauPrior().lower();
                double hi = model.tauPrior().upper();
                jacobian = Math.log((tau - lo) * (hi - tau) / (hi - lo));
            } else {
                jacobian = Math.log(tau);
            }
            if (model.parameterization() == Parameterization.NONCENTERED) {
                jacobian += 8 * Math.log(tau); // density of eta = density of theta times tau^J
            }
            assertEquals(expected + jacobian, model.logDensity(q), 1e-9 * Math.abs(expected));
        }
    }

    private static double referenceLogJoint(EightSchoolsModel model, double mu, double tau, double[] theta) {
        double lp = model.muPrior().isFlat() ? 0
                : new NormalDistribution(model.muPrior().mean(), model.muPrior().sd()).logDensity(mu);
        lp += referenceTauPrior(model.tauPrior(), tau);
        double[] y = DATA.effects();
        double[] sigma = DATA.stderrs();
        for (int j = 0; j < 8; j++) {
            lp += new NormalDistribution(theta[j], sigma[j]).logDensity(y[j]);
            double z = (theta[j] - mu) / tau;
            lp += (model.population().isNormal() ? new NormalDistribution(0, 1).logDensity(z)
                    : new TDistribution(model.population().nu()).logDensity(z)) - Math.log(tau);
        }
        return lp;
    }

    private static double referenceTauPrior(TauPrior prior, double tau) {
        double[] a = prior.arguments();
        return switch (prior.family()) {
            case HALF_CAUCHY -> Math.log(2) + new CauchyDistribution(0, a[0]).logDensity(tau);
            case HALF_NORMAL -> Math.log(2) + new NormalDistribution(0, a[0]).logDensity(tau);
            case UNIFORM -> -Math.log(a[1] - a[0]);
            case EXPONENTIAL -> new org.apache.commons.math3.distribution.ExponentialDistribution(1 / a[0])
                    .logDensity(tau);
            case INV_GAMMA -> new org.apache.commons.math3.distribution.GammaDistribution(a[0], 1 / a[1])
                    .logDensity(1 / tau) - 2 * Math.log(tau);
            case HALF_STUDENT_T -> Math.log(2) + new TDistribution(a[0]).logDensity(tau / a[1]) - Math.log(a[1]);
        };
    }

    /** The gradient runs in the sampler's inner loop: it must not allocate (16 bytes a call would show as 1.6 MB). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void gradientDoesNotAllocate(EightSchoolsModel model) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        double[] q = model.unconstrain(3, model.tauPrior().lower() + 2, new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        double[] gradient = new double[model.dimension()];
        double sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += model.logDensityGradient(q, gradient);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            q[0] = i * 1e-6;
            sink += model.logDensityGradient(q, gradient);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 10_000, model + " allocated " + allocated + " bytes in 100000 calls");
        assertTrue(Double.isFinite(sink));
    }

    @Test
    void outputNamesFollowStan() {
        EightSchoolsModel model = EightSchoolsModel.standard(Parameterization.NONCENTERED);
        assertEquals(List.of("mu", "tau", "theta[1]", "theta[2]", "theta[3]", "theta[4]", "theta[5]", "theta[6]",
                "theta[7]", "theta[8]"), model.outputNames());
        assertEquals(10, model.dimension());
        assertEquals("eta[1]", model.coordinateNames().get(2));
    }
}
