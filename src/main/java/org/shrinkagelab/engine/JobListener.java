package org.shrinkagelab.engine;

/** Service-wide view of running jobs, for a status strip; called on the service's callback executor. */
public interface JobListener {

    /** A job began running. */
    void started(JobHandle job);

    /** A job reported progress. */
    void progressed(JobHandle job, Progress progress);

    /** A job ended, however it ended. */
    void ended(JobHandle job);
}
