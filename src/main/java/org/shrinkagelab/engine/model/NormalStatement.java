package org.shrinkagelab.engine.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.shrinkagelab.stats.Normal;

/**
 * x ~ Normal(loc, scale), the statement most models spend their time in, written out vectorised as
 * Stan Math's normal_lpdf: with one reciprocal of the scale, sums kept in registers for scalar
 * arguments and, for data scales (known standard errors), the precisions computed once. A scalar
 * statement calls {@link Normal} directly, so that a prior's gradient is the per-distribution piece's.
 */
final class NormalStatement extends Statement {
    private final double[] precision;
    private final double constantTerm;
    /** log(scale) of a scalar statement with a data scale, as every call would otherwise take it again. */
    private final double logScale;
    /** The slot of loc for each element: loc's own, or, for loc = source[index], the source's (the gather fused in). */
    private final int[] locSlots;
    /**
     * For data on the left with one unknown scale: the distinct loc slots, and the count, mean and sum of squared
     * deviations from the mean of the data at each, so that sum_i (x_i - loc_i)^2 = sum_g [ss_g + n_g (mean_g -
     * loc_g)^2] costs one term per group instead of one per observation (null otherwise).
     */
    private final int[] groupSlots;
    private final double[] groupCounts;
    private final double[] groupMeans;
    private final double[] groupSquares;

    NormalStatement(Expr x, Expr loc, Expr scale, double[] template) {
        super(x, loc, scale);
        locSlots = new int[size];
        for (int i = 0; i < size; i++) {
            locSlots[i] = loc.gatherIndex != null ? loc.gatherSource.offset + loc.gatherIndex[i]
                    : loc.offset + (loc.size == 1 ? 0 : i);
        }
        if (x.isData() && !scale.isData() && scale.size == 1 && size > 1) {
            java.util.Map<Integer, Integer> groupOf = new java.util.LinkedHashMap<>();
            for (int slot : locSlots) {
                groupOf.putIfAbsent(slot, groupOf.size());
            }
            int groups = groupOf.size();
            groupSlots = groupOf.keySet().stream().mapToInt(Integer::intValue).toArray();
            groupCounts = new double[groups];
            groupMeans = new double[groups];
            groupSquares = new double[groups];
            for (int i = 0; i < size; i++) {
                int g = groupOf.get(locSlots[i]);
                groupCounts[g]++;
                groupMeans[g] += template[x.offset + (x.size == 1 ? 0 : i)];
            }
            for (int g = 0; g < groups; g++) {
                groupMeans[g] /= groupCounts[g];
            }
            for (int i = 0; i < size; i++) {
                int g = groupOf.get(locSlots[i]);
                double d = template[x.offset + (x.size == 1 ? 0 : i)] - groupMeans[g];
                groupSquares[g] += d * d;
            }
        } else {
            groupSlots = null;
            groupCounts = null;
            groupMeans = null;
            groupSquares = null;
        }
        if (scale.isData()) {
            precision = new double[scale.size];
            double constant = 0;
            for (int i = 0; i < scale.size; i++) {
                double s = template[scale.offset + i];
                if (!(s > 0) || !Double.isFinite(s)) {
                    throw new IllegalArgumentException("normal: scale must be finite and > 0, was " + s);
                }
                precision[i] = 1 / (s * s);
                constant += Normal.logPdf(0, 0, s);
            }
            constantTerm = scale.size == 1 ? size * constant : constant;
            logScale = Math.log(template[scale.offset]);
        } else {
            logScale = Double.NaN;
            precision = null;
            constantTerm = 0;
        }
    }

    @Override
    double logDensity(double[] v, double[] adj) {
        if (size == 1) {
            return scalar(v, adj);
        }
        if (groupSlots != null) {
            return groupedData(v, adj);
        }
        return precision != null ? knownScale(v, adj) : unknownScale(v, adj);
    }

    @Override
    Statement on(double[] template) {
        return groupSlots == null ? this : new NormalStatement(x, args[0], args[1], template);
    }

