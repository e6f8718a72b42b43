package org.shrinkagelab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DeclaredModelTest {

    private static double[] randomPoint(LogDensity model, Random random) {
        double[] q = new double[model.dimension()];
        for (int k = 0; k < q.length; k++) {
            q[k] = random.nextGaussian();
        }
        return q;
    }

    private static double normal(double x, double mean, double sd) {
        return new NormalDistribution(mean, sd).logDensity(x);
    }

    @Test
    void fiveDistrictsNamesFollowStan() {
        DeclaredModel model = ExampleModels.fiveDistricts(Centering.NONCENTERED, new Random(1));
        List<String> names = model.outputNames();
        assertEquals(List.of("mu", "tau_D", "tau_S", "beta_district[1]"), names.subList(0, 4));
        assertEquals("beta_district[5]", names.get(7));
        assertEquals("beta[1]", names.get(8));
        assertEquals("beta[27]", names.get(names.size() - 1));
        assertEquals(3 + 5 + 27, model.dimension());
        assertEquals(List.of("mu", "log_tau_D", "log_tau_S", "z_district[1]"), model.coordinateNames().subList(0, 4));
    }

    /** The centered five-districts log density against a sum of commons-math3 densities plus the log Jacobians. */
    @Test
    void fiveDistrictsLogDensityIsTheLogJointPlusJacobian() {
        ExampleModels.Districts data = ExampleModels.Districts.simulate(new Random(1));
        int schools = 27;
        int[] district = data.district();
        double[] hours = data.hours();
        double[] improvement = data.improvement();
        double[] stderr = data.stderr();
        DeclaredModel model = ExampleModels.fiveDistricts(Centering.CENTERED, new Random(1));
        Random random = new Random(5);
        double[] out = new double[model.outputNames().size()];
        for (int trial = 0; trial < 10; trial++) {
            double[] q = randomPoint(model, random);
            model.outputs(q, out);
            double mu = out[0];
            double tauD = out[1];
            double tauS = out[2];
            double expected = normal(mu, 0, 1) + Math.log(2) + normal(tauD, 0, 0.5) + Math.log(2) + normal(tauS, 0, 0.5)
                    + Math.log(tauD) + Math.log(tauS);
            for (int d = 0; d < 5; d++) {
                expected += normal(out[3 + d], mu, tauD);
            }
            for (int j = 0; j < schools; j++) {
                double beta = out[8 + j];
                expected += normal(beta, out[3 + district[j]], tauS) + normal(improvement[j], beta * hours[j], stderr[j]);
            }
            assertEquals(expected, model.logDensity(q), 1e-10 * Math.abs(expected));
        }
    }

    /** Non-centered density of z is the centered density of x = mu + tau z times the Jacobian tau^J. */
    @Test
    void nonCenteredDiffersFromCenteredByTheJacobian() {
        int groups = 12;
        DeclaredModel centered = ExampleModels.groups(groups, 5, Centering.CENTERED, 1);
        DeclaredModel noncentered = ExampleModels.groups(groups, 5, Centering.NONCENTERED, 1);
        Random random = new Random(3);
        double[] out = new double[noncentered.outputNames().size()];
        for (int trial = 0; trial < 10; trial++) {
            double[] z = randomPoint(noncentered, random);
            noncentered.outputs(z, out);
            double[] x = z.clone();
            System.arraycopy(out, 3, x, 3, groups);
            double tau = Math.exp(z[1]);
            assertEquals(centered.logDensity(x) + groups * Math.log(tau), noncentered.logDensity(z),
                    1e-10 * Math.abs(noncentered.logDensity(z)));
        }
    }

    @Test
    void mixtureLogDensityIsTheLogOfTheWeightedSum() {
        Random data = new Random(3);
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 3 == 0 ? -1 + 0.3 * data.nextGaussian() : -2.5 + 0.4 * data.nextGaussian();
        }
        DeclaredModel model = ExampleModels.mixture(new Random(3));
        assertEquals(List.of("w", "mu_low", "gap", "sigma_low", "sigma_high", "mu_high"), model.outputNames());
        double[] out = new double[6];
        double[] q = {0.3, -2, -0.2, -1, -0.5};
        model.outputs(q, out);
        double w = out[0];
        double expected = 0;
        for (double xi : x) {
            expected += Math.log(w * Math.exp(normal(xi, out[1], out[3])) + (1 - w) * Math.exp(normal(xi, out[5], out[4])));
        }
        double[] logLik = new double[40];
        model.logLikelihood(q, logLik);
        double sum = 0;
        for (double l : logLik) {
            sum += l;
        }
        assertEquals(expected, sum, 1e-10 * Math.abs(expected));
    }

    @Test
    void pointwiseLogLikelihoodIsEachObservationsDensity() {
        DeclaredModel model = ExampleModels.groups(4, 3, Centering.NONCENTERED, 2);
        double[] q = randomPoint(model, new Random(8));
        double[] out = new double[model.outputNames().size()];
        model.outputs(q, out);
        double[] y = model.observed();
        double[] logLik = new double[model.observations()];
        model.logLikelihood(q, logLik);
        assertEquals(12, logLik.length);
        for (int i = 0; i < 12; i++) {
            assertEquals(normal(y[i], out[3 + i / 3], out[2]), logLik[i], 1e-12);
        }
    }

    /** Replicates at a fixed point have the likelihood's mean and sd, within 4 Monte Carlo standard errors. */
    @Test
    void replicatesFollowTheLikelihood() {
        DeclaredModel model = ExampleModels.groups(2, 2, Centering.CENTERED, 2);
        double[] q = {1, 0, Math.log(2), 3, -1};
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(4L);
        int n = 40_000;
        double[] sum = new double[4];
        double[] sumSquares = new double[4];
        double[] rep = new double[4];
        for (int r = 0; r < n; r++) {
            model.replicate(q, rng, rep);
            for (int i = 0; i < 4; i++) {
                sum[i] += rep[i];
                sumSquares[i] += rep[i] * rep[i];
            }
        }
        for (int i = 0; i < 4; i++) {
            double mean = sum[i] / n;
            double variance = sumSquares[i] / n - mean * mean;
            double alpha = i < 2 ? 3 : -1;
            assertEquals(alpha, mean, 4 * 2 / Math.sqrt(n));
            // var of the sample variance of a normal is 2 sigma^4 / n
            assertEquals(4, variance, 4 * Math.sqrt(2 * 16.0 / n));
        }
    }

    /**
     * A target term on a bare parameter is no prior to draw from (it is not a sampling statement): the model
     * says so instead of drawing through it.
     */
    @Test
    void aTargetTermIsNoPriorToDrawFrom() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        m.target(mu.square().negate());
        m.normal(m.data(new double[] {1.0, 2.0}), mu, m.data(new double[] {1.0, 1.0}));
        DeclaredModel model = m.build();
        assertFalse(model.canDrawPrior());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.drawPrior(rng));
        assertTrue(e.getMessage().contains("target term"), e.getMessage());

        ModelBuilder bare = new ModelBuilder();
        Expr tau = bare.positive("tau");
        bare.target(tau);
        DeclaredModel onParameter = bare.build();
        assertFalse(onParameter.canDrawPrior(), "target(tau) was taken for tau's prior");
    }

    /** Prior draws of the groups model: mu ~ N(0, 5), tau ~ half-normal(5), alpha_j | mu, tau ~ N(mu, tau). */
    @Test
    void priorDrawsFollowThePrior() {
        DeclaredModel model = ExampleModels.groups(3, 2, Centering.NONCENTERED, 2);
        assertTrue(model.canDrawPrior());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(9L);
        int n = 40_000;
        double sumMu = 0;
        double sumTau = 0;
        double sumTauSquared = 0;
        double sumOffset = 0;
        double[] out = new double[model.outputNames().size()];
        for (int r = 0; r < n; r++) {
            model.outputs(model.drawPrior(rng), out);
            sumMu += out[0];
            sumTau += out[1];
            sumTauSquared += out[1] * out[1];
            sumOffset += (out[3] - out[0]) * (out[3] - out[0]);
        }
        assertEquals(0, sumMu / n, 4 * 5 / Math.sqrt(n));
        double tauMean = 5 * Math.sqrt(2 / Math.PI);
        double tauSd = Math.sqrt(25 - tauMean * tauMean);
        assertEquals(tauMean, sumTau / n, 4 * tauSd / Math.sqrt(n));
        // E[(alpha - mu)^2] = E[tau^2] = 25; its sd is sqrt(E tau^4 E z^4 - 25^2) = sqrt(3 * 3 * 625 - 625)
        assertEquals(25, sumOffset / n, 4 * Math.sqrt(8 * 625.0) / Math.sqrt(n));
        assertEquals(25, sumTauSquared / n, 4 * Math.sqrt(2 * 625.0) / Math.sqrt(n));
    }

    @Test
    void simulatedDataReplaceTheObservations() {
        DeclaredModel model = ExampleModels.groups(3, 2, Centering.CENTERED, 2);
        PriorPredictive.Simulated simulated = model.simulate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L));
        DeclaredModel refit = (DeclaredModel) simulated.model();
        assertEquals(model.outputNames().size(), simulated.truth().length);
        assertEquals(6, refit.observed().length);
        assertTrue(!java.util.Arrays.equals(model.observed(), refit.observed()));
        assertEquals(model.dimension(), refit.dimension());
    }

    @Test
    void priorDrawsAreRefusedWithoutAProperPrior() {
        ModelBuilder m = new ModelBuilder();
        Expr mu = m.real("mu");
        m.normal(m.data(new double[] {1, 2}), mu, m.constant(1));
        DeclaredModel model = m.build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> model.simulate(RandomSource.XO_RO_SHI_RO_128_PP.create(1L)));
        assertTrue(e.getMessage().contains("mu"), e.getMessage());
    }

    @Test
    void badDeclarationsAreRefusedWithAReason() {
        ModelBuilder m = new ModelBuilder();
        Expr a = m.realVector("a", 3);
        assertThrows(IllegalArgumentException.class, () -> m.real("a"));
        Expr b = m.realVector("b", 4);
        assertThrows(IllegalArgumentException.class, () -> a.plus(b));
        assertThrows(IllegalArgumentException.class, () -> a.at(new int[] {0, 3}));
        assertThrows(IllegalArgumentException.class, () -> m.normal(m.data(new double[] {1, 2}), a, m.constant(1)));
        ModelBuilder other = new ModelBuilder();
        assertThrows(IllegalArgumentException.class, () -> other.normal(a, 0, 1));
    }

    /** One instance used by several threads at once gives each the single-threaded numbers. */
    @Test
    void oneInstanceServesSeveralThreads() throws Exception {
        DeclaredModel model = ExampleModels.groups(50, 5, Centering.NONCENTERED, 3);
        Random random = new Random(1);
        double[][] points = new double[200][];
        double[][] expected = new double[200][];
        for (int i = 0; i < points.length; i++) {
            points[i] = randomPoint(model, random);
            expected[i] = new double[model.dimension() + 1];
            expected[i][model.dimension()] = model.logDensityGradient(points[i], expected[i]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int repeat = 0; repeat < 20; repeat++) {
                        for (int i = 0; i < points.length; i++) {
                            double[] g = new double[model.dimension() + 1];
                            g[model.dimension()] = model.logDensityGradient(points[i], g);
                            assertArrayEquals(expected[i], g, 0);
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
