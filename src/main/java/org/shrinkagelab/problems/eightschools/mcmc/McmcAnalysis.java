package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.Arrays;
import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.KernelDensity;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.FitDiagnostics;

/**
 * The workbench's analysis of an Eight Schools fit with what only this problem shows: log(tau) for
 * the funnel and the traces, the histograms and densities of tau and mu, and the exact reference.
 */
public final class McmcAnalysis extends FitAnalysis {
    /** The derived parameter shown for the funnel and selectable for traces. */
    public static final String LOG_TAU = "log(tau)";
    private static final int DENSITY_POINTS = 200;
    private static final int MAX_KDE_VALUES = 4000;

    private final ExactTauCurve exact;
    private final Histogram tauHistogram;
    private final Histogram muHistogram;
    private final double[] muGrid;
    private final double[] muDensity;
    private final double[] exactMuDensity;

    /**
     * Analyses a fit.
     *
     * @param label       what was run, for titles (e.g. "NUTS, non-centered")
     * @param draws       the draws (possibly incomplete)
     * @param diagnostics their diagnostics
     * @param exact       the exact p(tau | y) under the same priors, or null when there is none
     * @param exactMu     the exact p(mu | y) as a function of a grid of mu, or null when there is none
     */
    public McmcAnalysis(String label, Draws draws, FitDiagnostics diagnostics, ExactTauCurve exact,
                        java.util.function.UnaryOperator<double[]> exactMu) {
        this(label, draws, diagnostics, exact, exactMu, JobContext.none());
    }

    /** As the other constructor, checking the context's cancellation between its long steps. */
    public McmcAnalysis(String label, Draws draws, FitDiagnostics diagnostics, ExactTauCurve exact,
                        java.util.function.UnaryOperator<double[]> exactMu, JobContext context) {
        super(label, draws, diagnostics, Map.of(LOG_TAU, logOf(draws, "tau")), context);
        context.checkCancelled();
        this.exact = exact;
        double[] allTau = pooled("tau");
        double[] sortedTau = allTau.clone();
        Arrays.sort(sortedTau);
        double tauHi = KernelDensity.quantileSorted(sortedTau, 0.99);
        if (exact != null) {
            tauHi = Math.max(tauHi, Math.min(exact.tau()[exact.tau().length - 1], exact.mean() + 4 * exact.sd()));
        }
        tauHistogram = Histogram.of(allTau, 50, 0, tauHi > 0 ? tauHi : 1);
        double[] allMu = pooled("mu");
        double[] sortedMu = allMu.clone();
        Arrays.sort(sortedMu);
        double muLo = KernelDensity.quantileSorted(sortedMu, 0.0025);
        double muHi = KernelDensity.quantileSorted(sortedMu, 0.9975);
        if (!(muHi > muLo)) {
            muLo = muLo - 1;
            muHi = muHi + 1;
        }
        muHistogram = Histogram.of(allMu, 50, muLo, muHi);
        context.checkCancelled();
        muGrid = KernelDensity.grid(muLo, muHi, DENSITY_POINTS);
        double[] kdeValues = thin(allMu, MAX_KDE_VALUES);
        muDensity = KernelDensity.estimate(kdeValues, muGrid, KernelDensity.silvermanBandwidth(kdeValues), Double.NaN);
        exactMuDensity = exactMu == null ? null : exactMu.apply(muGrid);
    }

    /** The exact p(tau | y), or null. */
    public ExactTauCurve exact() {
        return exact;
    }

    /** The histogram of all tau draws over [0, upper 1% quantile or the exact curve's range]. */
    public Histogram tauHistogram() {
        return tauHistogram;
    }

    /** The histogram of all mu draws over their central 99.5%. */
    public Histogram muHistogram() {
        return muHistogram;
    }

    /** The grid of the mu density. */
    public double[] muGrid() {
        return muGrid;
    }

    /** The exact p(mu | y) on {@link #muGrid()}, or null when there is no exact reference. */
    public double[] exactMuDensity() {
        return exactMuDensity;
    }

    /** Kernel density of mu on {@link #muGrid()}. */
    public double[] muDensity() {
        return muDensity;
    }
}
