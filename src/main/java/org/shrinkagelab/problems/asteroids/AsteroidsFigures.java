package org.shrinkagelab.problems.asteroids;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.charts.HistogramFigure;
import org.shrinkagelab.charts.ScatterFigure;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.Normal;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;

/**
 * The asteroid tab's figures (no JavaFX): shrinkage of the class means, the forest plot of the class means
 * under pooling, independence and the hierarchy, the posterior predictive check of the main belt (normal
 * against mixture), the class means sharpening as the subsample grows, the DAG, and the chain figures.
 */
public final class AsteroidsFigures {
    /** Figure names start with this. */
    public static final String ID = "asteroids";
    /** Asteroids per class of the sharpening figure's fits. */
    public static final int[] SHARPENING_SIZES = {5, 20, 80};
    /** Classes of at most this many asteroids are labelled in the shrinkage figure. */
    static final int LABEL_AT_MOST = 2;
    private static final int PPC_BINS = 40;
    private static final int CURVE_POINTS = 200;
    /** Draws per chain used for the predictive density curve (thinned evenly). */
    private static final int CURVE_DRAWS = 200;

    private final FigureNotes notes = new FigureNotes();
    private final ChainFigures chains = new ChainFigures(notes);
    private final ScatterFigure shrinkage = new ScatterFigure("Shrinkage of the class means",
            "class sample mean of log albedo", "posterior mean of the class mean");
    private final ForestFigure forest = new ForestFigure("Class means under three models", "log albedo", List.of());
    private final HistogramFigure ppc = new HistogramFigure("Posterior predictive check: main belt (MBA)",
            "log albedo", "density");
    private final ForestFigure sharpening = new ForestFigure("Hierarchical class means as data grow",
            "log albedo", List.of());
    private final DagFigure dag = new DagFigure("Asteroid albedos by orbit class",
            "asteroid within orbit class; observed node shaded");

    /** Creates the empty figures. */
    public AsteroidsFigures() {
        for (var chart : List.of(shrinkage.chart(), forest.chart(), ppc.chart(), sharpening.chart())) {
            notes.attach(chart);
        }
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        all.add(new Figure(ID + "-shrinkage", shrinkage.chart()));
        all.add(new Figure(ID + "-forest", forest.chart()));
        all.add(new Figure(ID + "-ppc", ppc.chart()));
        all.add(new Figure(ID + "-sharpening", sharpening.chart()));
        all.add(new Figure(ID + "-dag", dag.chart()));
        all.add(new Figure(ID + "-trace", chains.trace().chart()));
        all.add(new Figure(ID + "-rank", chains.rank().chart()));
        return all;
    }

    /** The trace and rank figures. */
    public ChainFigures chains() {
        return chains;
    }

    /** Draws the model's DAG. */
    public void setDag(DagFigure.Graph graph) {
        if (graph != null) {
            dag.setGraph(graph);
        }
    }

