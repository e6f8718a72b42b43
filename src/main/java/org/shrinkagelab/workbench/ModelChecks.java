package org.shrinkagelab.workbench;

import java.util.List;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.model.LogDensity;
import org.shrinkagelab.engine.model.PointwiseLogLikelihood;
import org.shrinkagelab.engine.model.ReplicatedData;
import org.shrinkagelab.engine.model.Unconstrain;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.engine.sample.PosteriorPredictive;

/**
 * The checks of a fit that need the model, not only its draws: the posterior predictive replicates (when the
 * model implements {@link ReplicatedData}) and PSIS-LOO (when it implements {@link PointwiseLogLikelihood}),
 * both computed from each kept draw mapped back to the unconstrained point ({@link Unconstrain}).
 *
 * @param observed   the observed data, or null without a posterior predictive check
 * @param replicates y_rep [replicate][observation], or null
 * @param loo        the PSIS-LOO result, or null
 */
public record ModelChecks(double[] observed, double[][] replicates, LooResult loo) {
    /** At most this many replicated data sets are drawn for the check. */
    public static final int MAX_REPLICATES = 400;
    /** Seed of the replicates, fixed so the same draws give the same check. */
    public static final long PPC_SEED = 20261201L;

    /** No checks (a model with neither interface, or no draws). */
    public static final ModelChecks NONE = new ModelChecks(null, null, null);

    /** Whether a posterior predictive check was computed. */
    public boolean hasPpc() {
        return replicates != null;
    }

    /**
     * Computes what the model allows; a cancel while computing (when {@code context} was not already
     * cancelled, e.g. by the cancel that ended the sampling) throws {@link CancelledException}.
     */
    public static ModelChecks of(LogDensity model, Draws draws, JobContext context) {
        if (!applies(model, draws)) {
            return NONE;
        }
        Unconstrain inverse = (Unconstrain) model;
        JobContext ctx = context.isCancelled() ? JobContext.none() : context;
        double[] observed = null;
        double[][] replicates = null;
        if (model instanceof ReplicatedData data) {
            observed = data.observed();
            replicates = PosteriorPredictive.replicates(draws, observed.length,
                    PosteriorPredictive.fromUnconstrained(data, model.dimension(), inverse::unconstrain),
                    MAX_REPLICATES, PPC_SEED);
        }
        ctx.checkCancelled();
        return new ModelChecks(observed, replicates, loo(model, draws, ctx));
    }

    /**
     * PSIS-LOO of the draws from the model's pointwise log-likelihood, or null when the model has none (or
     * cannot map a draw back to its unconstrained point) or the chains hold fewer than two draws.
     */
    public static LooResult loo(LogDensity model, Draws draws, JobContext context) {
        return loo(model, looLogLik(model, draws, context), context);
    }

    /**
     * The pointwise log-likelihoods that {@link #loo} smooths, [chain][observation][draw] with the chains cut to
     * the shortest, or null when it gives none: the first of its two steps, for a caller that runs it beside others.
     */
    static double[][][] looLogLik(LogDensity model, Draws draws, JobContext context) {
        if (!applies(model, draws) || draws.shortestChain() < 2
                || !(model instanceof PointwiseLogLikelihood pointwise)) {
            return null;
        }
        double[][][] logLik = logLik(model, pointwise, (Unconstrain) model, draws.truncatedToShortest(), context);
        Loo.prepare();
        return logLik;
    }

    /**
     * PSIS-LOO from the log-likelihoods that {@link #looLogLik} gave for {@code model} (null: none), the
     * observations as parallel parts of the context.
     */
    static LooResult loo(LogDensity model, double[][][] logLik, JobContext context) {
        return logLik == null ? null : Loo.of(((PointwiseLogLikelihood) model).observationNames(), logLik, context);
    }

    private static boolean applies(LogDensity model, Draws draws) {
        return model instanceof Unconstrain && draws.shortestChain() > 0
                && draws.parameters().equals(model.outputNames());
    }

    /** log p(y_i | draw) as [chain][observation][draw], each draw mapped back to q. */
    public static double[][][] logLik(LogDensity model, PointwiseLogLikelihood pointwise, Unconstrain inverse,
                                      Draws draws, JobContext context) {
        int n = pointwise.observations();
        List<String> names = draws.parameters();
        double[][][] out = new double[draws.chains()][n][];
        double[] row = new double[names.size()];
        double[] q = new double[model.dimension()];
        double[] ll = new double[n];
        for (int c = 0; c < draws.chains(); c++) {
            double[][] columns = draws.values()[c];
            int m = draws.draws(c);
            for (int i = 0; i < n; i++) {
                out[c][i] = new double[m];
            }
            for (int d = 0; d < m; d++) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = columns[k][d];
                }
                inverse.unconstrain(row, q);
                pointwise.logLikelihood(q, ll);
                for (int i = 0; i < n; i++) {
                    out[c][i][d] = ll[i];
                }
            }
            context.checkCancelled();
        }
        return out;
    }
}
