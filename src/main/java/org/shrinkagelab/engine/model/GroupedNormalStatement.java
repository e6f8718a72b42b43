package org.shrinkagelab.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.stats.Normal;

/**
 * Data x ~ Normal(loc, scale) where loc and scale take few distinct values over the observations (both
 * indexed by a group, as {@code mu[g]} and {@code sigma[g]}): the observations sharing a (loc, scale) pair are
 * summed up once, at declaration, by their count n, mean m and sum of squared deviations S, so that the log
 * density is sum_g [-(S_g + n_g (m_g - loc_g)^2) / (2 scale_g^2) - n_g log scale_g] - N log sqrt(2 pi) and a
 * gradient costs one term per group instead of one per observation. The pointwise log-likelihood and the
 * replicated data stay per observation.
 */
final class GroupedNormalStatement extends Statement {
    /** Group the observations only when this many of them share a group on average, else the plain loop is as cheap. */
    private static final int MIN_MEAN_GROUP_SIZE = 2;
    private final int[] locSlots;
    private final int[] scaleSlots;
    private final int[] groupLoc;
    private final int[] groupScale;
    private final double[] groupCounts;
    private final double[] groupMeans;
    private final double[] groupSquares;

    private GroupedNormalStatement(Expr x, Expr loc, Expr scale, int[] locSlots, int[] scaleSlots,
            double[] template) {
        super(x, loc, scale);
        this.locSlots = locSlots;
        this.scaleSlots = scaleSlots;
        Map<Long, Integer> groupOf = groups(locSlots, scaleSlots);
        int groups = groupOf.size();
        groupLoc = new int[groups];
        groupScale = new int[groups];
        groupCounts = new double[groups];
        groupMeans = new double[groups];
        groupSquares = new double[groups];
        int[] group = new int[size];
        for (int i = 0; i < size; i++) {
            int g = groupOf.get(key(locSlots[i], scaleSlots[i]));
            group[i] = g;
            groupLoc[g] = locSlots[i];
            groupScale[g] = scaleSlots[i];
            groupCounts[g]++;
            groupMeans[g] += template[x.offset + i];
        }
        for (int g = 0; g < groups; g++) {
            groupMeans[g] /= groupCounts[g];
        }
        for (int i = 0; i < size; i++) {
            double d = template[x.offset + i] - groupMeans[group[i]];
            groupSquares[group[i]] += d * d;
        }
    }

    /**
     * The grouped statement for data x ~ Normal(loc, scale) when it pays (x is a data vector, the scale is a vector of
     * parameters (one scalar scale is NormalStatement's) and the (loc, scale) pairs repeat, {@link #MIN_MEAN_GROUP_SIZE} observations a pair on average), or
     * null. A loc or scale of the form {@code v.at(index)} is read from v directly.
     */
    static GroupedNormalStatement of(Expr x, Expr loc, Expr scale, double[] template) {
        if (!x.isData() || scale.isData() || scale.size != x.size || x.size < 2) {
            return null;
        }
        int[] locSlots = slots(loc, x.size);
        int[] scaleSlots = slots(scale, x.size);
        if (groups(locSlots, scaleSlots).size() * MIN_MEAN_GROUP_SIZE > x.size) {
            return null;
        }
        return new GroupedNormalStatement(x, loc, scale, locSlots, scaleSlots, template);
    }

    /** The slot of e for each of n observations: e's own, or for e = v.at(index), v's (the gather fused in). */
    static int[] slots(Expr e, int n) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = e.gatherIndex != null ? e.gatherSource.offset + e.gatherIndex[i] : e.offset + (e.size == 1 ? 0 : i);
        }
        return s;
    }

    private static Map<Long, Integer> groups(int[] locSlots, int[] scaleSlots) {
        Map<Long, Integer> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < locSlots.length; i++) {
            groupOf.putIfAbsent(key(locSlots[i], scaleSlots[i]), groupOf.size());
        }
        return groupOf;
    }

    private static long key(int locSlot, int scaleSlot) {
        return ((long) locSlot << 32) | (scaleSlot & 0xffffffffL);
    }

    @Override
    Statement on(double[] template) {
        return new GroupedNormalStatement(x, args[0], args[1], locSlots, scaleSlots, template);
    }

    @Override
    double logDensity(double[] v, double[] adj) {
        boolean passLoc = !args[0].isData();
        double lp = 0;
        for (int g = 0; g < groupLoc.length; g++) {
            double s = v[groupScale[g]];
            double inv2 = 1 / (s * s);
            double n = groupCounts[g];
            double d = groupMeans[g] - v[groupLoc[g]];
            double squares = groupSquares[g] + n * d * d;
            lp -= 0.5 * squares * inv2 + n * Math.log(s);
            if (passLoc) {
                adj[groupLoc[g]] += n * d * inv2;
            }
            adj[groupScale[g]] += (squares * inv2 - n) / s;
        }
        return lp - size * Normal.LOG_SQRT_2PI;
    }

    @Override
    int slot(int k, int i) {
        return k == 0 ? locSlots[i] : scaleSlots[i];
    }

    @Override
    double logDensity(double[] v, int i) {
        return Normal.logPdf(v[x.offset + i], v[locSlots[i]], v[scaleSlots[i]]);
    }

    @Override
    double draw(double[] v, int i, UniformRandomProvider rng) {
        return v[locSlots[i]] + v[scaleSlots[i]] * ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }
}
