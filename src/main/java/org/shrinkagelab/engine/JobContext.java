package org.shrinkagelab.engine;

import java.util.ArrayList;
import java.util.List;

/** What a running job sees of its run: cancellation, progress reporting, and parallel parts. */
public interface JobContext {

    /** Tells whether the job has been cancelled (by the user or by a newer job under its key). */
    boolean isCancelled();

    /** Reports progress of the job (or of this part, in a part's context). */
    void progress(double fraction, String message);

    /** Runs independent parts (chains) in parallel where the service allows; results keep their order. */
    <R> List<R> parallel(List<? extends PartTask<R>> parts);

    /** Throws {@link CancelledException} if the job has been cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Runs the parts one after another under {@code context}, keeping their order: a context without threads. */
    static <R> List<R> inOrder(List<? extends PartTask<R>> parts, JobContext context) {
        List<R> results = new ArrayList<>(parts.size());
        for (PartTask<R> part : parts) {
            results.add(part.run(context));
        }
        return results;
    }

    /** A context that is never cancelled, ignores progress and runs parts one after another. */
    static JobContext none() {
        return Sequential.INSTANCE;
    }

    /** The sequential, never-cancelled context. */
    enum Sequential implements JobContext {
        INSTANCE;

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progress(double fraction, String message) {
            // nobody is watching
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            return JobContext.inOrder(parts, this);
        }
    }
}
