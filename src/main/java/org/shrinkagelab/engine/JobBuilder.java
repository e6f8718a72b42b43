package org.shrinkagelab.engine;

import java.util.function.Consumer;

/**
 * A job being described before submission, in the fluent style
 * {@code service.job(key, title, work).onSuccess(show).onFailure(report).submit()}.
 */
public final class JobBuilder<T> {
    final SamplerService service;
    final String key;
    final String title;
    final Job<T> job;
    Runnable onRunning;
    Consumer<Progress> onProgress;
    Consumer<T> onSuccess;
    Consumer<Throwable> onFailure;
    Runnable onCancelled;
    Runnable onCancelRequest;

    JobBuilder(SamplerService service, String key, String title, Job<T> job) {
        this.service = service;
        this.key = key;
        this.title = title;
        this.job = job;
    }

    /** Called when the job starts running, if it is still the newest under its key. */
    public JobBuilder<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    /** Called with coalesced progress reports while the job is the newest under its key. */
    public JobBuilder<T> onProgress(Consumer<Progress> action) {
        this.onProgress = action;
        return this;
    }

    /** Called with the result (possibly partial after a user's cancel) if the job is still the newest. */
    public JobBuilder<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Called with the failure if the job is still the newest; defaults to the service's handler. */
    public JobBuilder<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** Called when the job gave up after a user's cancel (not when a newer job replaced it). */
    public JobBuilder<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /**
     * What a user's Cancel (the status strip's) does instead of cancelling at once, for a job with phases of
     * its own: a sampler run stops its chains and still summarizes the draws so far. Called on the UI thread.
     */
    public JobBuilder<T> onCancelRequest(Runnable action) {
        this.onCancelRequest = action;
        return this;
    }

    /** Submits the job, cancelling any older job under the same key. */
    public JobHandle submit() {
        return service.submit(this);
    }
}
