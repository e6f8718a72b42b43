package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/**
 * A job context for tests that records the progress messages it is given, runs parts in order under itself and
 * is cancelled on {@link #cancel()} or after a set number of cancellation queries.
 */
class RecordingContext implements JobContext {
    private final List<String> messages = new ArrayList<>();
    private int queriesBeforeCancel = Integer.MAX_VALUE;

    /** Cancels now. */
    void cancel() {
        queriesBeforeCancel = 0;
    }

    /** Answers "not cancelled" to the next {@code n} queries and "cancelled" from then on. */
    void cancelAfterQueries(int n) {
        queriesBeforeCancel = n;
    }

    /** The progress messages so far, in order. */
    List<String> messages() {
        return messages;
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
        messages.add(message);
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        return JobContext.inOrder(parts, this);
    }
}
