package org.shrinkagelab.problems.kl;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.ScaledProgress;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.stats.GaussianKl;
import org.shrinkagelab.stats.HistogramDivergence;
import org.shrinkagelab.stats.KdTree;
import org.shrinkagelab.stats.KnnDivergence;
import org.shrinkagelab.stats.MultivariateNormal;
import org.shrinkagelab.stats.RandomStreams;
import org.shrinkagelab.stats.SampleSizes;

/** The computations of the KL tab: closed forms, samples, the three estimates and their convergence. */
public final class KlModel {
    /** The convergence plot always reaches this sample size, even when the slider's n is smaller. */
    static final int LADDER_TOP = 10_000;

    private KlModel() {
    }

    /** The normal p of the settings. */
    public static MultivariateNormal p(Settings s) {
        return MultivariateNormal.bivariate(s.real("mu-p-x"), s.real("mu-p-y"), s.real("var-p-x"),
                s.real("var-p-y"), s.real("corr-p"));
    }

    /** The normal q of the settings. */
    public static MultivariateNormal q(Settings s) {
        return MultivariateNormal.bivariate(s.real("mu-q-x"), s.real("mu-q-y"), s.real("var-q-x"),
                s.real("var-q-y"), s.real("corr-q"));
    }

    /** While a slider is dragged, the tab runs with at most this many samples. */
    public static final int PREVIEW_N = 10_000;

    /** The settings of the cheaper run shown while a slider is dragged: the same, with at most {@value #PREVIEW_N} samples. */
    public static Settings preview(Settings s) {
        return s.integer("n") > PREVIEW_N ? s.with("n", (long) PREVIEW_N) : s;
    }

    /** Sample sizes of the convergence plot: 10, 30, 100, ... up to the larger of n and {@value #LADDER_TOP}, n included. */
    static List<Integer> ladder(int n) {
        return SampleSizes.ladder(n, LADDER_TOP);
    }

    /** Computes everything the tab shows; the samples of each size are the first rows of one sample per seed. */
    public static KlResult compute(Settings s, JobContext context) {
        MultivariateNormal p = p(s);
        MultivariateNormal q = q(s);
        int n = s.integer("n");
        int bins = s.integer("bins");
        int k = s.integer("k");
        if (n < k + 1) {
            throw new IllegalArgumentException("--k " + k + " needs a sample size n above k, n is " + n);
        }
        List<Integer> sizes = ladder(n);
        int total = sizes.get(sizes.size() - 1);
        List<UniformRandomProvider> streams = RandomStreams.independent(s.longValue("seed"), 2);
        double[][] fromP = p.sample(total, streams.get(0));
        double[][] fromQ = q.sample(total, streams.get(1));
        context.checkCancelled();

        double work = sizes.stream().mapToDouble(Integer::doubleValue).sum();
        double done = 0;
        List<KlResult.ConvergencePoint> points = new ArrayList<>();
        HistogramDivergence.Result histogramAtN = null;
        double pluginAtN = Double.NaN;
        KnnDivergence.Terms termsAtN = null;
        for (int size : sizes) {
            context.checkCancelled();
            HistogramDivergence.Result h = HistogramDivergence.estimate(fromP, size, fromQ, size, bins);
            double plugin = GaussianKl.pluginEstimate(fromP, size, fromQ, size);
            KnnDivergence.Terms terms = size > k
                    ? KnnDivergence.terms(new KdTree(fromP, size), new KdTree(fromQ, size), fromP, k,
                            new ScaledProgress(context, done / work, size / work))
                    : null;
            points.add(new KlResult.ConvergencePoint(size, h.estimate(), plugin,
                    terms == null ? Double.NaN : terms.estimate()));
            if (size == n) {
                histogramAtN = h;
                pluginAtN = plugin;
                termsAtN = terms;
            }
            done += size;
            context.progress(done / work, "KL estimates up to n = " + size);
        }
        double logPError = 0;
        double logQError = 0;
        for (int i = 0; i < n; i++) {
            logPError += termsAtN.logP()[i] - p.logDensity(fromP[i]);
            logQError += termsAtN.logQ()[i] - q.logDensity(fromP[i]);
        }
        return new KlResult(p, q, n, k, fromP, fromQ, GaussianKl.divergence(p, q), GaussianKl.divergence(q, p),
                histogramAtN, pluginAtN, termsAtN.estimate(), logPError / n, logQError / n, List.copyOf(points));
    }
}
