package org.shrinkagelab.engine.model;

/** out = a (+, -, *, /) b elementwise, a scalar operand broadcast against a vector one. */
final class ArithmeticOp implements Op {
    static final int ADD = 0;
    static final int SUBTRACT = 1;
    static final int MULTIPLY = 2;
    static final int DIVIDE = 3;

    private final int kind;
    private final int a;
    private final int strideA;
    private final int b;
    private final int strideB;
    private final int out;
    private final int size;
    private final boolean passA;
    private final boolean passB;

    ArithmeticOp(int kind, Expr a, Expr b, int out, int size) {
        this.kind = kind;
        this.a = a.offset;
        this.strideA = a.size == 1 ? 0 : 1;
        this.b = b.offset;
        this.strideB = b.size == 1 ? 0 : 1;
        this.out = out;
        this.size = size;
        this.passA = !a.isData();
        this.passB = !b.isData();
    }

    @Override
    public double forward(double[] q, double[] v) {
        switch (kind) {
            case ADD -> {
                for (int i = 0; i < size; i++) {
                    v[out + i] = v[a + i * strideA] + v[b + i * strideB];
                }
            }
            case SUBTRACT -> {
                for (int i = 0; i < size; i++) {
                    v[out + i] = v[a + i * strideA] - v[b + i * strideB];
                }
            }
            case MULTIPLY -> {
                for (int i = 0; i < size; i++) {
                    v[out + i] = v[a + i * strideA] * v[b + i * strideB];
                }
            }
            default -> {
                for (int i = 0; i < size; i++) {
                    v[out + i] = v[a + i * strideA] / v[b + i * strideB];
                }
            }
        }
        return 0;
    }

    @Override
    public void backward(double[] q, double[] v, double[] adj, double[] gradient) {
        switch (kind) {
            case ADD, SUBTRACT -> {
                double sign = kind == ADD ? 1 : -1;
                for (int i = 0; i < size; i++) {
                    double g = adj[out + i];
                    adj[out + i] = 0;
                    if (passA) {
                        adj[a + i * strideA] += g;
                    }
                    if (passB) {
                        adj[b + i * strideB] += kind == ADD ? g : sign * g;
                    }
                }
            }
            case MULTIPLY -> {
                for (int i = 0; i < size; i++) {
                    double g = adj[out + i];
                    adj[out + i] = 0;
                    if (passA) {
                        adj[a + i * strideA] += g * v[b + i * strideB];
                    }
                    if (passB) {
                        adj[b + i * strideB] += g * v[a + i * strideA];
                    }
                }
            }
            default -> {
                for (int i = 0; i < size; i++) {
                    double g = adj[out + i];
                    adj[out + i] = 0;
                    double denominator = v[b + i * strideB];
                    if (passA) {
                        adj[a + i * strideA] += g / denominator;
                    }
                    if (passB) {
                        adj[b + i * strideB] -= g * v[out + i] / denominator;
                    }
                }
            }
        }
    }
}
