package org.shrinkagelab.problems;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.shrinkagelab.engine.Job;
import org.shrinkagelab.engine.SamplerService;

/** Runs a benchmark's job as a tab does, through a threaded sampler service (its parts in parallel). */
public final class BenchService {
    /** Created once, so that thread start-up is not timed. */
    private static final class Holder {
        static final SamplerService INSTANCE = SamplerService.threaded(Runnable::run);
    }

    private BenchService() {
    }

    /** Runs the job under the key on the shared threaded service and waits for its result. */
    public static <T> T run(String key, Job<T> job) {
        try {
            CompletableFuture<T> result = new CompletableFuture<>();
            Holder.INSTANCE.job(key, "bench", job)
                    .onSuccess(result::complete).onFailure(result::completeExceptionally).submit();
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while benchmarking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark run failed", e.getCause());
        }
    }
}
