package org.shrinkagelab.engine.diag;


/**
 * The rank plot of Vehtari et al. (2021), as ArviZ's {@code plot_rank} draws it: the draws of all
 * chains are ranked together (ties get their average rank), and each chain's ranks are binned
 * into equal bins over [0, total draws]. Chains that mix well give flat, alike histograms.
 */
public final class RankHistogram {
    private RankHistogram() {
    }

    /** Ranks 1..N of the pooled draws, [chain][draw], ties averaged. */
    public static double[][] ranks(double[][] chains) {
        return Moments.unpooled(Ranking.averageRanks(Moments.pooled(chains)), chains);
    }

    /** Counts of each chain's ranks in {@code bins} equal bins over [0, N]: [chain][bin]. */
    public static long[][] counts(double[][] chains, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, was " + bins);
        }
        double[][] ranks = ranks(chains);
        int total = 0;
        for (double[] c : chains) {
            total += c.length;
        }
        long[][] counts = new long[chains.length][bins];
        double width = (double) total / bins;
        for (int c = 0; c < ranks.length; c++) {
            for (double r : ranks[c]) {
                int b = (int) Math.floor(r / width);
                counts[c][Math.min(b, bins - 1)]++;
            }
        }
        return counts;
    }

    /** Sturges' rule with a doubled multiplier on the draws per chain, ceil(2 log2 n) + 1, as ArviZ's plot_rank. */
    public static int defaultBins(int drawsPerChain) {
        if (drawsPerChain < 2) {
            return 1;
        }
        return (int) Math.ceil(2 * Math.log(drawsPerChain) / Math.log(2)) + 1;
    }
}
