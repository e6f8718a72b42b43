package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.MuPrior;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.Parameterization;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.bench.HandCodedEightSchoolsModel;
import org.shrinkagelab.data.EightSchoolsData;

/** The declared Eight Schools model against the hand-coded one it replaced, and its log-likelihood and prior draws. */
class EightSchoolsDeclarationTest {
    private static final EightSchoolsData DATA = EightSchoolsData.bundled();
    private static final String[] TAU_PRIORS = {"half-cauchy:2", "half-normal:5", "uniform:0,50", "exponential:0.2",
        "inv-gamma:2,3", "half-student-t:3,5"};

    /**
     * The gradient is bit for bit the hand-coded one (same pieces, same order of sums), so the draws are
     * too, except for the centered normal population, whose vectorised normal statement multiplies by
     * 1 / tau where the hand-coded model divided by tau: there the two agree to rounding.
     */
    @Test
    void gradientIsTheHandCodedOne() {
        Random random = new Random(2);
        for (Parameterization p : Parameterization.values()) {
            for (String tau : TAU_PRIORS) {
                for (String population : new String[] {"normal", "student-t:4"}) {
                    for (MuPrior mu : new MuPrior[] {MuPrior.normal(1, 20), MuPrior.flat()}) {
                        EightSchoolsModel declared = new EightSchoolsModel(DATA, p, mu, TauPrior.parse(tau),
                                Population.parse(population));
                        HandCodedEightSchoolsModel hand = new HandCodedEightSchoolsModel(DATA, p, mu,
                                TauPrior.parse(tau), Population.parse(population));
                        boolean exact = p == Parameterization.NONCENTERED || !population.equals("normal");
                        for (int trial = 0; trial < 20; trial++) {
                            double[] q = new double[10];
                            for (int k = 0; k < 10; k++) {
                                q[k] = (k == 0 ? 10 : k == 1 ? 1.5 : p == Parameterization.CENTERED ? 15 : 1)
                                        * random.nextGaussian();
                            }
                            double[] g = new double[10];
                            double[] h = new double[10];
                            double lp = declared.logDensityGradient(q, g);
                            double lh = hand.logDensityGradient(q, h);
                            assertEquals(lh, lp, 1e-12 * Math.abs(lh), declared::toString);
                            if (exact) {
                                assertArrayEquals(h, g, 0, declared::toString);
                            } else {
                                for (int k = 0; k < 10; k++) {
                                    assertEquals(h[k], g[k], 1e-12 * Math.max(1, Math.abs(h[k])), declared::toString);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void logLikelihoodIsEachSchoolsNormalDensity() {
        EightSchoolsModel model = EightSchoolsModel.standard(Parameterization.NONCENTERED);
        double[] theta = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] q = model.unconstrain(4, 3, theta);
        double[] logLik = new double[model.observations()];
        model.logLikelihood(q, logLik);
        double[] y = DATA.effects();
        double[] sigma = DATA.stderrs();
        for (int j = 0; j < 8; j++) {
            assertEquals(new NormalDistribution(theta[j], sigma[j]).logDensity(y[j]), logLik[j], 1e-12);
        }
        assertEquals("log_lik[8]", model.observationNames().get(7));
        assertArrayEquals(y, model.observed(), 0);
    }

    @Test
    void simulatedModelKeepsTheStandardErrorsAndChoices() {
        EightSchoolsModel model = new EightSchoolsModel(DATA, Parameterization.CENTERED, MuPrior.normal(0, 5),
                TauPrior.halfNormal(5), Population.studentT(4));
        var simulated = model.simulate(RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
        EightSchoolsModel refit = (EightSchoolsModel) simulated.model();
        assertEquals(model.toString(), refit.toString());
        assertEquals(10, simulated.truth().length);
        double[] truth = simulated.truth();
        // the simulated effects lie around the true theta_j with the known standard errors (|z| < 6)
        for (int j = 0; j < 8; j++) {
            double z = (refit.observed()[j] - truth[2 + j]) / DATA.stderrs()[j];
            assertEquals(0, z, 6);
        }
    }
}
