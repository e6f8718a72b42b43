package org.shrinkagelab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one service that runs every computation of the application off the UI thread.
 *
 * <p>Jobs are submitted under a key; a newer job under the same key cancels the older one and
 * only the newest job's callbacks are delivered, so a slider storm never shows a stale figure.
 * Callbacks run on the callback executor given at construction (the JavaFX thread in the app,
 * the calling thread in tests and on the command line).
 */
public final class SamplerService implements AutoCloseable {

    private final ExecutorService jobPool;
    private final ExecutorService partPool;
    private final Executor callbacks;
    private final Map<String, RunningJob<?>> latest = new ConcurrentHashMap<>();
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Consumer<Throwable> defaultFailureHandler = t -> { };

    private SamplerService(ExecutorService jobPool, ExecutorService partPool, Executor callbacks) {
        this.jobPool = jobPool;
        this.partPool = partPool;
        this.callbacks = callbacks;
    }

    /** A service with worker threads whose callbacks run on the given executor (e.g. Platform::runLater). */
    public static SamplerService threaded(Executor callbacks) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new SamplerService(pool("job", Math.max(2, cores)), pool("part", Math.max(2, cores)),
                Objects.requireNonNull(callbacks));
    }

    /** A service that runs each job to completion inside submit and calls back on the same thread. */
    public static SamplerService synchronous() {
        return new SamplerService(null, null, Runnable::run);
    }

    /** Starts describing a job under the given key; call {@code submit()} on the result to run it. */
    public <T> JobBuilder<T> job(String key, String title, Job<T> job) {
        return new JobBuilder<>(this, key, title, job);
    }

    /** Cancels the newest job under the key, if it is still running; its partial result may still arrive. */
    public void cancel(String key) {
        RunningJob<?> job = latest.get(key);
        if (job != null) {
            job.cancel();
        }
    }

    /** Cancels every running job. */
    public void cancelAll() {
        latest.values().forEach(RunningJob::cancel);
    }

    /** Registers a listener told about every job's start, progress and end. */
    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    /** Sets what happens to a failure whose job did not say (by default nothing is shown). */
    public void setDefaultFailureHandler(Consumer<Throwable> handler) {
        defaultFailureHandler = Objects.requireNonNull(handler);
    }

    /** Tells whether jobs run on worker threads (false in the synchronous test mode). */
    public boolean isThreaded() {
        return jobPool != null;
    }

    /** Stops the worker threads; running jobs are cancelled. */
    @Override
    public void close() {
        cancelAll();
        if (jobPool != null) {
            jobPool.shutdownNow();
            partPool.shutdownNow();
        }
    }

    <T> JobHandle submit(JobBuilder<T> builder) {
        RunningJob<T> job = new RunningJob<>(builder);
        RunningJob<?> previous = latest.put(builder.key, job);
        if (previous != null) {
            previous.cancel();
        }
        if (jobPool == null) {
            job.run();
        } else {
            job.future = jobPool.submit(job::run);
        }
        return job;
    }

    private boolean isLatest(RunningJob<?> job) {
        return latest.get(job.key()) == job;
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "shrinkage-" + name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** A job while it runs: its own context, cancellation flag and callback delivery. */
    private final class RunningJob<T> implements JobHandle, JobContext {
        private final JobBuilder<T> spec;
        private volatile boolean cancelled;
        private volatile Future<?> future;
        private final Map<Integer, Progress> pendingProgress = new ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicBoolean flushScheduled =
                new java.util.concurrent.atomic.AtomicBoolean();

        RunningJob(JobBuilder<T> spec) {
            this.spec = spec;
        }

        @Override
        public String key() {
            return spec.key;
        }

        @Override
        public String title() {
            return spec.title;
        }

        @Override
        public void requestCancel() {
            if (spec.onCancelRequest != null && !cancelled) {
                spec.onCancelRequest.run();
            } else {
                cancel();
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void progress(double fraction, String message) {
            report(new Progress(-1, fraction, message));
        }

        void report(Progress progress) {
            if (cancelled) {
                return;
            }
            pendingProgress.put(progress.part(), progress);
            // Coalesce: at most one pending delivery, carrying the newest report of each part.
            if (flushScheduled.compareAndSet(false, true)) {
                callbacks.execute(this::flushProgress);
            }
        }

        private void flushProgress() {
            flushScheduled.set(false);
            // Remove report by report: a report arriving meanwhile either is taken here or schedules the next flush.
            List<Progress> updates = new ArrayList<>();
            for (Integer part : pendingProgress.keySet()) {
                Progress p = pendingProgress.remove(part);
                if (p != null) {
                    updates.add(p);
                }
            }
            if (!isLatest(this)) {
                return;
            }
            for (Progress p : updates) {
                if (spec.onProgress != null) {
                    spec.onProgress.accept(p);
                }
                listeners.forEach(l -> l.progressed(this, p));
            }
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            List<R> results = new ArrayList<>(parts.size());
            if (partPool == null || Thread.currentThread().getName().startsWith("shrinkage-part")) {
                for (int i = 0; i < parts.size(); i++) {
                    results.add(parts.get(i).run(new PartContext(this, i)));
                }
                return results;
            }
            List<Future<R>> futures = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                PartTask<R> part = parts.get(i);
                PartContext context = new PartContext(this, i);
                futures.add(partPool.submit(() -> part.run(context)));
            }
            try {
                for (Future<R> f : futures) {
                    results.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                throw new CancelledException();
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
            return results;
        }

        void run() {
            if (cancelled && !isLatest(this)) {
                return;
            }
            callbacks.execute(() -> {
                if (isLatest(this)) {
                    if (spec.onRunning != null) {
                        spec.onRunning.run();
                    }
                    listeners.forEach(l -> l.started(this));
                }
            });
            try {
                T result = spec.job.run(this);
                deliver(() -> {
                    if (spec.onSuccess != null) {
                        spec.onSuccess.accept(result);
                    }
                });
            } catch (CancelledException e) {
                deliver(() -> {
                    if (spec.onCancelled != null) {
                        spec.onCancelled.run();
                    }
                });
            } catch (Exception | Error e) {
                deliver(() -> (spec.onFailure != null ? spec.onFailure : defaultFailureHandler).accept(e));
            }
        }

        private void deliver(Runnable callback) {
            callbacks.execute(() -> {
                if (isLatest(this)) {
                    callback.run();
                }
                listeners.forEach(l -> l.ended(this));
            });
        }
    }

    /** The context a part (chain) sees: its parent's cancellation, its own progress slot. */
    private static final class PartContext implements JobContext {
        private final RunningJob<?> parent;
        private final int index;

        PartContext(RunningJob<?> parent, int index) {
            this.parent = parent;
            this.index = index;
        }

        @Override
        public boolean isCancelled() {
            return parent.isCancelled();
        }

        @Override
        public void progress(double fraction, String message) {
            parent.report(new Progress(index, fraction, message));
        }

        @Override
        public <R> List<R> parallel(List<? extends PartTask<R>> parts) {
            List<R> results = new ArrayList<>(parts.size());
            for (PartTask<R> part : parts) {
                results.add(part.run(this));
            }
            return results;
        }
    }
}
