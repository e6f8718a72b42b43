package org.shrinkagelab.engine.model;

import org.shrinkagelab.stats.Bessel;

/** out = f(x) elementwise for one of a few smooth functions; the backward pass uses f'(x) from the stored values. */
final class FunctionOp implements Op {
    static final int NEGATE = 0;
    static final int EXP = 1;
    static final int LOG = 2;
    static final int SQRT = 3;
    static final int SQUARE = 4;
    static final int SIN = 5;
    static final int COS = 6;
    static final int LOGISTIC = 7;
    static final int LOG_I0 = 8;

    private final int kind;
    private final int x;
    private final int out;
    private final int size;

    FunctionOp(int kind, Expr x, int out) {
        this.kind = kind;
        this.x = x.offset;
        this.out = out;
        this.size = x.size;
    }

    @Override
    public double forward(double[] q, double[] v) {
        for (int i = 0; i < size; i++) {
            double u = v[x + i];
            v[out + i] = switch (kind) {
                case NEGATE -> -u;
                case EXP -> Math.exp(u);
                case LOG -> Math.log(u);
                case SQRT -> Math.sqrt(u);
                case SQUARE -> u * u;
                case SIN -> Math.sin(u);
                case COS -> Math.cos(u);
                case LOG_I0 -> Bessel.logI0(u);
                default -> u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
            };
        }
        return 0;
    }

    @Override
    public void backward(double[] q, double[] v, double[] adj, double[] gradient) {
        for (int i = 0; i < size; i++) {
            double u = v[x + i];
            double f = v[out + i];
            double derivative = switch (kind) {
                case NEGATE -> -1;
                case EXP -> f;
                case LOG -> 1 / u;
                case SQRT -> 0.5 / f;
                case SQUARE -> 2 * u;
                case SIN -> Math.cos(u);
                case COS -> -Math.sin(u);
                case LOG_I0 -> Bessel.i1OverI0(u);
                default -> f * (1 - f);
            };
            double g = adj[out + i];
            adj[out + i] = 0;
            adj[x + i] += g * derivative;
        }
    }
}
