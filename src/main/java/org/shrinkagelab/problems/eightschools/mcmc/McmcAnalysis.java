package org.shrinkagelab.problems.eightschools.mcmc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.diag.RankHistogram;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.KernelDensity;

/**
 * Everything the figures and tables of a fit show, computed once off the UI thread: the draws, the
 * diagnostics, the rank histograms of every parameter, the densities, and the exact reference.
 */
public final class McmcAnalysis {
    /** The derived parameter shown for the funnel and selectable for traces. */
    public static final String LOG_TAU = "log(tau)";
    /** At most this many draws per chain are drawn in a trace; longer chains are thinned evenly. */
    static final int MAX_TRACE_POINTS = 2000;
    private static final int DENSITY_POINTS = 200;
    private static final int MAX_KDE_VALUES = 4000;

    private final String label;
    private final Draws draws;
    private final FitDiagnostics diagnostics;
    private final ExactTauCurve exact;
    private final Map<String, double[][]> series = new LinkedHashMap<>();
    private final Map<String, long[][]> ranks = new LinkedHashMap<>();
    private final int rankBins;
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
        this.label = label;
        this.draws = draws.truncatedToShortest();
        this.diagnostics = diagnostics;
        this.exact = exact;
        for (String p : this.draws.parameters()) {
            series.put(p, this.draws.parameter(p));
        }
        double[][] tau = this.draws.parameter("tau");
        double[][] logTau = new double[tau.length][];
        for (int c = 0; c < tau.length; c++) {
            logTau[c] = Arrays.stream(tau[c]).map(Math::log).toArray();
        }
        series.put(LOG_TAU, logTau);
        rankBins = RankHistogram.defaultBins(this.draws.shortestChain());
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            ranks.put(e.getKey(), RankHistogram.counts(e.getValue(), rankBins));
        }
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
        muGrid = KernelDensity.grid(muLo, muHi, DENSITY_POINTS);
        double[] kdeValues = thin(allMu, MAX_KDE_VALUES);
        muDensity = KernelDensity.estimate(kdeValues, muGrid, KernelDensity.silvermanBandwidth(kdeValues), Double.NaN);
        exactMuDensity = exactMu == null ? null : exactMu.apply(muGrid);
    }

    /** What was run, for titles. */
    public String label() {
        return label;
    }

    /** The draws, every chain cut to the shortest. */
    public Draws draws() {
        return draws;
    }

    /** The diagnostics. */
    public FitDiagnostics diagnostics() {
        return diagnostics;
    }

    /** The exact p(tau | y), or null. */
    public ExactTauCurve exact() {
        return exact;
    }

    /** The parameters a trace or rank plot can show: the model's outputs and log(tau). */
    public List<String> plottable() {
        return List.copyOf(series.keySet());
    }

    /** A parameter's draws as [chain][draw] (log(tau) included). */
    public double[][] series(String name) {
        double[][] s = series.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + series.keySet());
        }
        return s;
    }

    /** Rank histogram counts [chain][bin] of a parameter. */
    public long[][] rankCounts(String name) {
        series(name);
        return ranks.get(name);
    }

    /** The number of rank bins. */
    public int rankBins() {
        return rankBins;
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

    /** Null when the run finished; otherwise the note every figure carries. */
    public String incompleteNote() {
        return draws.complete() ? null
                : "incomplete (cancelled after " + draws.shortestChain() + " draws per chain)";
    }

    /** Draws are thinned by this stride for traces and scatter plots. */
    public int plotStride() {
        return Math.max(1, (int) Math.ceil(draws.shortestChain() / (double) MAX_TRACE_POINTS));
    }

    /** The summary row of a parameter, or null when the chains are too short to summarize. */
    public ParameterSummary summary(String name) {
        for (ParameterSummary p : diagnostics.parameters()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Divergent-transition flags as [chain][draw] (all false when the sampler cannot diverge). */
    public boolean[][] divergent() {
        boolean[][] out = new boolean[draws.chains()][draws.shortestChain()];
        if (draws.hasStat("divergent__")) {
            double[][] d = draws.stat("divergent__");
            for (int c = 0; c < out.length; c++) {
                for (int i = 0; i < out[c].length; i++) {
                    out[c][i] = d[c][i] != 0;
                }
            }
        }
        return out;
    }

    /** The draws of all chains of a parameter in one array. */
    public double[] pooled(String name) {
        double[][] s = series(name);
        int n = 0;
        for (double[] c : s) {
            n += c.length;
        }
        double[] all = new double[n];
        int k = 0;
        for (double[] c : s) {
            System.arraycopy(c, 0, all, k, c.length);
            k += c.length;
        }
        return all;
    }

    /** Every k-th value so that at most {@code max} remain. */
    static double[] thin(double[] values, int max) {
        if (values.length <= max) {
            return values;
        }
        int stride = (int) Math.ceil(values.length / (double) max);
        double[] out = new double[(values.length + stride - 1) / stride];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i * stride];
        }
        return out;
    }
}
