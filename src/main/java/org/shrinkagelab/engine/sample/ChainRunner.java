package org.shrinkagelab.engine.sample;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.model.LogDensity;

/**
 * Runs the chains of a sampler run as parallel parts of a job. Each chain draws from its own
 * stream derived from (seed, chain) only, so the draws do not depend on the number of threads.
 * Cancellation is checked every iteration; a cancelled run returns the draws made so far, every
 * chain cut to the same length, marked incomplete.
 */
public final class ChainRunner {
    /** Attempts Stan makes to find an initial point with finite log density and gradient. */
    static final int INIT_ATTEMPTS = 100;
    /** Half-width of the uniform initial values on the unconstrained scale, as Stan's default. */
    static final double INIT_RADIUS = 2;

    private ChainRunner() {
    }

    /** One chain's outcome before the chains are assembled. */
    private record ChainResult(double[][] columns, int kept, boolean cancelled, double stepSize,
                               double[] inverseMetric, double seconds, double cpuSeconds) {
    }

    /**
     * Runs the chains on the model. The model is shared by all chains and must be safe to use from
     * several threads at once (it may not keep mutable scratch state).
     */
    public static SamplerRun run(LogDensity model, SamplerSettings settings, JobContext context) {
        return run(model, settings, context, null);
    }

    /**
     * As {@link #run(LogDensity, SamplerSettings, JobContext)}, also recording every iteration (warmup
     * included) in {@code live} as it is drawn, if not null; the draws are the same either way.
     */
    public static SamplerRun run(LogDensity model, SamplerSettings settings, JobContext context, LiveDraws live) {
        List<PartTask<ChainResult>> parts = new ArrayList<>(settings.chains());
        for (int c = 0; c < settings.chains(); c++) {
            int chain = c;
            parts.add(part -> runChain(model, settings, chain, part, live));
        }
        List<ChainResult> all = context.parallel(parts);
        boolean cancelled = false;
        for (ChainResult r : all) {
            cancelled |= r.cancelled();
        }
        List<ChainResult> results = startedChains(all);
        int kept = Integer.MAX_VALUE;
        for (ChainResult r : results) {
            kept = Math.min(kept, r.kept());
        }
        int chains = results.size();
        double[][][] values = new double[chains][][];
        double[] stepSizes = new double[chains];
        double[][] metrics = new double[chains][];
        double[] seconds = new double[chains];
        double[] cpuSeconds = new double[chains];
        for (int c = 0; c < chains; c++) {
            ChainResult r = results.get(c);
            values[c] = new double[r.columns().length][];
            for (int k = 0; k < r.columns().length; k++) {
                double[] column = r.columns()[k];
                values[c][k] = column.length == kept ? column : Arrays.copyOf(column, kept);
            }
            stepSizes[c] = r.stepSize();
            metrics[c] = r.inverseMetric();
            seconds[c] = r.seconds();
            cpuSeconds[c] = r.cpuSeconds();
        }
        Draws draws = new Draws(model.outputNames(), settings.kind().statNames(), values, !cancelled);
        return new SamplerRun(settings, draws, stepSizes, metrics, seconds, cpuSeconds);
    }

    /**
     * After a cancel, the chains that had drawn nothing yet (queued behind the others on a machine with
     * fewer cores than chains) are left out, so that cutting to the shortest chain keeps the draws made.
     */
    private static List<ChainResult> startedChains(List<ChainResult> results) {
        List<ChainResult> started = results.stream().filter(r -> !r.cancelled() || r.kept() > 0).toList();
        return started.isEmpty() ? results : started;
    }

