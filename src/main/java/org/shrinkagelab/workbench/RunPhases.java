package org.shrinkagelab.workbench;

import java.util.ArrayList;
import java.util.List;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/**
 * A fit's job context with Cancel per phase. Cancel while the chains sample stops them and lets the
 * diagnostics of the draws so far run (the user asked to stop sampling, not to lose the draws); Cancel
 * while the diagnostics run stops those. A newer job under the same key (the job's own cancellation)
 * stops every phase. The fit announces the end of sampling with {@link #analysing(JobContext, boolean)},
 * which also reports "computing diagnostics" (of partial draws, after a cancel) as the job's progress.
 */
public final class RunPhases implements JobContext {
    /** What a fit is doing. */
    public enum Phase {
        /** The chains are drawing. */
        SAMPLING,
        /** The draws are being summarized and analysed. */
        ANALYSIS
    }

    /** The job's progress message while the diagnostics of complete draws are computed. */
    public static final String DIAGNOSTICS = "computing diagnostics";
    /** The job's progress message while the diagnostics of a cancelled run's draws are computed. */
    public static final String PARTIAL_DIAGNOSTICS = "computing diagnostics of partial draws";

    private final JobContext job;
    private final boolean followJob;
    private volatile Phase phase;
    private volatile boolean samplingStopped;
    private volatile boolean analysisStopped;

    /** The phases of a fit running in {@code job}, starting with sampling. */
    public RunPhases(JobContext job) {
        this(job, true, Phase.SAMPLING);
    }

    private RunPhases(JobContext job, boolean followJob, Phase phase) {
        this.job = job;
        this.followJob = followJob;
        this.phase = phase;
    }

    /**
     * Marks the end of sampling: the context the analysis of the draws runs under. For a {@code RunPhases}
     * it is itself, now in its analysis phase; for another context, the context itself when the draws are
     * complete, and when they are not (the job was cancelled) a view that only a newer phase cancel stops,
     * so that the draws made so far are still summarized.
     *
     * @param context the context the draws were made under
     * @param partial whether sampling was cancelled before the end
     */
    public static JobContext analysing(JobContext context, boolean partial) {
        JobContext out = context;
        if (context instanceof RunPhases r) {
            r.phase = Phase.ANALYSIS;
        } else if (partial) {
            out = new RunPhases(context, false, Phase.ANALYSIS);
        }
        out.progress(0, partial ? PARTIAL_DIAGNOSTICS : DIAGNOSTICS);
        return out;
    }

    /** Stops the phase now running and tells which it was. */
    public Phase cancel() {
        Phase now = phase;
        if (now == Phase.SAMPLING) {
            samplingStopped = true;
        } else {
            analysisStopped = true;
        }
        return now;
    }

    /** The phase now running. */
    public Phase phase() {
        return phase;
    }

    /** Tells whether sampling was stopped by {@link #cancel()}. */
    public boolean samplingCancelled() {
        return samplingStopped;
    }

    @Override
    public boolean isCancelled() {
        return (followJob && job.isCancelled()) || (phase == Phase.SAMPLING ? samplingStopped : analysisStopped);
    }

    @Override
    public void progress(double fraction, String message) {
        job.progress(fraction, message);
    }

    @Override
    public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
        List<PartTask<R>> seen = new ArrayList<>(parts.size());
        for (PartTask<R> part : parts) {
            seen.add(partContext -> part.run(new Part(partContext)));
        }
        return job.parallel(seen);
    }

    /** A part's context that sees this run's phase cancels beside the job's. */
    private final class Part implements JobContext {
        private final JobContext part;

        Part(JobContext part) {
            this.part = part;
        }

        @Override
        public boolean isCancelled() {
            return RunPhases.this.isCancelled();
        }

        @Override
        public void progress(double fraction, String message) {
            part.progress(fraction, message);
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            return part.parallel(parts);
        }
    }
}
