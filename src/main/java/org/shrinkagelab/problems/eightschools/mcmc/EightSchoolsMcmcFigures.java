package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.data.EightSchoolsData;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.shrinkagelab.charts.ArrowAnnotation;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.charts.HistogramFigure;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.ScatterFigure;
import org.shrinkagelab.charts.ParameterTraceFigure;
import org.shrinkagelab.charts.RankFigure;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;

/**
 * Every figure of the Eight Schools MCMC tab, built once and updated in place: the pooling check,
 * the forest plot with shrinkage arrows, the densities of mu and tau (with the exact p(tau | y)),
 * traces with a divergence rug, rank plots, the funnel, and the hyperprior sensitivity overlays.
 */
public final class EightSchoolsMcmcFigures {
    /** The problem id, first in every figure name. */
    public static final String ID = "eight-schools-mcmc";
    /** Replications of the complete-pooling simulation. */
    public static final int POOLING_REPLICATIONS = 10_000;
    /** Seed of the complete-pooling simulation. */
    public static final long POOLING_SEED = 1;
    private static final double Z90 = 1.6448536269514722;
    private static final int MAX_FUNNEL_POINTS = 4000;
    /** The MCMC mean's dash: long dashes. */
    private static final float[] MCMC_DASH = {8f, 4f};
    /** The exact mean's dash: dots. */
    private static final float[] EXACT_DASH = {2f, 3f};
    /** The exact mean's colour: that of the exact curve. */
    private static final Color EXACT_COLOR = ChartStyle.color(6);

    private EightSchoolsData data;
    private final HistogramFigure pooling = new HistogramFigure("Pooling check: simulated min and max",
            "smallest / largest of 8 simulated effects", "replications");
    private final ForestFigure forest;
    private final HistogramFigure muDensity = new HistogramFigure("Posterior of mu", "mu", "density");
    private final HistogramFigure tauDensity = new HistogramFigure("Posterior of tau", "tau",
            "density");
    private final FigureNotes notes = new FigureNotes();
    private final ChainFigures chains = new ChainFigures(notes);
    private final ParameterTraceFigure trace = chains.trace();
    private final RankFigure rank = chains.rank();
    private final ScatterFigure funnel = new ScatterFigure("Funnel", "theta[1]", "log(tau)");
    private final LineFigure sensitivityTau = new LineFigure("Posterior of tau under each hyperprior", "tau",
            "density");
    private final LineFigure sensitivityTheta = new LineFigure("Posterior of theta[1] under each hyperprior",
            "theta[1]", "density");
    private final List<Figure> figures;
    private final List<ArrowAnnotation> arrows = new ArrayList<>();
    private McmcAnalysis analysis;
    private String traceParameter = "tau";
    private int funnelSchool = 1;

    /** Creates the empty figures for the schools' data. */
    public EightSchoolsMcmcFigures(EightSchoolsData data) {
        this.data = data;
        forest = new ForestFigure("Shrinkage of the schools (90% intervals)",
                "treatment effect", rows(data));
        figures = List.of(
                new Figure(ID + "-pooling-min-max", pooling.chart()),
                new Figure(ID + "-forest", forest.chart()),
                new Figure(ID + "-mu-density", muDensity.chart()),
                new Figure(ID + "-tau-density", tauDensity.chart()),
                new Figure(ID + "-trace", trace.chart()),
                new Figure(ID + "-rank", rank.chart()),
                new Figure(ID + "-funnel", funnel.chart()),
                new Figure(ID + "-sensitivity-tau", sensitivityTau.chart()),
                new Figure(ID + "-sensitivity-theta1", sensitivityTheta.chart()));
        for (Figure f : figures) {
            if (f.chart() != trace.chart() && f.chart() != rank.chart()) {
                notes.attach(f.chart());
            }
        }
        funnel.plot().getRenderer().setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        // Divergent draws (series 1) on top of the others.
        funnel.plot().setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
    }

    private static List<String> rows(EightSchoolsData data) {
        List<String> rows = new ArrayList<>();
        for (int j = 1; j <= data.size(); j++) {
            rows.add("school " + j);
        }
        return rows;
    }

