package org.shrinkagelab.engine;

/** A computation the sampler service runs off the UI thread. */
@FunctionalInterface
public interface Job<T> {
    /** Computes the result, reporting progress to and checking cancellation on the context. */
    T run(JobContext context) throws Exception;
}
