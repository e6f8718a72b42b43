package org.shrinkagelab.engine.model;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A model that counts its gradient evaluations (every leapfrog step is one): the cost per gradient in a
 * benchmark, the work done after a cancel in a test.
 */
public final class GradientCount implements LogDensity {
    private final LogDensity model;
    private final LongAdder count;

    /** Wraps the model, counting from zero. */
    public GradientCount(LogDensity model) {
        this(model, new LongAdder());
    }

    private GradientCount(LogDensity model, LongAdder count) {
        this.model = model;
        this.count = count;
    }

    /** The thread's copy of the model, counting into the same total. */
    @Override
    public LogDensity forThread() {
        return new GradientCount(model.forThread(), count);
    }

    /** The evaluations so far, from every thread. */
    public long count() {
        return count.sum();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public double logDensityGradient(double[] q, double[] gradient) {
        count.increment();
        return model.logDensityGradient(q, gradient);
    }

    @Override
    public List<String> outputNames() {
        return model.outputNames();
    }

    @Override
    public List<String> reportedNames() {
        return model.reportedNames();
    }

    @Override
    public void outputs(double[] q, double[] out) {
        model.outputs(q, out);
    }
}
