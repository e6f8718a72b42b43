package org.shrinkagelab.engine.model;

/** out[i] = x[index[i]]: a parameter vector indexed by a data vector (Stan's {@code alpha[group]}). */
final class GatherOp implements Op {
    private final int x;
    final int[] index;
    private final int out;

    GatherOp(Expr x, int[] index, int out) {
        this.x = x.offset;
        this.index = index;
        this.out = out;
    }

    @Override
    public double forward(double[] q, double[] v) {
        for (int i = 0; i < index.length; i++) {
            v[out + i] = v[x + index[i]];
        }
        return 0;
    }

    @Override
    public void backward(double[] q, double[] v, double[] adj, double[] gradient) {
        for (int i = 0; i < index.length; i++) {
            adj[x + index[i]] += adj[out + i];
            adj[out + i] = 0;
        }
    }
}