    private static ChainResult runChain(LogDensity shared, SamplerSettings settings, int chain, JobContext context,
                                        LiveDraws live) {
        LogDensity model = shared.forThread();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        UniformRandomProvider rng = ChainStreams.stream(settings.seed(), chain);
        ChainSampler sampler = settings.kind().create(model, settings, rng);
        sampler.initialize(initialPoint(model, rng));

        int warmup = settings.warmup();
        int total = warmup + settings.draws();
        int outputs = model.outputNames().size();
        List<String> statNames = sampler.statNames();
        int divergentIndex = statNames.indexOf("divergent__");
        double[][] columns = new double[outputs + statNames.size()][settings.draws()];
        double[] out = new double[outputs];
        double[] stats = new double[statNames.size()];
        int kept = 0;
        int warmupDivergences = 0;
        int divergences = 0;
        int reportedPercent = -1;
        boolean cancelled = false;

        if (warmup > 0) {
            sampler.startAdaptation(warmup);
        }
        for (int it = 0; it < total; it++) {
            if (context.isCancelled()) {
                cancelled = true;
                break;
            }
            if (it == warmup) {
                sampler.finishAdaptation();
            }
            sampler.transition(stats);
            if (divergentIndex >= 0 && stats[divergentIndex] != 0) {
                if (it < warmup) {
                    warmupDivergences++;
                } else {
                    divergences++;
                }
            }
            if (it >= warmup || live != null) {
                model.outputs(sampler.position(), out);
            }
            if (live != null) {
                live.record(chain, it, out);
            }
            if (it >= warmup) {
                for (int k = 0; k < outputs; k++) {
                    columns[k][kept] = out[k];
                }
                for (int k = 0; k < stats.length; k++) {
                    columns[outputs + k][kept] = stats[k];
                }
                kept++;
            }
            int percent = (int) (100L * (it + 1) / total);
            if (percent != reportedPercent) {
                reportedPercent = percent;
                context.progress((it + 1) / (double) total, progressMessage(it + 1, warmup, settings.draws(),
                        warmupDivergences, divergences));
            }
        }
        long cpuEnd = cpuNanos();
        return new ChainResult(columns, kept, cancelled, sampler.stepSize(), sampler.inverseMetric(),
                (System.nanoTime() - start) / 1e9, cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9);
    }

    private static long cpuNanos() {
        ThreadMXBean threads = CpuClock.THREADS;
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }

    /** The JVM's thread clocks, looked up once: the management system's start costs 30 ms or more in a fresh JVM. */
    private static final class CpuClock {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    }

    /**
     * Starts the lookup of the thread clocks each chain reads at its start and end on a thread of its own, so that
     * a short-lived process (the command line) does it while it parses its arguments rather than before its first
     * chain.
     */
    public static void prepareCpuClock() {
        Thread thread = new Thread(() -> CpuClock.THREADS.getClass(), "shrinkage-cpu-clock");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A chain's progress line, the divergences of warmup and of sampling counted apart (only the latter
     * count against the fit), e.g. "sampling 400/1000, 3 divergent (warmup: 12)".
     */
    static String progressMessage(int done, int warmup, int draws, int warmupDivergences, int divergences) {
        if (done <= warmup) {
            // concatenated, not String.format: each chain builds a hundred of these, costly in a fresh JVM
            String phase = "warmup " + done + "/" + warmup;
            return warmupDivergences == 0 ? phase : phase + ", " + warmupDivergences + " divergent in warmup";
        }
        String phase = "sampling " + (done - warmup) + "/" + draws;
        if (divergences == 0 && warmupDivergences == 0) {
            return phase;
        }
        return phase + ", " + divergences + " divergent" + (warmupDivergences == 0 ? ""
                : " (warmup: " + warmupDivergences + ")");
    }

    /** Stan's random inits: uniform in (-2, 2) on the unconstrained scale, retried until finite. */
    static double[] initialPoint(LogDensity model, UniformRandomProvider rng) {
        int d = model.dimension();
        double[] q = new double[d];
        double[] gradient = new double[d];
        for (int attempt = 0; attempt < INIT_ATTEMPTS; attempt++) {
            for (int i = 0; i < d; i++) {
                q[i] = -INIT_RADIUS + 2 * INIT_RADIUS * rng.nextDouble();
            }
            double lp = model.logDensityGradient(q, gradient);
            if (Double.isFinite(lp) && Arrays.stream(gradient).allMatch(Double::isFinite)) {
                return q;
            }
        }
        throw new IllegalStateException("no initial point with a finite log density and gradient in "
                + INIT_ATTEMPTS + " attempts, uniform in (-" + INIT_RADIUS + ", " + INIT_RADIUS
                + ") on the unconstrained scale");
    }
}
