package org.shrinkagelab.engine.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.stats.Normal;

/**
 * Data x ~ w Normal(loc1, scale1) + (1 - w) Normal(loc2, scale2) where the five arguments take few distinct
 * combinations over the observations (each a scalar or indexed by a group, as {@code w[g]}). A mixture has no
 * sufficient statistics, so every observation still costs a term, but the logarithms of the weights and scales
 * and the reciprocals are taken once per group, each observation's log-sum-exp takes one exp and one log1p, and
 * the partials are summed per group before they reach the adjoints. The pointwise log-likelihood and replicated
 * data are per observation, as {@link NormalMixtureStatement}'s.
 */
final class GroupedNormalMixtureStatement extends Statement {
    /** Group only when this many observations share a combination on average. */
    private static final int MIN_MEAN_GROUP_SIZE = 2;
    private static final int ARGS = 5;
    /** [argument][observation] slot, the gathers fused in. */
    private final int[][] slots;
    /** [argument][group] slot. */
    private final int[][] groupSlots;
    /** The observations sorted by group, and where each group's run starts (groups + 1 entries). */
    private final double[] sortedX;
    private final int[] start;

    private GroupedNormalMixtureStatement(Expr x, Expr[] args, int[][] slots, double[] template) {
        super(x, args);
        this.slots = slots;
        Map<List<Integer>, Integer> groupOf = groups(slots, size);
        int groups = groupOf.size();
        groupSlots = new int[ARGS][groups];
        int[] group = new int[size];
        int[] count = new int[groups];
        for (int i = 0; i < size; i++) {
            int g = groupOf.get(key(slots, i));
            group[i] = g;
            count[g]++;
            for (int k = 0; k < ARGS; k++) {
                groupSlots[k][g] = slots[k][i];
            }
        }
        start = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            start[g + 1] = start[g] + count[g];
        }
        sortedX = new double[size];
        int[] next = Arrays.copyOf(start, groups);
        for (int i = 0; i < size; i++) {
            sortedX[next[group[i]]++] = template[x.offset + i];
        }
    }

    /**
     * The grouped statement when it pays (x is a data vector and the argument combinations repeat,
     * {@link #MIN_MEAN_GROUP_SIZE} observations each on average), or null.
     */
    static GroupedNormalMixtureStatement of(Expr x, Expr weight, Expr loc1, Expr scale1, Expr loc2, Expr scale2,
            double[] template) {
        Expr[] args = {weight, loc1, scale1, loc2, scale2};
        if (!x.isData() || x.size < 2) {
            return null;
        }
        int[][] slots = new int[ARGS][];
        for (int k = 0; k < ARGS; k++) {
            if (args[k].size != 1 && args[k].size != x.size) {
                return null;
            }
            slots[k] = GroupedNormalStatement.slots(args[k], x.size);
        }
        if (groups(slots, x.size).size() * MIN_MEAN_GROUP_SIZE > x.size) {
            return null;
        }
        return new GroupedNormalMixtureStatement(x, args, slots, template);
    }

    private static Map<List<Integer>, Integer> groups(int[][] slots, int n) {
        Map<List<Integer>, Integer> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groupOf.putIfAbsent(key(slots, i), groupOf.size());
        }
        return groupOf;
    }

    private static List<Integer> key(int[][] slots, int i) {
        return List.of(slots[0][i], slots[1][i], slots[2][i], slots[3][i], slots[4][i]);
    }

    @Override
    Statement on(double[] template) {
        return new GroupedNormalMixtureStatement(x, args, slots, template);
    }

    @Override
    double logDensity(double[] v, double[] adj) {
        int groups = start.length - 1;
        double lp = 0;
        for (int g = 0; g < groups; g++) {
            double w = v[groupSlots[0][g]];
            double m1 = v[groupSlots[1][g]];
            double s1 = v[groupSlots[2][g]];
            double m2 = v[groupSlots[3][g]];
            double s2 = v[groupSlots[4][g]];
            double inv1 = 1 / s1;
            double inv2 = 1 / s2;
            // log weight + log normalizer of each component, so that l_j = a_j - z_j^2 / 2
            double a1 = Math.log(w) - Math.log(s1) - Normal.LOG_SQRT_2PI;
            double a2 = Math.log1p(-w) - Math.log(s2) - Normal.LOG_SQRT_2PI;
            double r1Sum = 0;
            double r2Sum = 0;
            double d1Sum = 0;
            double d2Sum = 0;
            double q1Sum = 0;
            double q2Sum = 0;
            for (int i = start[g]; i < start[g + 1]; i++) {
                double xv = sortedX[i];
                double z1 = (xv - m1) * inv1;
                double z2 = (xv - m2) * inv2;
                double l1 = a1 - 0.5 * z1 * z1;
                double l2 = a2 - 0.5 * z2 * z2;
                double r1;
                double r2;
                if (l1 >= l2) {
                    double e = Math.exp(l2 - l1);
                    lp += l1 + Math.log(1 + e);
                    r1 = 1 / (1 + e);
                    r2 = e * r1;
                } else {
                    double e = Math.exp(l1 - l2);
                    lp += l2 + Math.log(1 + e);
                    r2 = 1 / (1 + e);
                    r1 = e * r2;
                }
                r1Sum += r1;
                r2Sum += r2;
                d1Sum += r1 * z1;
                d2Sum += r2 * z2;
                q1Sum += r1 * z1 * z1;
                q2Sum += r2 * z2 * z2;
            }
            add(adj, 0, g, r1Sum / w - r2Sum / (1 - w));
            add(adj, 1, g, d1Sum * inv1);
            add(adj, 2, g, (q1Sum - r1Sum) * inv1);
            add(adj, 3, g, d2Sum * inv2);
            add(adj, 4, g, (q2Sum - r2Sum) * inv2);
        }
        return lp;
    }

    private void add(double[] adj, int k, int g, double partial) {
        if (!args[k].isData()) {
            adj[groupSlots[k][g]] += partial;
        }
    }

    @Override
    int slot(int k, int i) {
        return slots[k][i];
    }

    @Override
    double logDensity(double[] v, int i) {
        double xv = v[x.offset + i];
        double w = v[slots[0][i]];
        double l1 = Math.log(w) + Normal.logPdf(xv, v[slots[1][i]], v[slots[2][i]]);
        double l2 = Math.log1p(-w) + Normal.logPdf(xv, v[slots[3][i]], v[slots[4][i]]);
        // as NormalMixtureStatement, so that the pointwise log-likelihood does not depend on the grouping
        double max = Math.max(l1, l2);
        return max == Double.NEGATIVE_INFINITY ? max : max + Math.log(Math.exp(l1 - max) + Math.exp(l2 - max));
    }

    @Override
    double draw(double[] v, int i, UniformRandomProvider rng) {
        boolean first = rng.nextDouble() < v[slots[0][i]];
        double loc = v[slots[first ? 1 : 3][i]];
        double scale = v[slots[first ? 2 : 4][i]];
        return loc + scale * ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }
}