    /** Switches to other schools (the next fit shown must be of them). */
    public void setData(EightSchoolsData newData) {
        data = newData;
        forest.setRowLabels(rows(newData));
        if (funnelSchool > newData.size()) {
            funnelSchool = 1;
        }
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        return figures;
    }

    /** Shows the simulated minima and maxima under complete pooling with the observed ones marked. */
    public void updatePooling(PoolingCheck check, PoolingCheck.Simulation sim) {
        double lo = Math.min(min(sim.minima()), check.observedMin()) - 1;
        double hi = Math.max(max(sim.maxima()), check.observedMax()) + 1;
        pooling.setHistogram(0, "minimum", Histogram.of(sim.minima(), 60, lo, hi), false);
        pooling.setHistogram(1, "maximum", Histogram.of(sim.maxima(), 60, lo, hi), false);
        pooling.setMarkers(new double[] {check.observedMin(), check.observedMax()},
                new String[] {"min " + num(check.observedMin()), "max " + num(check.observedMax())},
                ChartStyle.WARNING);
        note(pooling.chart(), String.format(Locale.ROOT, "P(min ≤ %s) = %.3f (exact %.3f), P(max ≥ %s) = %.3f "
                        + "(exact %.3f)", num(check.observedMin()), sim.minTail(), check.exactMinTail(),
                num(check.observedMax()), sim.maxTail(), check.exactMaxTail()));
        pooling.plot().getDomainAxis().setLabel(String.format(Locale.ROOT,
                "min and max of y_j ~ N(%.2f, sigma_j²), %d simulations", check.pooledMean(),
                sim.minima().length));
    }

    /** Shows a fit in every MCMC figure. */
    public void update(McmcAnalysis a) {
        this.analysis = a;
        if (!a.plottable().contains(traceParameter)) {
            traceParameter = "tau";
        }
        updateForest(a);
        updateMu(a);
        updateTau(a);
        updateTraceAndRank();
        updateFunnel();
        String incomplete = a.incompleteNote();
        for (Figure f : figures.subList(1, 7)) {
            notes.warning(f.chart(), incomplete);
        }
    }

    /** Chooses the parameter of the trace and rank plots (e.g. tau, mu, theta[3], log(tau)). */
    public void showParameter(String name) {
        traceParameter = name;
        if (analysis != null) {
            updateTraceAndRank();
        }
    }

    /** Chooses the school (1-based) whose effect is the funnel's x axis. */
    public void showFunnelSchool(int school) {
        if (school < 1 || school > data.size()) {
            throw new IllegalArgumentException("school must be from 1 to " + data.size() + ", was " + school);
        }
        funnelSchool = school;
        if (analysis != null) {
            updateFunnel();
        }
    }

    /** Overlays the posteriors of tau and theta[1] under each hyperprior, naming the base model they vary. */
    public void updateSensitivity(SensitivityResult r, String base) {
        int i = 0;
        for (SensitivityResult.Fit f : r.fits()) {
            sensitivityTau.setLine(i, f.prior(), r.tauGrid(), f.tauDensity());
            sensitivityTheta.setLine(i, f.prior(), r.thetaGrid(), f.thetaDensity());
            i++;
        }
        sensitivityTau.keepLines(i);
        sensitivityTheta.keepLines(i);
        boolean complete = r.fits().stream().allMatch(SensitivityResult.Fit::complete);
        String warning = complete ? "" : "incomplete (cancelled)";
        notes.warning(sensitivityTau.chart(), warning);
        notes.warning(sensitivityTheta.chart(), warning);
        note(sensitivityTau.chart(), "base model: " + base + "; kernel density estimates: reflected at the prior's "
                + "lower bound; on log tau for the inverse-gamma");
        note(sensitivityTheta.chart(), "base model: " + base + "; kernel density estimates; school 1 observed y = "
                + num(data.effects()[0]));
    }

