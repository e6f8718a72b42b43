package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/** Static HMC and random-walk Metropolis recover Gaussians with known moments. */
class OtherSamplersTest {

    @Test
    void staticHmcRecoversACorrelatedGaussian() {
        SamplerRun run = ChainRunner.run(TestDensities.gaussian2d(1, -2, 1, 3, 0.9),
                SamplerSettings.of(SamplerKind.HMC, 4, 1000, 2500, 8), JobContext.none());
        assertEquals(StaticHmc.STATS, run.draws().stats());
        BatchMeans.assertNormalMargin("x[1]", run.draws().parameter("x[1]"), 1, 1);
        BatchMeans.assertNormalMargin("x[2]", run.draws().parameter("x[2]"), -2, 3);
    }

    /**
     * Acceptance reference: src/test/resources/stan/static_hmc_accept.R, rstan 2.21's static HMC on the
     * same target, integration time and run length over 20 seeds: mean accept_stat__ 0.9200, seed-to-seed
     * sd 0.0112 (above adapt delta 0.8 as with NUTS). One run of ours must fall within 4 of those sds.
     */
    @Test
    void staticHmcRecoversTheStandardNormalIn10Dimensions() {
        SamplerRun run = ChainRunner.run(TestDensities.standardNormal(10),
                SamplerSettings.of(SamplerKind.HMC, 4, 1000, 1500, 4), JobContext.none());
        for (int i = 1; i <= 10; i++) {
            BatchMeans.assertNormalMargin("x[" + i + "]", run.draws().parameter("x[" + i + "]"), 0, 1);
        }
        double accept = BatchMeans.mean(run.draws().stat("accept_stat__"), v -> v);
        assertEquals(0.9200, accept, 4 * 0.0112, "static HMC's mean acceptance after adapting to 0.8");
    }

    @Test
    void randomWalkMetropolisRecoversACorrelatedGaussian() {
        SamplerRun run = ChainRunner.run(TestDensities.gaussian2d(1, -2, 1, 3, 0.9),
                SamplerSettings.of(SamplerKind.RWM, 4, 2000, 10000, 8), JobContext.none());
        assertEquals(RandomWalkMetropolis.STATS, run.draws().stats());
        BatchMeans.assertNormalMargin("x[1]", run.draws().parameter("x[1]"), 1, 1);
        BatchMeans.assertNormalMargin("x[2]", run.draws().parameter("x[2]"), -2, 3);
    }

    @Test
    void randomWalkMetropolisTunesItsScaleToTheTargetAcceptance() {
        SamplerRun run = ChainRunner.run(TestDensities.standardNormal(10),
                SamplerSettings.of(SamplerKind.RWM, 4, 2000, 20000, 3), JobContext.none());
        double accept = BatchMeans.mean(run.draws().stat("accept_stat__"), v -> v);
        assertEquals(RandomWalkMetropolis.TARGET_ACCEPTANCE, accept, 0.05);
        for (int i = 1; i <= 10; i++) {
            BatchMeans.assertNormalMargin("x[" + i + "]", run.draws().parameter("x[" + i + "]"), 0, 1);
        }
    }

    @Test
    void staticHmcTakesIntegrationTimeOverStepSizeLeapfrogSteps() {
        SamplerRun run = ChainRunner.run(TestDensities.standardNormal(3),
                SamplerSettings.of(SamplerKind.HMC, 2, 300, 200, 6).withIntegrationTime(3.0), JobContext.none());
        for (int c = 0; c < 2; c++) {
            double eps = run.stepSizes()[c];
            int expected = Math.max(1, (int) (3.0 / eps));
            for (int i = 0; i < run.draws().draws(c); i++) {
                assertEquals(eps, run.draws().stat("stepsize__")[c][i]);
                assertEquals(expected, run.draws().stat("n_leapfrog__")[c][i]);
            }
        }
    }
}
