package org.shrinkagelab.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.engine.model.ReplicatedData;

/** Replicates come from the right draws, through the caller's inverse map, reproducibly from the seed. */
class PosteriorPredictiveTest {

    /** Two chains of 5 draws of (mu, tau): mu = 10 c + i, tau = 1 + i. */
    private static Draws draws() {
        double[][][] v = new double[2][2][5];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 5; i++) {
                v[c][0][i] = 10 * c + i;
                v[c][1][i] = 1 + i;
            }
        }
        return new Draws(List.of("mu", "tau"), List.of(), v, true);
    }

    @Test
    void oneReplicatePerDrawOrEvenlySpacedDraws() {
        PosteriorPredictive.Simulator copy = (outputs, rng, out) -> {
            out[0] = outputs[0];
            out[1] = outputs[1];
        };
        double[][] all = PosteriorPredictive.replicates(draws(), 2, copy, 100, 1);
        assertEquals(10, all.length);
        assertArrayEquals(new double[] {2, 3}, all[2]);
        assertArrayEquals(new double[] {10, 1}, all[5]);
        double[][] some = PosteriorPredictive.replicates(draws(), 2, copy, 4, 1);
        // pooled draws 0, 2, 5, 7 (r * 10 / 4, rounded down)
        assertArrayEquals(new double[][] {{0, 1}, {2, 3}, {10, 1}, {12, 3}}, some);
    }

    @Test
    void unconstrainedModelsGetTheirPointBackAndTheSeedFixesTheNumbers() {
        // y_i ~ Normal(mu, tau) for 3 observations, replicated from q = (mu, log tau)
        ReplicatedData model = new ReplicatedData() {
            @Override
            public double[] observed() {
                return new double[3];
            }

            @Override
            public void replicate(double[] q, UniformRandomProvider rng, double[] out) {
                ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
                for (int i = 0; i < out.length; i++) {
                    out[i] = q[0] + Math.exp(q[1]) * z.sample();
                }
            }
        };
        PosteriorPredictive.Simulator sim = PosteriorPredictive.fromUnconstrained(model, 2, (outputs, q) -> {
            q[0] = outputs[0];
            q[1] = Math.log(outputs[1]);
        });
        double[][] a = PosteriorPredictive.replicates(draws(), 3, sim, 10, 42);
        double[][] b = PosteriorPredictive.replicates(draws(), 3, sim, 10, 42);
        double[][] c = PosteriorPredictive.replicates(draws(), 3, sim, 10, 43);
        assertArrayEquals(a, b);
        assertEquals(false, a[0][0] == c[0][0]);
        // A constant draw: mu = 5, tau = 2, many times; the replicates' mean and sd within 4 standard errors.
        double[][][] v = new double[1][2][4000];
        java.util.Arrays.fill(v[0][0], 5);
        java.util.Arrays.fill(v[0][1], 2);
        double[][] rep = PosteriorPredictive.replicates(new Draws(List.of("mu", "tau"), List.of(), v, true), 3, sim,
                4000, 7);
        double sum = 0;
        double ss = 0;
        for (double[] r : rep) {
            for (double x : r) {
                sum += x;
                ss += x * x;
            }
        }
        int n = 12_000;
        double mean = sum / n;
        double var = ss / n - mean * mean;
        assertEquals(5, mean, 4 * 2 / Math.sqrt(n));
        assertEquals(4, var, 4 * 4 * Math.sqrt(2.0 / n));
    }

    @Test
    void intervalsAreTypeSevenQuantiles() {
        double[][] rep = {{1}, {2}, {3}, {4}, {5}};
        PosteriorPredictive.Intervals q = PosteriorPredictive.intervals(rep);
        // type 7: 1 + (n - 1) p
        assertEquals(1.2, q.q5()[0], 1e-12);
        assertEquals(2, q.q25()[0], 1e-12);
        assertEquals(3, q.q50()[0], 1e-12);
        assertEquals(4.8, q.q95()[0], 1e-12);
    }
}
