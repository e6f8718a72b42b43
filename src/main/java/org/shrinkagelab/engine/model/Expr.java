package org.shrinkagelab.engine.model;

import java.util.BitSet;

/**
 * A quantity in a model declaration: a parameter, data, or an expression of them, scalar or a
 * vector. It names a range of value slots that every evaluation fills; it holds no numbers itself,
 * so expressions are built once, when the model is declared, and cost nothing per gradient.
 * Operations broadcast a scalar against a vector; two vectors must have the same length.
 */
public final class Expr {
    final ModelBuilder owner;
    final int offset;
    final int size;
    final boolean vector;
    /** Parameters this quantity depends on (empty for data). */
    final BitSet dependencies;
    /** The parameter this is, {@link #DATA} for declared data, or -1 for constants and expressions. */
    final int parameter;
    /** The value of {@link #parameter} for data declared with {@link ModelBuilder#data}. */
    static final int DATA = -2;
    /** For x[index]: x and the index, so a normal statement can read x directly; otherwise null. */
    Expr gatherSource;
    int[] gatherIndex;
    /** Uses other than a fused read; an unused gather is not evaluated. */
    int uses;
    /** True when no parameter is among the dependencies (kept, as every gradient asks). */
    private final boolean data;

    Expr(ModelBuilder owner, int offset, int size, boolean vector, BitSet dependencies, int parameter) {
        this.owner = owner;
        this.offset = offset;
        this.size = size;
        this.vector = vector;
        this.dependencies = dependencies;
        this.parameter = parameter;
        this.data = dependencies.isEmpty();
    }

    /** Number of elements (1 for a scalar). */
    public int size() {
        return size;
    }

    /** True when the quantity depends on no parameter (data and constants). */
    public boolean isData() {
        return data;
    }

    /** this + other, elementwise. */
    public Expr plus(Expr other) {
        return owner.binary(ArithmeticOp.ADD, this, other);
    }

    /** this + c. */
    public Expr plus(double c) {
        return plus(owner.constant(c));
    }

    /** this - other, elementwise. */
    public Expr minus(Expr other) {
        return owner.binary(ArithmeticOp.SUBTRACT, this, other);
    }

    /** this - c. */
    public Expr minus(double c) {
        return minus(owner.constant(c));
    }

    /** this * other, elementwise. */
    public Expr times(Expr other) {
        return owner.binary(ArithmeticOp.MULTIPLY, this, other);
    }

    /** this * c. */
    public Expr times(double c) {
        return times(owner.constant(c));
    }

    /** this / other, elementwise. */
    public Expr dividedBy(Expr other) {
        return owner.binary(ArithmeticOp.DIVIDE, this, other);
    }

    /** The elements this[index[i]] for i = 0..n-1, with 0-based indices (Stan's {@code x[idx]}). */
    public Expr at(int[] index) {
        return owner.gather(this, index);
    }

    /** -this. */
    public Expr negate() {
        return owner.unary(FunctionOp.NEGATE, this);
    }

    /** exp(this). */
    public Expr exp() {
        return owner.unary(FunctionOp.EXP, this);
    }

    /** log(this). */
    public Expr log() {
        return owner.unary(FunctionOp.LOG, this);
    }

    /** sqrt(this). */
    public Expr sqrt() {
        return owner.unary(FunctionOp.SQRT, this);
    }

    /** this squared. */
    public Expr square() {
        return owner.unary(FunctionOp.SQUARE, this);
    }

    /** sin(this). */
    public Expr sin() {
        return owner.unary(FunctionOp.SIN, this);
    }

    /** cos(this). */
    public Expr cos() {
        return owner.unary(FunctionOp.COS, this);
    }

    /** The logistic function 1 / (1 + exp(-this)). */
    public Expr logistic() {
        return owner.unary(FunctionOp.LOGISTIC, this);
    }

    /** log I0(this), the log of the modified Bessel function (the von Mises normalizer's), for this >= 0. */
    public Expr logBesselI0() {
        return owner.unary(FunctionOp.LOG_I0, this);
    }
}
