package org.shrinkagelab.problems.fivedistricts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shrinkagelab.engine.diag.Loo;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.KernelDensity;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.FitDiagnostics;

/**
 * The workbench's analysis of one Five Districts fit with what this problem adds: the request, the exact
 * posterior of the same model, PSIS-LOO from the schools' pointwise log-likelihoods, log(tau_s) and
 * log(tau_d) for the funnel, and histograms of mu, tau_d and tau_s.
 */
public final class FiveDistrictsAnalysis extends FitAnalysis {
    private static final int BINS = 50;

    private final FiveDistrictsRequest request;
    private final ExactSlopes exact;
    private final LooResult loo;
    private final Map<String, Histogram> histograms = new LinkedHashMap<>();

    /** Analyses a fit of the request's model (the draws possibly incomplete). */
    public FiveDistrictsAnalysis(FiveDistrictsRequest request, Draws draws, FitDiagnostics diagnostics,
                                 ExactSlopes exact) {
        super(request.label(), draws, diagnostics, derived(request, draws));
        this.request = request;
        this.exact = exact;
        this.loo = draws.shortestChain() < 2 ? null : Loo.of(SchoolLikelihood.names(request.data().size()),
                SchoolLikelihood.logLik(request.model(), request.data(), draws));
        for (String name : new String[] {"mu", "tau_d", "tau_s"}) {
            if (plottable().contains(name) && draws.shortestChain() > 0) {
                histograms.put(name, histogram(name));
            }
        }
    }

    private static Map<String, double[][]> derived(FiveDistrictsRequest request, Draws draws) {
        if (request.model() != SlopeModel.HIERARCHICAL) {
            return Map.of();
        }
        Map<String, double[][]> d = new LinkedHashMap<>();
        d.put("log(tau_s)", logOf(draws, "tau_s"));
        d.put("log(tau_d)", logOf(draws, "tau_d"));
        return d;
    }

    private Histogram histogram(String name) {
        double[] sorted = pooled(name).clone();
        Arrays.sort(sorted);
        boolean scale = name.startsWith("tau");
        double lo = scale ? 0 : KernelDensity.quantileSorted(sorted, 0.0025);
        double hi = KernelDensity.quantileSorted(sorted, scale ? 0.99 : 0.9975);
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        return Histogram.of(pooled(name), BINS, lo, hi);
    }

    /** The options the fit ran under. */
    public FiveDistrictsRequest request() {
        return request;
    }

    /** The exact posterior of the same model. */
    public ExactSlopes exact() {
        return exact;
    }

    /** PSIS-LOO over the schools, or null when the chains are too short. */
    public LooResult loo() {
        return loo;
    }

    /** The histogram of a scalar (mu, tau_d, tau_s) over its central range, or null when the model has none. */
    public Histogram histogramOf(String name) {
        return histograms.get(name);
    }

    /** School j's (0-based) slope draws, whichever model, all chains in one array. */
    public double[] schoolSlope(int j) {
        return pooled(SchoolLikelihood.slopeName(request.model(), request.data(), j));
    }

    /** District d's (0-based) slope draws ((i): the single slope), all chains in one array. */
    public double[] districtSlope(int d) {
        return pooled(request.model() == SlopeModel.POOLED ? "mu" : "beta_district[" + (d + 1) + "]");
    }
}
