package org.shrinkagelab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequential job context for tests: it keeps every progress fraction and message it is given, runs parts in
 * order under itself, and turns cancelled on {@link #cancel()} or after a set number of cancellation queries.
 */
public class RecordingContext implements JobContext {
    private final List<Double> fractions = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private int queriesBeforeCancel = Integer.MAX_VALUE;

    /** A context that answers "not cancelled" to the first {@code queries} queries and "cancelled" from then on. */
    public static RecordingContext cancelledAfter(int queries) {
        RecordingContext context = new RecordingContext();
        context.cancelAfterQueries(queries);
        return context;
    }

    /** Cancels now. */
    public void cancel() {
        queriesBeforeCancel = 0;
    }

    /** Answers "not cancelled" to the next {@code n} queries and "cancelled" from then on. */
    public void cancelAfterQueries(int n) {
        queriesBeforeCancel = n;
    }

    /** The progress messages so far, in order. */
    public List<String> messages() {
        return messages;
    }

    /** The progress fractions so far, in order. */
    public List<Double> fractions() {
        return fractions;
    }

    @Override
    public boolean isCancelled() {
        if (queriesBeforeCancel > 0) {
            queriesBeforeCancel--;
            return false;
        }
        return true;
    }

    @Override
    public void progress(double fraction, String message) {
        fractions.add(fraction);
        messages.add(message);
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        return JobContext.inOrder(parts, this);
    }
}
