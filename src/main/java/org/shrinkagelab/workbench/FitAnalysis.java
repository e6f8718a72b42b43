package org.shrinkagelab.workbench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.diag.RankHistogram;
import org.shrinkagelab.engine.sample.Draws;

/**
 * What every workbench figure and table of a fit shows, computed once off the UI thread: the draws
 * (every chain cut to the shortest), their diagnostics, the series a trace or rank plot can pick
 * (the model's outputs and any derived ones such as log(tau)) and their rank histograms. A problem
 * extends it with its own densities and references.
 */
public class FitAnalysis {
    /** At most this many draws per chain are drawn in a trace; longer chains are thinned evenly. */
    public static final int MAX_TRACE_POINTS = 2000;

    private final String label;
    private final Draws draws;
    private final FitDiagnostics diagnostics;
    private final Map<String, double[][]> series = new LinkedHashMap<>();
    private final Map<String, long[][]> ranks = new LinkedHashMap<>();
    private final int rankBins;

    /**
     * Analyses a fit.
     *
     * @param label       what was run, for titles (e.g. "NUTS, non-centered")
     * @param draws       the draws (possibly incomplete)
     * @param diagnostics their diagnostics
     * @param derived     series computed from the draws, [chain][draw] by name, shown after the outputs
     */
    public FitAnalysis(String label, Draws draws, FitDiagnostics diagnostics, Map<String, double[][]> derived) {
        this(label, draws, diagnostics, derived, JobContext.none());
    }

    /**
     * As {@link #FitAnalysis(String, Draws, FitDiagnostics, Map)}, checking the context's cancellation before
     * each series' rank histograms (they take a while for long chains).
     */
    public FitAnalysis(String label, Draws draws, FitDiagnostics diagnostics, Map<String, double[][]> derived,
                       JobContext context) {
        this.label = label;
        this.draws = draws.truncatedToShortest();
        this.diagnostics = diagnostics;
        for (String p : this.draws.parameters()) {
            series.put(p, this.draws.parameter(p));
        }
        series.putAll(derived);
        rankBins = RankHistogram.defaultBins(this.draws.shortestChain());
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            context.checkCancelled();
            ranks.put(e.getKey(), RankHistogram.counts(e.getValue(), rankBins));
        }
    }

    /** The natural logarithm of a parameter's draws, [chain][draw], for a derived series such as log(tau). */
    public static double[][] logOf(Draws draws, String name) {
        double[][] values = draws.truncatedToShortest().parameter(name);
        double[][] out = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            out[c] = Arrays.stream(values[c]).map(Math::log).toArray();
        }
        return out;
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

    /** The parameters a trace or rank plot can show: the model's outputs and the derived series. */
    public List<String> plottable() {
        return List.copyOf(series.keySet());
    }

    /** A parameter's draws as [chain][draw] (derived series included). */
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
        return Draws.pooled(series(name));
    }

    /** Every k-th value so that at most {@code max} remain. */
    public static double[] thin(double[] values, int max) {
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