    /** Shows one fit: the shrinkage figure and the predictive check of the main belt. */
    public void update(AsteroidsAnalysis a) {
        AsteroidsData data = a.data();
        List<String> classes = data.classes();
        double[] sample = AsteroidsAnalysis.sampleMeans(data);
        double[][] post = a.classMeans();
        double[] postMean = new double[classes.size()];
        for (int k = 0; k < classes.size(); k++) {
            postMean[k] = post[k][0];
        }
        shrinkage.setPoints(0, "classes", sample, postMean);
        shrinkage.keepPoints(1);
        var plot = shrinkage.plot();
        plot.clearAnnotations();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes.size(); k++) {
            lo = Math.min(lo, Math.min(sample[k], postMean[k]));
            hi = Math.max(hi, Math.max(sample[k], postMean[k]));
        }
        shrinkage.setCurve(0, "no shrinkage (y = x)", new double[] {lo, hi}, new double[] {lo, hi});
        shrinkage.keepCurves(1);
        double unit = (hi - lo) / 60;
        int[] n = data.classCounts().values().stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < classes.size(); k++) {
            double r = unit * (0.6 + Math.sqrt(n[k]) / 6);
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(sample[k] - r, postMean[k] - r, 2 * r, 2 * r),
                    new BasicStroke(1f), new Color(30, 80, 160), new Color(30, 80, 160, 70)));
            if (n[k] <= LABEL_AT_MOST) {
                plot.addAnnotation(new XYTextAnnotation(classes.get(k) + " (n=" + n[k] + ")", sample[k],
                        postMean[k] + 2.5 * unit));
            }
        }
        notes.note(shrinkage.chart(), a.label() + "; point area grows with the class count");
        updatePpc(a);
    }

    /** The main belt's albedos against the fitted model's predictive density. */
    private void updatePpc(AsteroidsAnalysis a) {
        AsteroidsData data = a.data();
        int mba = data.classes().indexOf("MBA");
        if (mba < 0) {
            return;
        }
        int[] c = data.classIndex();
        double[] y = data.logAlbedos();
        double[] own = java.util.stream.IntStream.range(0, y.length).filter(i -> c[i] == mba).mapToDouble(i -> y[i])
                .toArray();
        double lo = java.util.Arrays.stream(own).min().orElse(-5) - 0.5;
        double hi = java.util.Arrays.stream(own).max().orElse(0) + 0.5;
        ppc.setHistogram(0, "observed MBA (n=" + own.length + ")", Histogram.of(own, PPC_BINS, lo, hi), true);
        ppc.keepHistograms(1);
        double[] x = new double[CURVE_POINTS];
        for (int i = 0; i < x.length; i++) {
            x[i] = lo + (hi - lo) * i / (x.length - 1);
        }
        ppc.setCurve(0, a.model().kind().id() + " predictive", x, PredictiveDensity.of(a, "MBA", x, CURVE_DRAWS));
        ppc.keepCurves(1);
        notes.note(ppc.chart(), a.model().kind() == AsteroidsModel.Kind.MIXTURE
                ? "mixture: dark C-types and bright S-types as two components"
                : "one normal per class cannot follow the two peaks (C-types ~0.05, S-types ~0.2): try the mixture");
    }

    /** The class means under every model fitted (pooled, independent, hierarchical; the mixture's dark mean). */
    public void updateComparison(Map<AsteroidsModel.Kind, AsteroidsAnalysis> fits) {
        int count = 0;
        for (AsteroidsModel.Kind kind : List.of(AsteroidsModel.Kind.POOLED, AsteroidsModel.Kind.INDEPENDENT,
                AsteroidsModel.Kind.HIERARCHICAL)) {
            if (fits.containsKey(kind)) {
                count++;
            }
        }
        int index = 0;
        for (AsteroidsModel.Kind kind : List.of(AsteroidsModel.Kind.POOLED, AsteroidsModel.Kind.INDEPENDENT,
                AsteroidsModel.Kind.HIERARCHICAL)) {
            AsteroidsAnalysis a = fits.get(kind);
            if (a != null) {
                forest.setRowLabels(labels(a.data()));
                setIntervals(forest, index++, count, kind.id(), a.classMeans());
            }
        }
        forest.keepSeries(index);
    }

    /** The hierarchical class means at each subsample size. */
    public void updateSharpening(Map<Integer, AsteroidsAnalysis> bySize) {
        int index = 0;
        for (Map.Entry<Integer, AsteroidsAnalysis> e : bySize.entrySet()) {
            sharpening.setRowLabels(labels(e.getValue().data()));
            setIntervals(sharpening, index++, bySize.size(), "≤ " + e.getKey() + " per class",
                    e.getValue().classMeans());
        }
        sharpening.keepSeries(index);
    }

    private static List<String> labels(AsteroidsData data) {
        List<String> out = new ArrayList<>();
        data.classCounts().forEach((k, n) -> out.add(k + " (" + n + ")"));
        return out;
    }

    private static void setIntervals(ForestFigure f, int index, int count, String name, double[][] m) {
        double[] mid = new double[m.length];
        double[] lo = new double[m.length];
        double[] hi = new double[m.length];
        for (int k = 0; k < m.length; k++) {
            mid[k] = m[k][0];
            lo[k] = m[k][1];
            hi[k] = m[k][2];
        }
        f.setSeries(index, count, name, mid, lo, hi);
    }

    /** The posterior predictive density of one class's log albedo, averaged over thinned draws. */
    static final class PredictiveDensity {
        private PredictiveDensity() {
        }

        static double[] of(AsteroidsAnalysis a, String code, double[] x, int perChain) {
            double[] out = new double[x.length];
            var d = a.draws();
            boolean mixture = a.model().kind() == AsteroidsModel.Kind.MIXTURE;
            boolean pooled = a.model().kind() == AsteroidsModel.Kind.POOLED;
            double[][] m1 = d.parameter(a.classMeanName(code));
            double[][] s1 = d.parameter(mixture ? "sigma_dark" : pooled ? "sigma" : "sigma_class[" + code + "]");
            double[][] gap = mixture ? d.parameter("gap_class[" + code + "]") : null;
            double[][] w = mixture ? d.parameter("w_dark[" + code + "]") : null;
            double[][] s2 = mixture ? d.parameter("sigma_bright") : null;
            int used = 0;
            for (int ch = 0; ch < d.chains(); ch++) {
                int stride = Math.max(1, m1[ch].length / perChain);
                for (int s = 0; s < m1[ch].length; s += stride) {
                    for (int i = 0; i < x.length; i++) {
                        out[i] += mixture
                                ? Math.exp(AsteroidsLogLik.mixture(x[i], w[ch][s], m1[ch][s], s1[ch][s],
                                m1[ch][s] + gap[ch][s], s2[ch][s]))
                                : Math.exp(Normal.logPdf(x[i], m1[ch][s], s1[ch][s]));
                    }
                    used++;
                }
            }
            for (int i = 0; i < x.length; i++) {
                out[i] /= Math.max(1, used);
            }
            return out;
        }
    }
}
