package org.shrinkagelab.problems.asteroids;

import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.engine.sample.Draws;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.model.DeclaredModel;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.ModelChecks;
import org.shrinkagelab.workbench.ModelFit;

/**
 * One asteroid fit analysed for the tab and the summary: the workbench's analysis, the fit itself, its
 * PSIS-LOO, and each class's sample mean and posterior mean of its mean of log albedo.
 */
public final class AsteroidsAnalysis extends FitAnalysis {
    /** Fewer draws per chain than this give no PSIS-LOO (the Pareto fit needs a tail). */
    static final int MIN_DRAWS_FOR_LOO = 20;
    private final AsteroidsModel model;
    private final ModelFit fit;
    private final LooResult loo;

    private AsteroidsAnalysis(String label, AsteroidsModel model, ModelFit fit, FitDiagnostics diagnostics,
                              LooResult loo) {
        super(label, fit.draws(), diagnostics, Map.of());
        this.model = model;
        this.fit = fit;
        this.loo = loo;
    }

    /** Samples the model and analyses the fit, PSIS-LOO included (for the summary and the model comparison). */
    public static AsteroidsAnalysis fit(AsteroidsModel model, SamplerSettings sampler, JobContext ctx) {
        return fit(model, sampler, ctx, null, true);
    }

    /**
     * Samples the model (recording in {@code live}, may be null) and analyses the fit; PSIS-LOO only when
     * {@code withLoo} (the tab's own fit leaves it to the workbench's checks, which compute it anyway).
     */
    public static AsteroidsAnalysis fit(AsteroidsModel model, SamplerSettings sampler, JobContext ctx,
                                        LiveDraws live, boolean withLoo) {
        DeclaredModel declared = model.declare();
        ModelFit fit = ModelFit.sample(declared, sampler, ctx, live);
        FitDiagnostics d = FitDiagnostics.of(fit.draws(), fit.summaries(), fit.run().stepSizes(),
                sampler.maxTreeDepth(), model.parameterization() == ClassParameterization.CENTERED, sampler.adaptDelta());
        LooResult loo = withLoo && fit.draws().shortestChain() >= MIN_DRAWS_FOR_LOO
                ? ModelChecks.of(declared, fit.draws(), ctx).loo() : null;
        return new AsteroidsAnalysis(label(model, sampler), model, fit, d, loo);
    }

    /** What was run, for titles and the status line. */
    public static String label(AsteroidsModel model, SamplerSettings sampler) {
        return model.kind().id() + ", " + model.parameterization() + ", " + model.data().size() + " asteroids, "
                + sampler.kind().toString().toLowerCase(java.util.Locale.ROOT) + " " + sampler.chains() + "×"
                + sampler.draws();
    }

    /** The model fitted. */
    public AsteroidsModel model() {
        return model;
    }

    /** The fit. */
    public ModelFit fit() {
        return fit;
    }

    /** PSIS-LOO of the fit, or null when not computed or the chains are too short. */
    public LooResult loo() {
        return loo;
    }

    /** The data fitted. */
    public AsteroidsData data() {
        return model.data();
    }

    /** The output holding class c's mean of log albedo (the mixture's weighted mean, the shared mu when pooled). */
    public String classMeanName(String code) {
        return switch (model.kind()) {
            case POOLED -> "mu";
            default -> "mu_class[" + code + "]";
        };
    }

    /**
     * Each class's mean summed up as {@code choice} asks (point estimate, interval of its draws), classes in
     * data order: [class][point, lower, upper]; NaN where the model has no such mean.
     */
    public double[][] classMeans(PointInterval choice) {
        List<String> classes = data().classes();
        double[][] out = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) {
            String name = classMeanName(classes.get(k));
            if (summary(name) == null) {
                out[k] = new double[] {Double.NaN, Double.NaN, Double.NaN};
            } else {
                PointInterval.Summary s = choice.of(Draws.pooled(fit().draws().parameter(name)));
                out[k] = new double[] {s.point(), s.lower(), s.upper()};
            }
        }
        return out;
    }

    /** Posterior mean, 5% and 95% quantiles of each class's mean, classes in data order: [class][3]. */
    public double[][] classMeans() {
        List<String> classes = data().classes();
        double[][] out = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) {
            var s = summary(classMeanName(classes.get(k)));
            out[k] = s == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                    : new double[] {s.mean(), s.q5(), s.q95()};
        }
        return out;
    }

    /** Each class's sample mean of log albedo, classes in data order. */
    public static double[] sampleMeans(AsteroidsData data) {
        int k = data.classes().size();
        double[] sum = new double[k];
        int[] n = new int[k];
        int[] c = data.classIndex();
        double[] y = data.logAlbedos();
        for (int i = 0; i < y.length; i++) {
            sum[c[i]] += y[i];
            n[c[i]]++;
        }
        for (int j = 0; j < k; j++) {
            sum[j] /= n[j];
        }
        return sum;
    }
}