    /** Marks the overlays as computed for another base model than the one now set (also in exports). */
    public void markSensitivityStale(String base) {
        String warning = "stale: computed for " + base;
        notes.warning(sensitivityTau.chart(), warning);
        notes.warning(sensitivityTheta.chart(), warning);
    }

    private void updateForest(McmcAnalysis a) {
        int n = data.size();
        double[] y = data.effects();
        double[] s = data.stderrs();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] pooledMid = new double[n];
        double[] pooledLo = new double[n];
        double[] pooledHi = new double[n];
        double[] mid = new double[n];
        double[] qlo = new double[n];
        double[] qhi = new double[n];
        for (int j = 0; j < n; j++) {
            lo[j] = y[j] - Z90 * s[j];
            hi[j] = y[j] + Z90 * s[j];
            pooledMid[j] = data.pooledMean();
            pooledLo[j] = data.pooledMean() - Z90 * data.pooledSd();
            pooledHi[j] = data.pooledMean() + Z90 * data.pooledSd();
            ParameterSummary row = a.summary("theta[" + (j + 1) + "]");
            mid[j] = row == null ? mean(a.pooled("theta[" + (j + 1) + "]")) : row.mean();
            qlo[j] = row == null ? Double.NaN : row.q5();
            qhi[j] = row == null ? Double.NaN : row.q95();
        }
        forest.setSeries(0, 3, "no pooling: y_j ± 1.645 sigma_j", y, lo, hi);
        forest.setSeries(1, 3, "complete pooling", pooledMid, pooledLo, pooledHi);
        forest.setSeries(2, 3, "hierarchical: posterior mean, 5%–95%", mid, qlo, qhi);
        arrows.forEach(x -> forest.plot().removeAnnotation(x, false));
        arrows.clear();
        for (int j = 0; j < n; j++) {
            ArrowAnnotation arrow = new ArrowAnnotation(y[j], forest.rowY(j, 0, 3), mid[j], forest.rowY(j, 2, 3),
                    new Color(90, 90, 90));
            arrows.add(arrow);
            forest.plot().addAnnotation(arrow, false);
        }
        forest.chart().fireChartChanged();
        note(forest.chart(), "arrows: from y_j to the posterior mean; " + a.label());
    }

    private void updateMu(McmcAnalysis a) {
        muDensity.setHistogram(0, "MCMC draws", a.muHistogram(), true);
        muDensity.setCurve(0, "kernel density", a.muGrid(), a.muDensity());
        if (a.exactMuDensity() != null) {
            muDensity.setCurve(1, "exact p(mu | y), quadrature", a.muGrid(), a.exactMuDensity());
            muDensity.setCurveColor(1, ChartStyle.color(1));
        } else {
            muDensity.keepCurves(1);
        }
        ParameterSummary mu = a.summary("mu");
        double m = mu == null ? mean(a.pooled("mu")) : mu.mean();
        muDensity.setMarkers(new double[] {m}, new String[] {"mean " + num(m)}, ChartStyle.color(6));
        note(muDensity.chart(), a.label());
    }

    private void updateTau(McmcAnalysis a) {
        tauDensity.setHistogram(0, "MCMC draws", a.tauHistogram(), true);
        ParameterSummary tau = a.summary("tau");
        double m = tau == null ? mean(a.pooled("tau")) : tau.mean();
        String mcse = tau == null || tau.mcseMean() == null ? "" : " (MCSE " + num(tau.mcseMean()) + ")";
        ExactTauCurve exact = a.exact();
        if (exact != null) {
            double top = a.tauHistogram().edges()[a.tauHistogram().edges().length - 1];
            int k = 0;
            while (k < exact.tau().length && exact.tau()[k] <= top) {
                k++;
            }
            tauDensity.setCurve(0, "exact p(tau | y), quadrature", java.util.Arrays.copyOf(exact.tau(), k),
                    java.util.Arrays.copyOf(exact.density(), k));
            tauDensity.setMarkerLines(List.of(mcmcMean(m), new HistogramFigure.MarkerLine(exact.mean(),
                    "exact mean, quadrature", EXACT_COLOR, EXACT_DASH)));
            note(tauDensity.chart(), "MCMC mean " + num(m) + mcse + ", exact mean " + num(exact.mean())
                    + "; " + a.label());
        } else {
            tauDensity.keepCurves(0);
            tauDensity.setMarkerLines(List.of(mcmcMean(m)));
            note(tauDensity.chart(), "MCMC mean " + num(m) + mcse
                    + "; no exact curve (needs a normal population); " + a.label());
        }
    }

    /** The MCMC mean in the colour of the draws' histogram, long dashes; the exact one is as its curve, dotted. */
    private static HistogramFigure.MarkerLine mcmcMean(double m) {
        return new HistogramFigure.MarkerLine(m, "MCMC mean", ChartStyle.color(0), MCMC_DASH);
    }

    private void updateTraceAndRank() {
        chains.show(analysis, traceParameter);
    }

    private void updateFunnel() {
        McmcAnalysis a = analysis;
        String theta = "theta[" + funnelSchool + "]";
        double[][] x = a.series(theta);
        double[][] y = a.series(McmcAnalysis.LOG_TAU);
        boolean[][] divergent = a.divergent();
        int stride = Math.max(1, (int) Math.ceil(x.length * (double) x[0].length / MAX_FUNNEL_POINTS));
        List<double[]> ok = new ArrayList<>();
        List<double[]> bad = new ArrayList<>();
        for (int c = 0; c < x.length; c++) {
            for (int i = 0; i < x[c].length; i++) {
                if (divergent[c][i]) {
                    bad.add(new double[] {x[c][i], y[c][i]});
                } else if (i % stride == 0) {
                    ok.add(new double[] {x[c][i], y[c][i]});
                }
            }
        }
        funnel.setPoints(0, "draws" + (stride > 1 ? " (every " + stride + "th)" : ""), col(ok, 0), col(ok, 1),
                ChartStyle.color(0));
        funnel.setPoints(1, "divergent (" + bad.size() + ")", col(bad, 0), col(bad, 1), ChartStyle.WARNING);
        funnel.plot().getDomainAxis().setLabel(theta);
        funnel.chart().setTitle("Funnel: log(tau) against " + theta);
        note(funnel.chart(), a.label());
    }

    private void note(JFreeChart chart, String text) {
        notes.note(chart, text);
    }

    private static double[] col(List<double[]> points, int k) {
        double[] out = new double[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = points.get(i)[k];
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** Whole numbers as such, others with two decimals (one from 10, none from 100), for notes. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    /** The forest plot, for tests. */
    public ForestFigure forest() {
        return forest;
    }

    /** The mu density figure (histogram, kernel density and, where one exists, the exact density), for tests. */
    public HistogramFigure muDensity() {
        return muDensity;
    }

    /** The tau density figure, for tests. */
    public HistogramFigure tauDensity() {
        return tauDensity;
    }

    /** The trace and rank figures of the workbench, also shown live while sampling. */
    public ChainFigures chains() {
        return chains;
    }

    /** The trace figure, for tests. */
    public ParameterTraceFigure trace() {
        return trace;
    }

    /** The rank figure, for tests. */
    public RankFigure rank() {
        return rank;
    }

    /** The funnel figure, for tests. */
    public ScatterFigure funnel() {
        return funnel;
    }

    /** The pooling figure, for tests. */
    public HistogramFigure pooling() {
        return pooling;
    }

    /** The sensitivity figure of tau, for tests. */
    public LineFigure sensitivityTau() {
        return sensitivityTau;
    }

    /** The shrinkage arrows drawn on the forest plot, for tests. */
    public List<ArrowAnnotation> arrows() {
        return List.copyOf(arrows);
    }

    /** The subtitle under a figure's title (what was run, key numbers), for tests. */
    public String noteOf(Figure figure) {
        return notes.noteOf(figure.chart());
    }

    /** The red warning line of a figure ("incomplete ..."), empty when none, for tests. */
    public String warningOf(Figure figure) {
        return notes.warningOf(figure.chart());
    }
}
