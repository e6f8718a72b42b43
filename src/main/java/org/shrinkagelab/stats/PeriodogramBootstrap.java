package org.shrinkagelab.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.PartTask;

/**
 * Bootstrap false-alarm probabilities as astropy's {@code fap_bootstrap}: the data (with their
 * uncertainties) resampled with replacement at fixed times, the highest power of each resample's
 * periodogram on the automatic grid up to fmax, sorted. Resample r draws from stream r of the seed,
 * so the maxima do not depend on how the resamples are split over threads.
 */
public final class PeriodogramBootstrap {
    private static final int RESAMPLES_PER_PART = 25;
    private final double[] maxima;

    private PeriodogramBootstrap(double[] maxima) {
        this.maxima = maxima;
    }

    /**
     * Runs {@code resamples} resamples as parallel parts of the job, reporting progress and
     * stopping when cancelled.
     */
    public static PeriodogramBootstrap run(LombScargle ls, PeriodogramNormalization normalization, double fmax,
                                           int resamples, long seed, JobContext context) {
        if (resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one resample, was " + resamples);
        }
        List<UniformRandomProvider> streams = RandomStreams.independent(seed, resamples);
        FrequencyGrid grid = FrequencyGrid.auto(ls.times(), 5, 5, Double.NaN, fmax);
        List<PartTask<double[]>> parts = new ArrayList<>();
        for (int first = 0; first < resamples; first += RESAMPLES_PER_PART) {
            int from = first;
            int to = Math.min(resamples, first + RESAMPLES_PER_PART);
            parts.add(ctx -> {
                double[] out = new double[to - from];
                int[] index = new int[ls.size()];
                for (int r = from; r < to; r++) {
                    ctx.checkCancelled();
                    UniformRandomProvider rng = streams.get(r);
                    for (int i = 0; i < index.length; i++) {
                        index[i] = rng.nextInt(index.length);
                    }
                    double[] power = ls.resampled(index).power(grid, normalization, JobContext.none());
                    out[r - from] = Arrays.stream(power).max().orElseThrow();
                    ctx.progress((double) (r - from + 1) / (to - from), "bootstrap");
                }
                return out;
            });
        }
        double[] all = LombScargle.concatenate(context.parallel(parts), resamples);
        Arrays.sort(all);
        return new PeriodogramBootstrap(all);
    }

    /** The fraction of resampled maxima at or above z (astropy: 1 - searchsorted(maxima, z) / n). */
    public double probability(double z) {
        int below = 0;
        while (below < maxima.length && maxima[below] < z) {
            below++;
        }
        return 1 - (double) below / maxima.length;
    }

    /** The sorted maximum at rank floor((1 - p) n), clipped to the sample (astropy's inv_fap_bootstrap). */
    public double level(double p) {
        int k = (int) Math.floor((1 - p) * maxima.length);
        return maxima[Math.max(0, Math.min(maxima.length - 1, k))];
    }

    /** The sorted resampled maxima (a copy). */
    public double[] maxima() {
        return maxima.clone();
    }
}
