package org.shrinkagelab.engine.model;

/** x = loc + scale z elementwise, the non-centered group-level vector, as one pass each way. */
final class LocScaleOp implements Op {
    private final int loc;
    private final int strideLoc;
    private final int scale;
    private final int strideScale;
    private final int z;
    private final int out;
    private final int size;
    private final boolean passLoc;
    private final boolean passScale;

    LocScaleOp(Expr loc, Expr scale, Expr z, int out) {
        this.loc = loc.offset;
        this.strideLoc = loc.size == 1 ? 0 : 1;
        this.scale = scale.offset;
        this.strideScale = scale.size == 1 ? 0 : 1;
        this.z = z.offset;
        this.out = out;
        this.size = z.size;
        this.passLoc = !loc.isData();
        this.passScale = !scale.isData();
    }

    @Override
    public double forward(double[] q, double[] v) {
        if (strideLoc == 0 && strideScale == 0) {
            double l = v[loc];
            double s = v[scale];
            for (int i = 0; i < size; i++) {
                v[out + i] = l + s * v[z + i];
            }
            return 0;
        }
        for (int i = 0; i < size; i++) {
            v[out + i] = v[loc + i * strideLoc] + v[scale + i * strideScale] * v[z + i];
        }
        return 0;
    }

    /** True when loc and scale are scalars (one of each for the whole vector). */
    boolean hasScalarLocAndScale() {
        return strideLoc == 0 && strideScale == 0;
    }

    /** The slot of loc (its first). */
    int locSlot() {
        return loc;
    }

    /** The slot of scale (its first). */
    int scaleSlot() {
        return scale;
    }

    /** True when loc depends on a parameter, so its adjoint is taken. */
    boolean passesLoc() {
        return passLoc;
    }

    /** True when scale depends on a parameter, so its adjoint is taken. */
    boolean passesScale() {
        return passScale;
    }

    /** The first slot of the offsets z. */
    int offsetsSlot() {
        return z;
    }

    /** The first slot of x. */
    int outputSlot() {
        return out;
    }

    /** Number of elements. */
    int size() {
        return size;
    }

    /** z = (x - loc) / scale for element i, with loc and scale already in {@code v}. */
    double offset(double[] v, double x, int i) {
        return (x - v[loc + i * strideLoc]) / v[scale + i * strideScale];
    }

    @Override
    public void backward(double[] q, double[] v, double[] adj, double[] gradient) {
        if (strideLoc == 0 && strideScale == 0) {
            double s = v[scale];
            double locAdjoint = adj[loc];
            double scaleAdjoint = adj[scale];
            for (int i = 0; i < size; i++) {
                double g = adj[out + i];
                adj[out + i] = 0;
                locAdjoint += g;
                scaleAdjoint += g * v[z + i];
                adj[z + i] += g * s;
            }
            if (passLoc) {
                adj[loc] = locAdjoint;
            }
            if (passScale) {
                adj[scale] = scaleAdjoint;
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            double g = adj[out + i];
            adj[out + i] = 0;
            if (passLoc) {
                adj[loc + i * strideLoc] += g;
            }
            if (passScale) {
                adj[scale + i * strideScale] += g * v[z + i];
            }
            adj[z + i] += g * v[scale + i * strideScale];
        }
    }
}
