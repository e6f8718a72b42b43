package org.shrinkagelab.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs one job on a threaded sampler service and waits for it, so that headless callers (the
 * command line, {@code bench}) get the job's parallel parts on all cores.
 */
public final class BlockingRun {
    private static final SamplerService SERVICE = SamplerService.threaded(Runnable::run);

    private BlockingRun() {
    }

    /** The job's result, computed with its parts in parallel; its exception is rethrown unchecked. */
    public static <T> T onAllCores(String title, Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        SERVICE.job("blocking-" + Thread.currentThread().getId() + "-" + System.nanoTime(), title, job)
                .onSuccess(result::complete)
                .onFailure(result::completeExceptionally)
                .onCancelled(() -> result.completeExceptionally(new CancelledException()))
                .submit();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
