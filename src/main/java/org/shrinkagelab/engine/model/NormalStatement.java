package org.shrinkagelab.engine.model;

import java.util.Arrays;
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
    /**
     * The slot of loc for each element when loc = source[index] (the gather fused in: the source's slots);
     * null when loc's own slots are read, at {@link #locOffset} with stride {@link #locStride}.
     */
    private final int[] locSlots;
    private final int locOffset;
    private final int locStride;
    private final int xOffset;
    private final int scaleOffset;
    private final int scaleStride;
    private final boolean passX;
    private final boolean passLoc;
    private final boolean passScale;
    /**
     * For data on the left with one unknown scale: the distinct loc slots, and the count, mean and sum of squared
     * deviations from the mean of the data at each, so that sum_i (x_i - loc_i)^2 = sum_g [ss_g + n_g (mean_g -
     * loc_g)^2] costs one term per group instead of one per observation (null otherwise).
     */
    private final int[] groupSlots;
    private final double[] groupCounts;
    private final double[] groupMeans;
    private final double[] groupSquares;
    /**
     * For a centered group x ~ Normal(loc, scale) whose next statement observes it, y ~ Normal(x, known sigma), or
     * the offsets z ~ Normal(0, 1) of a non-centered group whose next statement observes loc + scale z: that
     * statement, evaluated in this one's loop (null otherwise).
     */
    private final NormalStatement observations;
    /**
     * For observations y ~ Normal(loc + scale z, known sigma) of a non-centered group that nothing else uses:
     * that group's operation, whose forward and reverse steps this statement takes (loc + scale z computed in
     * its loop, as the operation computes it; the sweeps then skip it; null otherwise).
     */
    private final LocScaleOp group;
    /**
     * For a fused pair whose left side is a real parameter vector that nothing else reads: its first unconstrained
     * coordinate, from which the pair reads x straight from q, writing its partials straight into the gradient, so
     * that the parameter's copy into the values and its adjoints' copy into the gradient are skipped; -1 otherwise.
     */
    private final int coordinate;

    NormalStatement(Expr x, Expr loc, Expr scale, double[] template) {
        super(x, loc, scale);
        observations = null;
        group = null;
        coordinate = -1;
        int[] slotOfLoc = new int[size];
        for (int i = 0; i < size; i++) {
            slotOfLoc[i] = loc.gatherIndex != null ? loc.gatherSource.offset + loc.gatherIndex[i]
                    : loc.offset + (loc.size == 1 ? 0 : i);
        }
        locSlots = loc.gatherIndex != null ? slotOfLoc : null;
        locOffset = slotOfLoc[0];
        locStride = loc.gatherIndex == null && loc.size != 1 ? 1 : 0;
        xOffset = x.offset;
        scaleOffset = scale.offset;
        scaleStride = scale.size == 1 ? 0 : 1;
        passX = !x.isData();
        passLoc = !loc.isData();
        passScale = !scale.isData();
        if (x.isData() && !scale.isData() && scale.size == 1 && size > 1) {
            java.util.Map<Integer, Integer> groupOf = new java.util.LinkedHashMap<>();
            for (int slot : slotOfLoc) {
                groupOf.putIfAbsent(slot, groupOf.size());
            }
            int groups = groupOf.size();
            groupSlots = groupOf.keySet().stream().mapToInt(Integer::intValue).toArray();
            groupCounts = new double[groups];
            groupMeans = new double[groups];
            groupSquares = new double[groups];
            for (int i = 0; i < size; i++) {
                int g = groupOf.get(slotOfLoc[i]);
                groupCounts[g]++;
                groupMeans[g] += template[x.offset + (x.size == 1 ? 0 : i)];
            }
            for (int g = 0; g < groups; g++) {
                groupMeans[g] /= groupCounts[g];
            }
            for (int i = 0; i < size; i++) {
                int g = groupOf.get(slotOfLoc[i]);
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
            precision = new double[size];
            double constant = 0;
            for (int i = 0; i < scale.size; i++) {
                double s = template[scale.offset + i];
                if (!(s > 0) || !Double.isFinite(s)) {
                    throw new IllegalArgumentException("normal: scale must be finite and > 0, was " + s);
                }
                precision[i] = 1 / (s * s);
                constant += Normal.logPdf(0, 0, s);
            }
            if (scale.size == 1) {
                Arrays.fill(precision, precision[0]);
            }
            constantTerm = scale.size == 1 ? size * constant : constant;
            logScale = Math.log(template[scale.offset]);
        } else {
            logScale = Double.NaN;
            precision = null;
            constantTerm = 0;
        }
    }

    /**
     * A copy of {@code s} fused with the observations of its vector or with the reverse step of its loc, reading x from
     * q at {@code coordinate} unless that is -1.
     */
    private NormalStatement(NormalStatement s, NormalStatement observations, LocScaleOp group, int coordinate) {
        super(s.x, s.args);
        precision = s.precision;
        constantTerm = s.constantTerm;
        logScale = s.logScale;
        locSlots = s.locSlots;
        locOffset = s.locOffset;
        locStride = s.locStride;
        xOffset = s.xOffset;
        scaleOffset = s.scaleOffset;
        scaleStride = s.scaleStride;
        passX = s.passX;
        passLoc = s.passLoc;
        passScale = s.passScale;
        groupSlots = s.groupSlots;
        groupCounts = s.groupCounts;
        groupMeans = s.groupMeans;
        groupSquares = s.groupSquares;
        this.observations = observations;
        this.group = group;
        this.coordinate = coordinate;
    }

    /** True for x_i ~ Normal(loc, scale) over a vector of parameters x with one loc and one unknown scale. */
    private boolean isCenteredGroup() {
        return size > 1 && passX && precision == null && groupSlots == null && scaleStride == 0 && locSlots == null
                && locStride == 0;
    }

    /** True for data y_i ~ Normal(loc_i, sigma_i) with known sigma and loc a vector of its own slots. */
    private boolean isObservationOfVector() {
        return size > 1 && !passX && passLoc && precision != null && locSlots == null && locStride == 1;
    }

    /** True for a vector of parameters z_i ~ Normal(c, sigma_i) with c and sigma data. */
    private boolean isOffsetsPrior() {
        return size > 1 && passX && !passLoc && precision != null && locSlots == null && locStride == 0;
    }

    /**
     * This statement with {@code next} evaluated in its loop, when this is a centered group and {@code next}
     * observes exactly its vector with known scales, or this is the prior of a non-centered group's offsets and
     * {@code next} observes that group taking its reverse step ({@link #foldingReverseStepOf}); null otherwise.
     */
    NormalStatement withObservations(Statement next) {
        if (!(next instanceof NormalStatement y) || y.size != size || observations != null || group != null
                || y.observations != null) {
            return null;
        }
        boolean centered = y.group == null && isCenteredGroup() && y.isObservationOfVector() && y.locOffset == xOffset;
        boolean offsets = y.group != null && isOffsetsPrior() && y.group.offsetsSlot() == xOffset;
        return centered || offsets ? new NormalStatement(this, y, null, -1) : null;
    }

    /**
     * These observations with the reverse step of {@code op} taken here, when their loc is op's output, loc + scale z
     * with scalar loc and scale; null otherwise. The caller checks that nothing else reads that output's adjoints.
     */
    NormalStatement foldingReverseStepOf(LocScaleOp op) {
        if (!isObservationOfVector() || !op.hasScalarLocAndScale() || op.outputSlot() != locOffset
                || op.size() != size || observations != null || group != null) {
            return null;
        }
        return new NormalStatement(this, null, op, -1);
    }

    /**
     * This fused pair reading its left side x from q and writing x's partials into the gradient, when x is all of
     * {@code p}, a real parameter vector, and the caller has checked that nothing else reads it; null otherwise.
     */
    NormalStatement readingParameter(ParameterOp p) {
        if (observations == null || coordinate >= 0 || p.transform != null || p.slot != xOffset || p.size != size) {
            return null;
        }
        return new NormalStatement(this, observations, group, p.coordinate);
    }

    @Override
    double addLogDensity(double lp, double[] q, double[] v, double[] adj, double[] gradient) {
        if (observations != null) {
            // x and its partials: in q and the gradient when this pair alone reads x, else in the values and adjoints
            boolean own = coordinate >= 0;
            double[] xs = own ? q : v;
            double[] xg = own ? gradient : adj;
            int xo = own ? coordinate : xOffset;
            return observations.group != null ? offsetsWithObservationsOfGroup(lp, v, adj, xs, xg, xo, own)
                    : centeredGroupWithObservations(lp, v, adj, xs, xg, xo, own);
        }
        return lp + (group != null ? observationsOfGroup(v, adj) : logDensity(v, adj));
    }

    /**
     * {@link #oneLocOneUnknownScale} and then the observations' {@link #knownScale}, in one loop: each sum and each
     * adjoint takes the same terms in the same order as the two statements one after the other. x is
     * {@code xs[xo..]} and its partials go to {@code xg[xo..]}, added to what is there unless {@code own} (then they
     * are the first and only ones, added to 0 as the adjoint they replace would be).
     */
    private double centeredGroupWithObservations(double lp, double[] v, double[] adj, double[] xs, double[] xg,
            int xo, boolean own) {
        int yo = observations.xOffset;
        double[] p = observations.precision;
        double loc = v[locOffset];
        double s = v[scaleOffset];
        double inv = 1 / s;
        double sumSquares = 0;
        double locAdjoint = 0;
        double quadratic = 0;
        for (int i = 0; i < size; i++) {
            double theta = xs[xo + i];
            double z = (theta - loc) * inv;
            double g = z * inv;
            sumSquares += z * z;
            locAdjoint += g;
            double d = v[yo + i] - theta;
            double r = d * p[i];
            quadratic -= 0.5 * d * r;
            double before = own ? 0.0 : xg[xo + i];
            xg[xo + i] = before - g + r;
        }
        if (passLoc) {
            adj[locOffset] += locAdjoint;
        }
        double groupTerm = oneScaleTerm(adj, s, inv, sumSquares);
        return lp + groupTerm + (quadratic + observations.constantTerm);
    }

    /**
     * This offsets prior ({@link #knownScale} with one data loc) and then {@link #observationsOfGroup}, in one loop,
     * each sum and each adjoint taking the same terms in the same order as the two statements one after the other;
     * the offsets z and their partials as x in {@link #centeredGroupWithObservations}.
     */
    private double offsetsWithObservationsOfGroup(double lp, double[] v, double[] adj, double[] xs, double[] xg,
            int zo, boolean own) {
        NormalStatement y = observations;
        LocScaleOp op = y.group;
        double[] pz = precision;
        double[] py = y.precision;
        int yo = y.xOffset;
        double c = v[locOffset];
        int locSlot = op.locSlot();
        int scaleSlot = op.scaleSlot();
        double l = v[locSlot];
        double s = v[scaleSlot];
        double locAdjoint = adj[locSlot];
        double scaleAdjoint = adj[scaleSlot];
        double offsetsQuadratic = 0;
        double quadratic = 0;
        for (int i = 0; i < size; i++) {
            double z = xs[zo + i];
            double dz = z - c;
            double rz = dz * pz[i];
            offsetsQuadratic -= 0.5 * dz * rz;
            double d = v[yo + i] - (l + s * z);
            double r = d * py[i];
            quadratic -= 0.5 * d * r;
            double g = 0.0 + r;
            locAdjoint += g;
            scaleAdjoint += g * z;
            double before = own ? 0.0 : xg[zo + i];
            xg[zo + i] = before - rz + g * s;
        }
        if (op.passesLoc()) {
            adj[locSlot] = locAdjoint;
        }
        if (op.passesScale()) {
            adj[scaleSlot] = scaleAdjoint;
        }
        return lp + (offsetsQuadratic + constantTerm) + (quadratic + y.constantTerm);
    }

    /**
     * {@link #knownScale} with the forward and reverse steps of x = loc + scale z ({@link LocScaleOp}) in the same
     * loop: x_i is computed where it is read, and its adjoint, 0 + r_i, goes straight to loc, scale and z_i, summed
     * in the order the step would.
     */
    private double observationsOfGroup(double[] v, double[] adj) {
        double[] p = precision;
        int yo = xOffset;
        int z = group.offsetsSlot();
        int locSlot = group.locSlot();
        int scaleSlot = group.scaleSlot();
        double l = v[locSlot];
        double s = v[scaleSlot];
        double locAdjoint = adj[locSlot];
        double scaleAdjoint = adj[scaleSlot];
        double quadratic = 0;
        for (int i = 0; i < size; i++) {
            double zi = v[z + i];
            double d = v[yo + i] - (l + s * zi);
            double r = d * p[i];
            quadratic -= 0.5 * d * r;
            double g = 0.0 + r;
            locAdjoint += g;
            scaleAdjoint += g * zi;
            adj[z + i] += g * s;
        }
        if (group.passesLoc()) {
            adj[locSlot] = locAdjoint;
        }
        if (group.passesScale()) {
            adj[scaleSlot] = scaleAdjoint;
        }
        return quadratic + constantTerm;
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
        if (observations != null || group != null) {
            throw new IllegalStateException("a fused statement is made from the model's statements, not copied");
        }
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
        return oneScaleTerm(adj, s, inv, squares * inv2);
    }

    /**
     * The log density of the elements with one unknown scale s (inv = 1 / s) from their sum of squared
     * standardized residuals, the scale's partial added into its adjoint.
     */
    private double oneScaleTerm(double[] adj, double s, double inv, double sumSquares) {
        if (passScale) {
            adj[scaleOffset] += inv * sumSquares - size * inv;
        }
        return -0.5 * sumSquares - size * (Math.log(s) + Normal.LOG_SQRT_2PI);
    }

    private double scalar(double[] v, double[] adj) {
        double xv = v[xOffset];
        double loc = v[locOffset];
        double scale = v[scaleOffset];
        if (passX) {
            adj[xOffset] += Normal.dx(xv, loc, scale);
        }
        if (passLoc) {
            adj[locOffset] += Normal.dMu(xv, loc, scale);
        }
        if (passScale) {
            adj[scaleOffset] += Normal.dSigma(xv, loc, scale);
        }
        return precision != null ? Normal.logPdf(xv, loc, scale, logScale) : Normal.logPdf(xv, loc, scale);
    }

    /*
     * The loops below read x at xOffset + i and loc at locOffset + i (or one loc), strides the JIT sees as
     * constants, so it drops the bounds checks and unrolls; each keeps the order of the sums it replaced.
     */

    private double knownScale(double[] v, double[] adj) {
        if (locSlots != null) {
            return knownScaleGathered(v, adj);
        }
        double[] p = precision;
        int xo = xOffset;
        int lo = locOffset;
        double quadratic = 0;
        if (locStride == 1) {
            for (int i = 0; i < size; i++) {
                double d = v[xo + i] - v[lo + i];
                double r = d * p[i];
                quadratic -= 0.5 * d * r;
                if (passX) {
                    adj[xo + i] -= r;
                }
                if (passLoc) {
                    adj[lo + i] += r;
                }
            }
            return quadratic + constantTerm;
        }
        double loc = v[lo];
        // one loc: its adjoint is summed in a register, from its value before and in the order of the adds it replaces
        double locAdjoint = adj[lo];
        for (int i = 0; i < size; i++) {
            double d = v[xo + i] - loc;
            double r = d * p[i];
            quadratic -= 0.5 * d * r;
            if (passX) {
                adj[xo + i] -= r;
            }
            locAdjoint += r;
        }
        if (passLoc) {
            adj[lo] = locAdjoint;
        }
        return quadratic + constantTerm;
    }

    /** As {@link #knownScale} for loc = source[index], read through the fused gather's slots. */
    private double knownScaleGathered(double[] v, double[] adj) {
        double[] p = precision;
        double quadratic = 0;
        for (int i = 0; i < size; i++) {
            double d = v[xOffset + i] - v[locSlots[i]];
            double r = d * p[i];
            quadratic -= 0.5 * d * r;
            if (passX) {
                adj[xOffset + i] -= r;
            }
            if (passLoc) {
                adj[locSlots[i]] += r;
            }
        }
        return quadratic + constantTerm;
    }

    private double unknownScale(double[] v, double[] adj) {
        if (scaleStride != 0) {
            return unknownScales(v, adj);
        }
        return locSlots == null && locStride == 0 ? oneLocOneUnknownScale(v, adj) : oneUnknownScale(v, adj);
    }

    /** x_i ~ Normal(loc, scale) with loc and scale scalars, the centered group-level vector. */
    private double oneLocOneUnknownScale(double[] v, double[] adj) {
        int xo = xOffset;
        double loc = v[locOffset];
        double s = v[scaleOffset];
        double inv = 1 / s;
        double sumSquares = 0;
        double locAdjoint = 0;
        for (int i = 0; i < size; i++) {
            double z = (v[xo + i] - loc) * inv;
            double g = z * inv;
            sumSquares += z * z;
            if (passX) {
                adj[xo + i] -= g;
            }
            locAdjoint += g;
        }
        if (passLoc) {
            adj[locOffset] += locAdjoint;
        }
        return oneScaleTerm(adj, s, inv, sumSquares);
    }

    /** x_i ~ Normal(loc_i, scale) with one scale and a loc per element (its own slots or gathered). */
    private double oneUnknownScale(double[] v, double[] adj) {
        int xo = xOffset;
        double s = v[scaleOffset];
        double inv = 1 / s;
        double sumSquares = 0;
        for (int i = 0; i < size; i++) {
            int locSlot = locSlots != null ? locSlots[i] : locOffset + i;
            double z = (v[xo + i] - v[locSlot]) * inv;
            double g = z * inv;
            sumSquares += z * z;
            if (passX) {
                adj[xo + i] -= g;
            }
            if (passLoc) {
                adj[locSlot] += g;
            }
        }
        return oneScaleTerm(adj, s, inv, sumSquares);
    }

    private double unknownScales(double[] v, double[] adj) {
        int sl = locSlots != null || locStride == 1 ? 1 : 0;
        double lp = 0;
        for (int i = 0; i < size; i++) {
            int locSlot = locSlots != null ? locSlots[i] : locOffset + i * sl;
            double s = v[scaleOffset + i];
            double inv = 1 / s;
            double z = (v[xOffset + i] - v[locSlot]) * inv;
            double g = z * inv;
            lp -= 0.5 * z * z + Math.log(s);
            if (passX) {
                adj[xOffset + i] -= g;
            }
            if (passLoc) {
                adj[locSlot] += g;
            }
            if (passScale) {
                adj[scaleOffset + i] += inv * z * z - inv;
            }
        }
        return lp - size * Normal.LOG_SQRT_2PI;
    }

    @Override
    int slot(int k, int i) {
        return k != 0 ? super.slot(k, i) : locSlots != null ? locSlots[i] : locOffset + i * locStride;
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
