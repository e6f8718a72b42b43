package org.shrinkagelab.engine.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.RecordingContext;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.model.PriorPredictive;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.SamplerSettings;

/**
 * What SBC records about each replication's fit, with fits made to order: independent draws (ESS near the draw
 * count), strongly autocorrelated ones (ESS far below the draws per fit), antithetic ones (ESS above the draw
 * count), with or without a divergent transition.
 */
class SbcReplicationTest {
    private static final int DRAWS = 400;

    /** A one-parameter model whose truth is 0; the fitter never looks at it. */
    private static final PriorPredictive ZERO = rng -> new PriorPredictive.Simulated(new LogDensity() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double logDensityGradient(double[] q, double[] gradient) {
            gradient[0] = -q[0];
            return -0.5 * q[0] * q[0];
        }

        @Override
        public List<String> outputNames() {
            return List.of("theta");
        }

        @Override
        public void outputs(double[] q, double[] out) {
            out[0] = q[0];
        }
    }, new double[] {0});

    /** One chain of an AR(1) process with the given coefficient, and a divergent__ column. */
    private static Draws ar1(double phi, long seed, boolean divergent) {
        Random r = new Random(seed);
        double[] x = new double[DRAWS];
        double previous = r.nextGaussian() / Math.sqrt(1 - phi * phi);
        for (int i = 0; i < DRAWS; i++) {
            previous = phi * previous + r.nextGaussian();
            x[i] = previous;
        }
        double[] div = new double[DRAWS];
        div[DRAWS / 2] = divergent ? 1 : 0;
        return new Draws(List.of("theta"), List.of("divergent__"), new double[][][] {{x, div}}, true);
    }

    private static SimulationBasedCalibration.Settings settings(int replications, int drawsPerFit) {
        return new SimulationBasedCalibration.Settings(replications, 3, drawsPerFit,
                SamplerSettings.nuts(1, 100, DRAWS, 0));
    }

    @Test
    void countsFitsWithTooFewEffectiveDrawsAndFitsThatDiverged() {
        // fits in turn: independent; AR(0.995) with a divergence; independent with a divergence; AR(0.995)
        List<Draws> fits = List.of(ar1(0, 1, false), ar1(0.995, 2, true), ar1(0, 3, true), ar1(0.995, 4, false));
        for (Draws d : fits) {
            double ess = Diagnostics.essBulk(d.parameter("theta"));
            // the premise: independent fits have far more than 50 effective draws, the AR ones far fewer
            assertTrue(ess > 200 || ess < 25, "ESS " + ess);
        }
        AtomicInteger next = new AtomicInteger();
        SbcResult r = SimulationBasedCalibration.run(ZERO, settings(4, 50),
                (model, seed, part) -> fits.get(next.getAndIncrement()), JobContext.none());
        assertEquals(2, r.lowEssFits());
        assertEquals(2, r.divergentFits());
    }

    @Test
    void aFitWithMoreEffectiveDrawsThanDrawsIsRankedAmongAllOfThem() {
        // antithetic draws: ESS above the draw count, so no thinning; keeping every draw is then not "low ESS"
        Draws antithetic = ar1(-0.6, 5, false);
        assertTrue(Diagnostics.essBulk(antithetic.parameter("theta")) > DRAWS);
        SbcResult r = SimulationBasedCalibration.run(ZERO, settings(1, DRAWS), (model, seed, part) -> antithetic,
                JobContext.none());
        assertEquals(0, r.lowEssFits());
        assertEquals(0, r.divergentFits());
        assertEquals(SimulationBasedCalibration.rank(0, antithetic.parameter("theta")[0]), r.ranks()[0][0]);
    }

    @Test
    void aConstantParameterDoesNotSetTheThinning() {
        // theta constant (NaN ESS) beside an AR(0.995) parameter: the AR parameter's low ESS decides
        Draws ar = ar1(0.995, 6, false);
        double[] constant = new double[DRAWS];
        Draws both = new Draws(List.of("theta", "c"), List.of(), new double[][][] {{ar.parameter("theta")[0], constant}},
                true);
        PriorPredictive twoParameters = rng -> new PriorPredictive.Simulated(
                ZERO.simulate(rng).model(), new double[] {0, 0});
        SbcResult r = SimulationBasedCalibration.run(twoParameters, settings(1, 50), (model, seed, part) -> both,
                JobContext.none());
        assertEquals(1, r.lowEssFits());
    }

    @Test
    void reportsEachReplicationAsItFinishes() {
        RecordingContext watched = new RecordingContext();
        SimulationBasedCalibration.run(ZERO, settings(3, 50), (model, seed, part) -> ar1(0, seed, false), watched);
        assertEquals(List.of("replication 1/3 done", "replication 2/3 done", "replication 3/3 done"), watched.messages());
    }

    @Test
    void drawsEqualToTheTruthAreNotBelowIt() {
        assertEquals(1, SimulationBasedCalibration.rank(1, new double[] {0, 1, 2, 1}));
    }

    @Test
    void theSmallestPValueIsOverParameters() {
        // ranks 0..1 in two bins: 10 of 10 in one bin is X^2 = 10 (p = erfc(sqrt 5)); 5 and 5 is X^2 = 0 (p = 1)
        int[] skewed = new int[10];
        int[] even = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        List<RankUniformity.Test> tests = List.of(RankUniformity.test(even, 1, 2), RankUniformity.test(skewed, 1, 2));
        SbcResult r = new SbcResult(List.of("a", "b"), new int[][] {even, skewed}, 1, tests, 0, 0, true);
        assertEquals(1, tests.get(0).pValue(), 1e-12);
        assertEquals(org.apache.commons.math3.special.Erf.erfc(Math.sqrt(5)), r.minPValue(), 1e-12);
        assertEquals(Double.NaN, new SbcResult(List.of(), new int[0][], 1, List.of(), 0, 0, true).minPValue());
    }
}
