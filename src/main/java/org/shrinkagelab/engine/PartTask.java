package org.shrinkagelab.engine;

/** One of several independent parts of a job (a chain), run in parallel by the service. */
@FunctionalInterface
public interface PartTask<R> {
    /** Runs the part; the context reports progress as this part's. */
    R run(JobContext partContext);
}
