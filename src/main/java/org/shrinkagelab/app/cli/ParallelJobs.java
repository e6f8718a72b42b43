package org.shrinkagelab.app.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.shrinkagelab.engine.Job;
import org.shrinkagelab.engine.SamplerService;

/**
 * Runs a command-line job through a threaded sampler service, so its parallel parts (chains, summary
 * rows) use every core as in the window, and waits for the result on the calling thread.
 */
final class ParallelJobs {
    private ParallelJobs() {
    }

    private static final AtomicLong RUNS = new AtomicLong();

    /** The service, created on first use; its threads are daemons, so it never keeps the JVM alive. */
    private static final class Service {
        static final SamplerService INSTANCE = SamplerService.threaded(Runnable::run);
    }

    /** Runs the job with a context whose parts run in parallel and returns its result (or rethrows its failure). */
    static <T> T run(String title, Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        // a key of its own per run: a job under a used key would cancel the one before
        Service.INSTANCE.job("cli-" + RUNS.incrementAndGet(), title, job)
                .onSuccess(result::complete)
                .onFailure(result::completeExceptionally)
                .onCancelled(() -> result.completeExceptionally(new IllegalStateException(title + " was cancelled")))
                .submit();
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + title, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(title + " failed", cause);
        }
    }
}
