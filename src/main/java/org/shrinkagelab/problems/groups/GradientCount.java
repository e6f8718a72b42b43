package org.shrinkagelab.problems.groups;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.shrinkagelab.engine.model.LogDensity;

/** A model that counts its gradient evaluations (every leapfrog step is one), for the cost per gradient. */
final class GradientCount implements LogDensity {
    private final LogDensity model;
    private final LongAdder count;

    GradientCount(LogDensity model) {
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
    long count() {
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
    public void outputs(double[] q, double[] out) {
        model.outputs(q, out);
    }
}