    /** Data on the left, one unknown scale: the density from each group's count, mean and squares. */
    private double groupedData(double[] v, double[] adj) {
        double s = v[args[1].offset];
        double inv = 1 / s;
        double inv2 = inv * inv;
        boolean passLoc = !args[0].isData();
        double squares = 0;
        for (int g = 0; g < groupSlots.length; g++) {
            double d = groupMeans[g] - v[groupSlots[g]];
            squares += groupSquares[g] + groupCounts[g] * d * d;
            if (passLoc) {
                adj[groupSlots[g]] += groupCounts[g] * d * inv2;
            }
        }
        double sumSquares = squares * inv2;
        adj[args[1].offset] += inv * sumSquares - size * inv;
        return -0.5 * sumSquares - size * (Math.log(s) + Normal.LOG_SQRT_2PI);
    }

    private double scalar(double[] v, double[] adj) {
        double xv = v[x.offset];
        double loc = v[locSlots[0]];
        double scale = v[args[1].offset];
        if (!x.isData()) {
            adj[x.offset] += Normal.dx(xv, loc, scale);
        }
        if (!args[0].isData()) {
            adj[locSlots[0]] += Normal.dMu(xv, loc, scale);
        }
        if (!args[1].isData()) {
            adj[args[1].offset] += Normal.dSigma(xv, loc, scale);
        }
        return precision != null ? Normal.logPdf(xv, loc, scale, logScale) : Normal.logPdf(xv, loc, scale);
    }

    private double knownScale(double[] v, double[] adj) {
        Expr loc = args[0];
        int sx = x.size == 1 ? 0 : 1;
        int sl = loc.size == 1 ? 0 : 1;
        int sp = precision.length == 1 ? 0 : 1;
        boolean passX = !x.isData();
        boolean passLoc = !loc.isData();
        double quadratic = 0;
        for (int i = 0; i < size; i++) {
            double d = v[x.offset + i * sx] - v[locSlots[i]];
            double r = d * precision[i * sp];
            quadratic -= 0.5 * d * r;
            if (passX) {
                adj[x.offset + i * sx] -= r;
            }
            if (passLoc) {
                adj[locSlots[i]] += r;
            }
        }
        return quadratic + constantTerm;
    }

    private double unknownScale(double[] v, double[] adj) {
        Expr loc = args[0];
        Expr scale = args[1];
        int sx = x.size == 1 ? 0 : 1;
        int sl = loc.size == 1 ? 0 : 1;
        boolean passX = !x.isData();
        boolean passLoc = !loc.isData();
        boolean passScale = !scale.isData();
        if (scale.size == 1) {
            double s = v[scale.offset];
            double inv = 1 / s;
            double sumSquares = 0;
            double locAdjoint = 0;
            for (int i = 0; i < size; i++) {
                double z = (v[x.offset + i * sx] - v[locSlots[i]]) * inv;
                double g = z * inv;
                sumSquares += z * z;
                if (passX) {
                    adj[x.offset + i * sx] -= g;
                }
                if (sl == 1) {
                    if (passLoc) {
                        adj[locSlots[i]] += g;
                    }
                } else {
                    locAdjoint += g;
                }
            }
            if (passLoc && sl == 0) {
                adj[locSlots[0]] += locAdjoint;
            }
            if (passScale) {
                adj[scale.offset] += inv * sumSquares - size * inv;
            }
            return -0.5 * sumSquares - size * (Math.log(s) + Normal.LOG_SQRT_2PI);
        }
        double lp = 0;
        for (int i = 0; i < size; i++) {
            double s = v[scale.offset + i];
            double inv = 1 / s;
            double z = (v[x.offset + i * sx] - v[locSlots[i]]) * inv;
            double g = z * inv;
            lp -= 0.5 * z * z + Math.log(s);
            if (passX) {
                adj[x.offset + i * sx] -= g;
            }
            if (passLoc) {
                adj[locSlots[i]] += g;
            }
            if (passScale) {
                adj[scale.offset + i] += inv * z * z - inv;
            }
        }
        return lp - size * Normal.LOG_SQRT_2PI;
    }

    @Override
    int slot(int k, int i) {
        return k == 0 ? locSlots[i] : super.slot(k, i);
    }

    @Override
    double logDensity(double[] v, int i) {
        return Normal.logPdf(v[x.offset + (x.size == 1 ? 0 : i)], v[slot(0, i)], v[slot(1, i)]);
    }

    @Override
    double draw(double[] v, int i, UniformRandomProvider rng) {
        return v[slot(0, i)] + v[slot(1, i)] * ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }
}
