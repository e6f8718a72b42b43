package org.shrinkagelab.problems.fivedistricts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.CancelledException;
import org.shrinkagelab.engine.PartTask;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.ModelFit;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.TauPrior;

/** Runs the Five Districts fits: one model, the three models for the LOO comparison, and the tau-prior sensitivity. */
public final class FiveDistrictsFitter {
    private FiveDistrictsFitter() {
    }

    /** Samples the request's model (recording in {@code live}, may be null) and analyses it. */
    public static FiveDistrictsAnalysis fit(FiveDistrictsRequest r, JobContext ctx, LiveDraws live) {
        ModelFit fit = ModelFit.sample(r.declared(), r.sampler(), ctx, live);
        if (fit.draws().shortestChain() == 0) {
            throw new CancelledException();
        }
        return analyse(r, fit, ExactSlopes.of(r));
    }

    /** The analysis of a finished (or cancelled) fit of the request's model. */
    public static FiveDistrictsAnalysis analyse(FiveDistrictsRequest r, ModelFit fit, ExactSlopes exact) {
        FitDiagnostics diagnostics = FitDiagnostics.of(fit.draws(), fit.summaries(), fit.run().stepSizes(),
                r.sampler().maxTreeDepth(), r.model() == SlopeModel.HIERARCHICAL
                        && r.schools() == Parameterization.CENTERED, r.sampler().adaptDelta());
        return new FiveDistrictsAnalysis(r, fit.draws(), diagnostics, exact);
    }

    /** Fits each request as one parallel part (its chains inside the part); a cancel keeps what each drew. */
    private static List<FiveDistrictsAnalysis> fitEach(List<FiveDistrictsRequest> requests, boolean exact,
                                                       JobContext ctx) {
        List<PartTask<FiveDistrictsAnalysis>> parts = new ArrayList<>();
        for (FiveDistrictsRequest r : requests) {
            parts.add(part -> {
                ModelFit fit = ModelFit.sample(r.declared(), r.sampler(), part);
                if (fit.draws().shortestChain() < 2) {
                    throw new CancelledException();
                }
                return analyse(r, fit, exact ? ExactSlopes.of(r) : null);
            });
        }
        return ctx.parallel(parts);
    }

    /**
     * The three models fitted (each one parallel part) under the same priors, sampler and data.
     *
     * @param fits  pooled, independent, hierarchical, in that order
     * @param table the LOO comparison, best first
     */
    public record Comparison(List<FiveDistrictsAnalysis> fits, List<LooComparison.Row> table) {
        /** The fit of a model. */
        public FiveDistrictsAnalysis of(SlopeModel model) {
            return fits.get(model.ordinal());
        }
    }

    /** Fits the three models and compares them by PSIS-LOO. */
    public static Comparison compare(FiveDistrictsRequest r, JobContext ctx) {
        List<FiveDistrictsRequest> requests = new ArrayList<>();
        for (SlopeModel m : SlopeModel.values()) {
            requests.add(r.withModel(m));
        }
        List<FiveDistrictsAnalysis> fits = fitEach(requests, true, ctx);
        Map<String, LooResult> loo = new LinkedHashMap<>();
        for (FiveDistrictsAnalysis a : fits) {
            loo.put(a.request().model().word(), a.loo());
        }
        return new Comparison(List.copyOf(fits), LooComparison.compare(loo));
    }

    /** The tau priors of the sensitivity view, one per family, scaled for slopes of order 0.1-1 point per hour. */
    public static List<TauPrior> sensitivityPriors() {
        return List.of(TauPrior.halfNormal(0.5), TauPrior.halfCauchy(0.25), TauPrior.exponential(2),
                TauPrior.uniform(0, 2));
    }

    /** The hierarchical model under each sensitivity prior (the same family on tau_d and tau_s), each one part. */
    public static List<FiveDistrictsAnalysis> sensitivity(FiveDistrictsRequest r, JobContext ctx) {
        List<FiveDistrictsRequest> requests = new ArrayList<>();
        for (TauPrior p : sensitivityPriors()) {
            requests.add(r.withModel(SlopeModel.HIERARCHICAL).withTauPriors(p, p));
        }
        return fitEach(requests, false, ctx);
    }
}
