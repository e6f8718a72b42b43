package org.shrinkagelab.problems.dyson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.shrinkagelab.engine.diag.Diagnostics;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.PeriodogramPeak;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.ModelFit;

/**
 * A Dyson Spheres fit read for the tab and the summary: the phases phi[k] = atan2(b_k, a_k) (y = m + A
 * cos(2 pi f (t - t0) - phi)), each unwrapped onto the circle's half-turns either side of its circular mean
 * so that an interval and a correlation mean something, and the posterior correlation matrix of
 * (log f, log A, phi, m) of every object.
 */
public final class DysonAnalysis extends FitAnalysis {
    /** The object-level quantities of the correlation matrix, in order. */
    public static final List<String> CORRELATED = List.of("log f", "log A", "phi", "m");

    private final List<String> objects;
    private final List<double[][]> correlations = new ArrayList<>();
    private final DysonModel model;
    private final DivergenceLocation divergences;
    private final List<String> warnings;

    private DysonAnalysis(String label, Draws draws, FitDiagnostics diagnostics, Map<String, double[][]> derived,
                          List<String> objects, DysonModel model, DivergenceLocation divergences,
                          List<String> warnings) {
        super(label, draws, diagnostics, derived);
        this.objects = objects;
        this.model = model;
        this.divergences = divergences;
        this.warnings = warnings;
        for (int k = 1; k <= objects.size(); k++) {
            double[][] columns = {
                    log(pooled("f[" + k + "]")), log(pooled("A[" + k + "]")), pooled("phi[" + k + "]"),
                    pooled("m[" + k + "]")};
            correlations.add(correlation(columns));
        }
    }

    /**
     * Analyses a fit of the model (the summary rows gain phi[k]), locating its divergences among the reported
     * parameters and wording the warnings ({@link DysonWarnings}) from the peaks the windows are centred on.
     */
    public static DysonAnalysis of(String label, ModelFit fit, DysonModel model, List<String> objects,
                                   int maxTreedepth, double adaptDelta, List<PeriodogramPeak> chosen,
                                   double baseline) {
        Draws draws = fit.draws().truncatedToShortest();
        Map<String, double[][]> phases = phases(draws, objects.size());
        List<ParameterSummary> rows = new ArrayList<>(fit.summaries());
        if (draws.shortestChain() >= 4) {
            phases.forEach((name, d) -> rows.add(Diagnostics.summarize(name, d)));
        }
        FitDiagnostics diagnostics = FitDiagnostics.of(draws, rows, fit.run().stepSizes(), maxTreedepth, false,
                adaptDelta);
        DivergenceLocation where = DivergenceLocation.of(draws,
                fit.summaries().stream().map(ParameterSummary::name).toList());
        return new DysonAnalysis(label, draws, diagnostics, phases, objects, model, where,
                DysonWarnings.of(diagnostics, where, objects, chosen, windowEnds(model, true), windowEnds(model, false),
                        baseline));
    }

    private static double[] windowEnds(DysonModel model, boolean lower) {
        double[] out = new double[model.objects()];
        for (int k = 0; k < out.length; k++) {
            out[k] = lower ? model.lower(k) : model.upper(k);
        }
        return out;
    }

    /**
     * phi[k] per chain and draw (and mu_phi, the von Mises population's common phase, when it was fitted),
     * each unwrapped around its circular mean over all chains.
     */
    static Map<String, double[][]> phases(Draws draws, int objects) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int k = 1; k <= objects; k++) {
            out.put("phi[" + k + "]", angle(draws.parameter("b[" + k + "]"), draws.parameter("a[" + k + "]")));
        }
        if (draws.parameters().contains("phase_wx")) {
            out.put("mu_phi", angle(draws.parameter("phase_wy"), draws.parameter("phase_wx")));
        }
        return out;
    }

    /** atan2(y, x) per chain and draw, unwrapped onto the half-turns either side of its circular mean. */
    private static double[][] angle(double[][] y, double[][] x) {
        double sc = 0;
        double ss = 0;
        double[][] phi = new double[x.length][];
        for (int c = 0; c < x.length; c++) {
            phi[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) {
                phi[c][i] = Math.atan2(y[c][i], x[c][i]);
                sc += Math.cos(phi[c][i]);
                ss += Math.sin(phi[c][i]);
            }
        }
        double centre = Math.atan2(ss, sc);
        for (double[] chain : phi) {
            for (int i = 0; i < chain.length; i++) {
                chain[i] = centre + Math.IEEEremainder(chain[i] - centre, 2 * Math.PI);
            }
        }
        return phi;
    }

    private static double[] log(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.log(v[i]);
        }
        return out;
    }

    private static double[][] correlation(double[][] columns) {
        int n = columns[0].length;
        double[][] rows = new double[n][columns.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns.length; j++) {
                rows[i][j] = columns[j][i];
            }
        }
        if (n < 3) {
            double[][] nan = new double[columns.length][columns.length];
            for (double[] r : nan) {
                java.util.Arrays.fill(r, Double.NaN);
            }
            return nan;
        }
        return new PearsonsCorrelation(rows).getCorrelationMatrix().getData();
    }

    /** The object names. */
    public List<String> objects() {
        return objects;
    }

    /** The posterior correlation matrix of (log f, log A, phi, m) of object k (0-based). */
    public double[][] correlation(int k) {
        return correlations.get(k);
    }

    /** Where the divergent transitions sit. */
    public DivergenceLocation divergences() {
        return divergences;
    }

    /** What the user should be wary of, most urgent first (empty when nothing). */
    public List<String> warnings() {
        return warnings;
    }

    /** The model that was fitted (windows and reference time). */
    public DysonModel model() {
        return model;
    }
}
