package org.shrinkagelab.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.diag.PointwiseLoo;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.model.PointwiseLogLikelihood;
import org.shrinkagelab.engine.model.ReplicatedData;
import org.shrinkagelab.engine.model.Unconstrain;
import org.shrinkagelab.engine.sample.Draws;

class ModelChecksTest {
    private static final double[] Y = {1.0, 2.5, -0.5};
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    /** y_i ~ Normal(mu, 1) under a flat prior on mu; q = (mu). */
    private static class NormalMean implements LogDensity, Unconstrain {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double logDensityGradient(double[] q, double[] gradient) {
            double lp = 0;
            gradient[0] = 0;
            for (double y : Y) {
                lp -= 0.5 * (y - q[0]) * (y - q[0]);
                gradient[0] += y - q[0];
            }
            return lp;
        }

        @Override
        public List<String> outputNames() {
            return List.of("mu");
        }

        @Override
        public void outputs(double[] q, double[] out) {
            out[0] = q[0];
        }

        @Override
        public void unconstrain(double[] outputs, double[] q) {
            q[0] = outputs[0];
        }
    }

    /** The model with replicated data: y_rep_i = mu + a standard normal (Box-Muller). */
    private static class Replicating extends NormalMean implements ReplicatedData {
        @Override
        public double[] observed() {
            return Y.clone();
        }

        @Override
        public void replicate(double[] q, UniformRandomProvider rng, double[] out) {
            for (int i = 0; i < out.length; i++) {
                double u = 1 - rng.nextDouble();
                out[i] = q[0] + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
            }
        }
    }

    /** The model with its pointwise log-likelihood: log N(y_i | mu, 1). */
    private static class Pointwise extends NormalMean implements PointwiseLogLikelihood {
        @Override
        public int observations() {
            return Y.length;
        }

        @Override
        public void logLikelihood(double[] q, double[] out) {
            for (int i = 0; i < Y.length; i++) {
                out[i] = -HALF_LOG_2PI - 0.5 * (Y[i] - q[0]) * (Y[i] - q[0]);
            }
        }
    }

    private static final class Both extends Replicating implements PointwiseLogLikelihood {
        private final Pointwise pointwise = new Pointwise();

        @Override
        public int observations() {
            return pointwise.observations();
        }

        @Override
        public void logLikelihood(double[] q, double[] out) {
            pointwise.logLikelihood(q, out);
        }
    }

    /** Exact posterior draws: mu | y ~ Normal(mean(y), 1 / sqrt(3)), 2 chains. */
    private static Draws posterior(String name, int perChain) {
        Random r = new Random(17);
        double mean = (Y[0] + Y[1] + Y[2]) / 3;
        double[][][] values = new double[2][1][perChain];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < perChain; i++) {
                values[c][0][i] = mean + r.nextGaussian() / Math.sqrt(3);
            }
        }
        return new Draws(List.of(name), List.of(), values, true);
    }

    /**
     * The replicates are drawn from the posterior predictive N(mu, 1), mu from the draws: at most 400, and their
     * mean per observation is the draws' mean within 4 Monte Carlo standard errors (sd sqrt(1/3 + 1) over 400).
     */
    @Test
    void replicatesFollowThePosteriorPredictiveOfTheDraws() {
        Draws draws = posterior("mu", 300);
        ModelChecks checks = ModelChecks.of(new Both(), draws, JobContext.none());
        assertTrue(checks.hasPpc());
        assertArrayEquals(Y, checks.observed());
        assertEquals(ModelChecks.MAX_REPLICATES, checks.replicates().length);
        double muMean = Arrays.stream(Draws.pooled(draws.parameter("mu"))).average().orElseThrow();
        double tolerance = 4 * Math.sqrt((1.0 / 3 + 1) / ModelChecks.MAX_REPLICATES);
        for (int i = 0; i < Y.length; i++) {
            double sum = 0;
            for (double[] rep : checks.replicates()) {
                assertEquals(Y.length, rep.length);
                sum += rep[i];
            }
            assertEquals(muMean, sum / checks.replicates().length, tolerance, "observation " + (i + 1));
        }
        assertNotNull(checks.loo());
    }

    /**
     * PSIS-LOO of the exact posterior against the closed form: y_i | y_-i ~ N(mean(y_-i), sqrt(1 + 1/2)), within
     * 4 of loo's own Monte Carlo standard errors of each elpd_i (plus 1e-3 for the importance-sampling bias).
     */
    @Test
    void looMatchesTheClosedFormLeaveOneOutPredictive() {
        Draws draws = posterior("mu", 1000);
        ModelChecks checks = ModelChecks.of(new Pointwise(), draws, JobContext.none());
        assertFalse(checks.hasPpc(), "no replicated data without ReplicatedData");
        assertNull(checks.observed());
        LooResult loo = checks.loo();
        assertEquals(3, loo.pointwise().size());
        for (int i = 0; i < 3; i++) {
            double others = (Y[0] + Y[1] + Y[2] - Y[i]) / 2;
            double variance = 1 + 0.5;
            double exact = -0.5 * Math.log(2 * Math.PI * variance) - (Y[i] - others) * (Y[i] - others) / (2 * variance);
            PointwiseLoo row = loo.pointwise().get(i);
            assertEquals("log_lik[" + (i + 1) + "]", row.name());
            assertEquals(exact, row.elpdLoo(), 4 * row.mcseElpdLoo() + 1e-3, row.name());
        }
    }

    /** log p(y_i | draw) for every chain and draw is the normal log density at that draw's mu. */
    @Test
    void pointwiseLogLikelihoodIsTheModelsAtEachDraw() {
        Draws draws = posterior("mu", 5);
        Pointwise model = new Pointwise();
        double[][][] ll = ModelChecks.logLik(model, model, model, draws, JobContext.none());
        assertEquals(2, ll.length);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 3; i++) {
                for (int d = 0; d < 5; d++) {
                    double mu = draws.parameter("mu")[c][d];
                    assertEquals(-HALF_LOG_2PI - 0.5 * (Y[i] - mu) * (Y[i] - mu), ll[c][i][d], 1e-12);
                }
            }
        }
    }

    @Test
    void nothingIsCheckedWhenTheDrawsAreNotTheModelsOrThereAreNone() {
        Both model = new Both();
        assertSame(ModelChecks.NONE, ModelChecks.of(model, posterior("theta", 10), JobContext.none()));
        assertSame(ModelChecks.NONE, ModelChecks.of(model, posterior("mu", 0), JobContext.none()));
        assertNull(ModelChecks.loo(model, posterior("mu", 1), JobContext.none()), "one draw per chain");
        assertFalse(ModelChecks.NONE.hasPpc());
    }

    /** After the cancel that ended the sampling the checks still run; a cancel while they run stops them. */
    @Test
    void aCancelDuringTheChecksStopsThemButOneFromBeforeDoesNot() {
        RecordingContext before = new RecordingContext();
        before.cancel();
        assertTrue(ModelChecks.of(new Both(), posterior("mu", 10), before).hasPpc());
        RecordingContext during = new RecordingContext();
        during.cancelAfterQueries(1);
        assertThrows(CancelledException.class, () -> ModelChecks.of(new Replicating(), posterior("mu", 10), during));
        RecordingContext cancelled = new RecordingContext();
        cancelled.cancel();
        Pointwise model = new Pointwise();
        assertThrows(CancelledException.class,
                () -> ModelChecks.logLik(model, model, model, posterior("mu", 10), cancelled));
    }
}
