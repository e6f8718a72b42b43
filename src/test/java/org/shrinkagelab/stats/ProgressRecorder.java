package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/** A sequential job context, never cancelled, that keeps every progress fraction reported, in order. */
final class ProgressRecorder implements JobContext {
    private final List<Double> fractions = new ArrayList<>();

    /** The fractions reported so far. */
    List<Double> fractions() {
        return fractions;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void progress(double fraction, String message) {
        fractions.add(fraction);
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        return JobContext.inOrder(parts, this);
    }
}
