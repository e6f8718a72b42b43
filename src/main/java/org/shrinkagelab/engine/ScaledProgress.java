package org.shrinkagelab.engine;

import java.util.List;

/**
 * The context of one step of a job: the step's progress is passed on as its share of the whole
 * job (from {@code start} to {@code start + width}), and the job's cancellation is seen by the step.
 *
 * @param job   the whole job's context
 * @param start the job's progress when the step begins, in [0, 1]
 * @param width the share of the job the step takes, in [0, 1]
 */
public record ScaledProgress(JobContext job, double start, double width) implements JobContext {

    @Override
    public boolean isCancelled() {
        return job.isCancelled();
    }

    @Override
    public void progress(double fraction, String message) {
        job.progress(start + width * fraction, message);
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        return job.parallel(parts);
    }
}
