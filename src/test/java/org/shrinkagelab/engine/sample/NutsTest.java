package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.JobContext;

/** NUTS against targets whose moments and quantiles are known in closed form, and against rstan's behaviour. */
class NutsTest {

    @Test
    void recoversTheStandardNormalIn10Dimensions() {
        SamplerRun run = ChainRunner.run(TestDensities.standardNormal(10), SamplerSettings.nuts(4, 1000, 2000, 11),
                JobContext.none());
        Draws draws = run.draws();
        assertTrue(draws.complete());
        assertEquals(4, draws.chains());
        assertEquals(2000, draws.shortestChain());
        for (int i = 1; i <= 10; i++) {
            BatchMeans.assertNormalMargin("x[" + i + "]", draws.parameter("x[" + i + "]"), 0, 1);
        }
        assertEquals(0, run.divergences());
    }

    @Test
    void recoversACorrelatedGaussian() {
        SamplerRun run = ChainRunner.run(TestDensities.gaussian2d(1, -2, 1, 3, 0.9),
                SamplerSettings.nuts(4, 1000, 2500, 5), JobContext.none());
        Draws draws = run.draws();
        BatchMeans.assertNormalMargin("x[1]", draws.parameter("x[1]"), 1, 1);
        BatchMeans.assertNormalMargin("x[2]", draws.parameter("x[2]"), -2, 3);
        double[][] x1 = draws.parameter("x[1]");
        double[][] x2 = draws.parameter("x[2]");
        double[][] product = new double[x1.length][];
        for (int c = 0; c < x1.length; c++) {
            product[c] = new double[x1[c].length];
            for (int i = 0; i < x1[c].length; i++) {
                product[c][i] = (x1[c][i] - 1) * (x2[c][i] + 2);
            }
        }
        BatchMeans.assertExpectation("cov(x1, x2)", product, v -> v, 0.9 * 1 * 3);
    }

    /**
     * After warmup, Stan's mean accept_stat__ sits above adapt_delta (the final step size is the
     * dual-averaged one). Reference: src/test/resources/stan/std_normal_accept.R, rstan 2.21 on the
     * same target and run length over 20 seeds: 0.8823 (sd 0.0089) at delta 0.8 and 0.9535 (sd 0.0034)
     * at 0.95. One run of ours must fall within 4 of those seed-to-seed sds.
     */
    @Test
    void stepSizeAdaptationMatchesStansAcceptance() {
        double[][] reference = {{0.8, 0.8823, 0.0089}, {0.95, 0.9535, 0.0034}};
        for (double[] ref : reference) {
            SamplerRun run = ChainRunner.run(TestDensities.standardNormal(10),
                    SamplerSettings.nuts(4, 1000, 1000, 3).withAdaptDelta(ref[0]), JobContext.none());
            double mean = BatchMeans.mean(run.draws().stat("accept_stat__"), v -> v);
            assertEquals(ref[1], mean, 4 * ref[2], "mean accept_stat__ at adapt delta " + ref[0]);
        }
    }

    /**
     * Stan (src/test/resources/stan/funnel.R, same funnel and run length, seeds 1-20) reports divergences in
     * 17 of 18 finished seeds and almost never reaches the neck: the fraction of draws with v below the true
     * 5% quantile (-4.93) averages 0.001 instead of 0.05. We must show the same symptoms.
     */
    @Test
    void reportsDivergencesInNealsFunnelLikeStan() {
        int seedsWithDivergences = 0;
        double neck = 0;
        for (long seed = 1; seed <= 5; seed++) {
            SamplerRun run = ChainRunner.run(TestDensities.funnel(10), SamplerSettings.nuts(4, 1000, 1000, seed),
                    JobContext.none());
            seedsWithDivergences += run.divergences() > 0 ? 1 : 0;
            neck += BatchMeans.mean(run.draws().parameter("v"), v -> v < -4.9346 ? 1 : 0) / 5;
        }
        assertTrue(seedsWithDivergences >= 4, "only " + seedsWithDivergences + " of 5 seeds diverged");
        assertTrue(neck < 0.025, "the neck was reached too often for NUTS at defaults: " + neck);
    }

    @Test
    void treeDepthIsCappedAndCappedTreesAreCounted() {
        SamplerRun run = ChainRunner.run(TestDensities.gaussian2d(0, 0, 1, 30, 0.95),
                SamplerSettings.nuts(2, 300, 300, 4).withMaxTreeDepth(2), JobContext.none());
        int capped = 0;
        for (double[] chain : run.draws().stat("treedepth__")) {
            for (double depth : chain) {
                assertTrue(depth <= 2, "tree depth " + depth + " above the cap");
                capped += depth == 2 ? 1 : 0;
            }
        }
        for (double[] chain : run.draws().stat("n_leapfrog__")) {
            for (double n : chain) {
                assertTrue(n <= 3, n + " leapfrog steps with depth at most 2");
            }
        }
        assertTrue(capped > 0);
        assertEquals(capped, run.maxTreeDepthHits());
    }

    /**
     * The transition alone, without adaptation (unit metric, step size 0.25), on the funnel: per-run means of
     * n_leapfrog__, accept_stat__, divergences and v over 20 seeds agree with rstan 2.21's (reference:
     * src/test/resources/stan/funnel_fixed_step.R; means 49.555, 0.8737, 4.45, 0.470 with seed-to-seed sds
     * 12.052, 0.0473, 9.51, 0.433) within 4 standard errors of the difference.
     */
    @Test
    void transitionMatchesStanAtAFixedStepSize() {
        double[][] stan = {{49.555, 12.052}, {0.8737, 0.0473}, {4.45, 9.51}, {0.470, 0.433}};
        String[] names = {"n_leapfrog__", "accept_stat__", "divergences", "v"};
        int seeds = 20;
        double[][] perSeed = new double[4][seeds];
        for (int seed = 1; seed <= seeds; seed++) {
            for (int c = 0; c < 4; c++) {
                UniformRandomProvider rng = ChainStreams.stream(seed, c);
                Nuts nuts = new Nuts(TestDensities.funnel(10), rng, 0.8, 10);
                nuts.initialize(ChainRunner.initialPoint(TestDensities.funnel(10), rng));
                nuts.stepSize = 0.25;
                double[] stats = new double[7];
                for (int it = 0; it < 1200; it++) {
                    nuts.transition(stats);
                    if (it >= 200) {
                        perSeed[0][seed - 1] += stats[4] / 4000;
                        perSeed[1][seed - 1] += stats[1] / 4000;
                        perSeed[2][seed - 1] += stats[5];
                        perSeed[3][seed - 1] += nuts.position()[0] / 4000;
                    }
                }
            }
        }
        for (int k = 0; k < 4; k++) {
            double m = Arrays.stream(perSeed[k]).average().orElseThrow();
            double ss = 0;
            for (double v : perSeed[k]) {
                ss += (v - m) * (v - m);
            }
            double se = Math.sqrt(ss / (seeds - 1) / seeds + stan[k][1] * stan[k][1] / seeds);
            assertEquals(stan[k][0], m, 4 * se, names[k]);
        }
    }
}
