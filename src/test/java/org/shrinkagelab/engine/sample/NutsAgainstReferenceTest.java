package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * {@link Nuts} against {@link StanNutsReference}, a plain recursive transcription of Stan's algorithm, on the
 * same random stream: every warmup and sampling transition must give the same position and the same seven
 * statistics, and the warmup the same step size and metric. The targets make each part of the algorithm
 * decide: an anisotropic correlated Gaussian far below zero log density (metric windows, U-turns inside
 * subtrees and across their seams, energies far from zero), a cliff that makes trajectories diverge, and a
 * tree-depth limit that trajectories reach.
 */
class NutsAgainstReferenceTest {

    /** The target with its log density shifted by a constant, which must change nothing but lp__ and energy__. */
    private static LogDensity shifted(LogDensity target, double shift) {
        return new LogDensity() {
            @Override
            public int dimension() {
                return target.dimension();
            }

            @Override
            public double logDensityGradient(double[] q, double[] gradient) {
                return target.logDensityGradient(q, gradient) + shift;
            }

            @Override
            public List<String> outputNames() {
                return target.outputNames();
            }

            @Override
            public void outputs(double[] q, double[] out) {
                target.outputs(q, out);
            }
        };
    }

    /** What the comparison saw, so that each test can also say the case it meant to exercise was reached. */
    private record Seen(int divergent, int maxDepthHits, double[] depths) {
    }

    private static Seen assertSameChain(LogDensity target, long seed, int warmup, int draws, int maxDepth) {
        return assertSameChain(target, seed, warmup, draws, maxDepth, 1);
    }

    /** As above, with {@code rounds} warmups (each followed by its draws) of the same samplers one after another. */
    private static Seen assertSameChain(LogDensity target, long seed, int warmup, int draws, int maxDepth,
                                        int rounds) {
        Nuts nuts = new Nuts(target, ChainStreams.stream(seed, 0), 0.8, maxDepth);
        StanNutsReference stan = new StanNutsReference(target, ChainStreams.stream(seed, 0), 0.8, maxDepth);
        double[] q0 = ChainRunner.initialPoint(target, ChainStreams.stream(seed, 1));
        nuts.initialize(q0.clone());
        stan.initialize(q0.clone());
        assertEquals(stan.eps, nuts.stepSize(), "initial step size");
        double[] got = new double[7];
        double[] want = new double[7];
        int divergent = 0;
        int hits = 0;
        double[] depths = new double[maxDepth + 1];
        for (int round = 0; round < rounds; round++) {
            nuts.startAdaptation(warmup);
            stan.startAdaptation(warmup);
            for (int it = 0; it < warmup + draws; it++) {
                if (it == warmup) {
                    nuts.finishAdaptation();
                    stan.finishAdaptation();
                    assertEquals(stan.eps, nuts.stepSize(), "adapted step size");
                    assertArrayEquals(stan.invMetric, nuts.inverseMetric(), "adapted inverse metric");
                }
                nuts.transition(got);
                stan.transition(want);
                String where = "seed " + seed + ", round " + round + ", iteration " + it;
                assertArrayEquals(stan.z.q, nuts.position(), where + ": position");
                assertArrayEquals(want, got, where + ": lp, accept, stepsize, treedepth, n_leapfrog, divergent, "
                        + "energy");
                divergent += (int) got[5];
                hits += got[3] == maxDepth ? 1 : 0;
                depths[(int) got[3]]++;
            }
        }
        return new Seen(divergent, hits, depths);
    }

    @Test
    void warmupAndSamplingMatchStanOnAnAnisotropicGaussianFarFromZeroLogDensity() {
        LogDensity target = shifted(TestDensities.gaussian2d(1, -2, 0.5, 4, 0.7), -700);
        for (long seed = 1; seed <= 3; seed++) {
            Seen seen = assertSameChain(target, seed, 300, 100, 10);
            assertTrue(seen.depths()[3] + seen.depths()[4] > 0, "trees several levels deep were built");
        }
    }

    @Test
    void divergentTrajectoriesMatchStan() {
        for (long seed = 1; seed <= 3; seed++) {
            Seen seen = assertSameChain(TestDensities.cliff(2000), seed, 150, 100, 10);
            assertTrue(seen.divergent() > 0, "the cliff makes trajectories diverge");
        }
    }

    @Test
    void subtreesOfVeryUnequalWeightMatchStan() {
        // A step of 100: the weights of a tree's two halves can differ by more than the 2^-53 a sum resolves.
        for (long seed = 1; seed <= 3; seed++) {
            assertSameChain(TestDensities.cliff(100), seed, 150, 100, 10);
        }
    }

    @Test
    void treesCutAtTheDepthLimitMatchStan() {
        Seen seen = assertSameChain(TestDensities.standardNormal(3), 5, 100, 100, 2);
        assertTrue(seen.maxDepthHits() > 0, "trees reached the limit of 2");
    }

    @Test
    void aSecondWarmupOfTheSameSamplerStartsItsStepSizeAveragingAfresh() {
        assertSameChain(TestDensities.gaussian2d(0, 0, 1, 3, 0.5), 6, 150, 20, 10, 2);
    }
}
