package org.shrinkagelab.engine.sample;

import java.util.Arrays;
import java.util.function.BiConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.model.ReplicatedData;
import org.shrinkagelab.stats.KernelDensity;
import org.shrinkagelab.stats.RandomStreams;

/**
 * Replicated data for a posterior predictive check: for each of (up to) a given number of posterior draws,
 * one data set y_rep simulated from p(y | that draw), and the per-observation intervals of those replicates.
 *
 * <p>{@link Draws} keep the constrained outputs a user sees (mu, tau, theta[1], ...), while
 * {@link ReplicatedData#replicate} takes the sampler's unconstrained point q. Rather than store q beside every
 * draw (twice the memory, and draws read from a CSV have none), a replicate is simulated from a draw's outputs
 * through a {@link Simulator}; {@link #fromUnconstrained} builds one from a {@code ReplicatedData} model and the
 * model's own map from outputs back to q, which every model with transforms can state exactly.
 */
public final class PosteriorPredictive {
    /** Probabilities of the interval ends drawn in a check: the 90% and the 50% central intervals, and the median. */
    private static final double[] PROBABILITIES = {0.05, 0.25, 0.5, 0.75, 0.95};

    private PosteriorPredictive() {
    }

    /** Simulates one replicated data set from a draw's constrained outputs. */
    @FunctionalInterface
    public interface Simulator {
        /** Writes one y_rep drawn from p(y | the parameters whose outputs are given) into {@code out}. */
        void replicate(double[] outputs, UniformRandomProvider rng, double[] out);
    }

    /**
     * A simulator for a model that replicates from the unconstrained point: {@code unconstrain} writes q for a
     * row of outputs (the inverse of {@code LogDensity.outputs} on the parameters it needs).
     */
    public static Simulator fromUnconstrained(ReplicatedData model, int dimension,
                                              BiConsumer<double[], double[]> unconstrain) {
        return (outputs, rng, out) -> {
            double[] q = new double[dimension];
            unconstrain.accept(outputs, q);
            model.replicate(q, rng, out);
        };
    }

    /**
     * Replicates [replicate][observation]: one per draw when there are at most {@code maxReplicates} draws,
     * otherwise draws evenly spaced over all chains (chain by chain). The random numbers come from one stream
     * seeded with {@code seed}, so the same draws and seed give the same replicates.
     */
    public static double[][] replicates(Draws draws, int observations, Simulator simulator, int maxReplicates,
                                        long seed) {
        if (maxReplicates < 1) {
            throw new IllegalArgumentException("maxReplicates must be at least 1, was " + maxReplicates);
        }
        int total = 0;
        for (int c = 0; c < draws.chains(); c++) {
            total += draws.draws(c);
        }
        int count = Math.min(total, maxReplicates);
        UniformRandomProvider rng = RandomStreams.independent(seed, 1).get(0);
        int parameters = draws.parameters().size();
        double[][] out = new double[count][observations];
        double[] row = new double[parameters];
        for (int r = 0; r < count; r++) {
            long pooledIndex = (long) r * total / count;
            int chain = 0;
            while (pooledIndex >= draws.draws(chain)) {
                pooledIndex -= draws.draws(chain);
                chain++;
            }
            double[][] columns = draws.values()[chain];
            for (int k = 0; k < parameters; k++) {
                row[k] = columns[k][(int) pooledIndex];
            }
            simulator.replicate(row, rng, out[r]);
        }
        return out;
    }

    /**
     * Per-observation quantiles of the replicates (type 7, as R's {@code quantile} and NumPy's default).
     *
     * @param q5  5% quantile, the lower end of the 90% interval
     * @param q25 25% quantile, the lower end of the 50% interval
     * @param q50 median
     * @param q75 75% quantile
     * @param q95 95% quantile
     */
    public record Intervals(double[] q5, double[] q25, double[] q50, double[] q75, double[] q95) {
    }

    /** The 50% and 90% central intervals and the median of each observation's replicates. */
    public static Intervals intervals(double[][] replicates) {
        if (replicates.length == 0) {
            throw new IllegalArgumentException("no replicates to summarise");
        }
        int n = replicates[0].length;
        double[][] q = new double[PROBABILITIES.length][n];
        double[] column = new double[replicates.length];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < replicates.length; r++) {
                column[r] = replicates[r][i];
            }
            Arrays.sort(column);
            for (int p = 0; p < PROBABILITIES.length; p++) {
                q[p][i] = KernelDensity.quantileSorted(column, PROBABILITIES[p]);
            }
        }
        return new Intervals(q[0], q[1], q[2], q[3], q[4]);
    }
}
