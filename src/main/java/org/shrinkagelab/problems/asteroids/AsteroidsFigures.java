package org.shrinkagelab.problems.asteroids;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.charts.HistogramFigure;
import org.shrinkagelab.charts.ScatterFigure;
import org.shrinkagelab.data.AsteroidsData;
import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.stats.Histogram;
import org.shrinkagelab.stats.Normal;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.FigureNotes;

/**
 * The asteroid tab's figures (no JavaFX): shrinkage of the class means, the forest plot of the class means
 * under pooling, independence and the hierarchy, the posterior predictive check of the largest classes
 * (observed histogram against the fitted model's predictive density), the class means sharpening as the
 * subsample grows, and the chain figures. The DAG is the workbench's.
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
    private PointInterval pointInterval = PointInterval.DEFAULT;
    private Map<AsteroidsModel.Kind, AsteroidsAnalysis> shownComparison;
    /** The classes of the predictive check: the four with dozens of asteroids or more. */
    public static final List<String> PPC_CLASSES = List.of("MBA", "TJN", "OMB", "CEN");
    /** The predictive check's note when one normal per class is fitted. */
    public static final String BIMODAL_NOTE = "The main belt's albedos are bimodal (dark C-types near 0.05, bright"
            + " S-types near 0.2): one normal per class spreads over both peaks and visibly fails this check. The"
            + " two-component mixture within each class is the next model; compare them by PSIS-LOO.";
    /** The predictive check's note under the mixture. */
    public static final String MIXTURE_NOTE = "Mixture: one dark and one bright component shared by every class"
            + " (the bright mean is the dark mean plus a positive gap, so the labels cannot switch), each class with"
            + " its own dark fraction w_dark; the main belt splits between the two peaks, the Trojans are almost all"
            + " dark.";
    private final List<HistogramFigure> ppc = new ArrayList<>();
    private final ForestFigure sharpening = new ForestFigure("Hierarchical class means as data grow",
            "log albedo", List.of());

    /** Creates the empty figures. */
    public AsteroidsFigures() {
        for (String code : PPC_CLASSES) {
            ppc.add(new HistogramFigure("Predictive check: " + code, "log albedo", "density"));
        }
        for (var chart : List.of(shrinkage.chart(), forest.chart(), sharpening.chart())) {
            notes.attach(chart);
        }
        ppc.forEach(f -> notes.attach(f.chart()));
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        all.add(new Figure(ID + "-shrinkage", shrinkage.chart()));
        all.add(new Figure(ID + "-forest", forest.chart()));
        for (int k = 0; k < PPC_CLASSES.size(); k++) {
            all.add(new Figure(ppcName(PPC_CLASSES.get(k)), ppc.get(k).chart()));
        }
        all.add(new Figure(ID + "-sharpening", sharpening.chart()));
        all.add(new Figure(ID + "-trace", chains.trace().chart()));
        all.add(new Figure(ID + "-rank", chains.rank().chart()));
        return all;
    }

    /** The trace and rank figures. */
    public ChainFigures chains() {
        return chains;
    }

    /** The shrinkage figure, for tests. */
    ScatterFigure shrinkage() {
        return shrinkage;
    }

    /** The forest plot of the three models, for tests. */
    ForestFigure forest() {
        return forest;
    }

    /** The predictive check of one of {@link #PPC_CLASSES}, for tests. */
    HistogramFigure ppc(String code) {
        return ppc.get(PPC_CLASSES.indexOf(code));
    }

    /** The sharpening figure, for tests. */
    ForestFigure sharpening() {
        return sharpening;
    }

    /** The export name of a class's predictive check, e.g. {@code asteroids-ppc-MBA}. */
    public static String ppcName(String code) {
        return ID + "-ppc-" + code;
    }

    /** The predictive check's note for a fit of this kind. */
    public static String ppcNote(AsteroidsModel.Kind kind) {
        return kind == AsteroidsModel.Kind.MIXTURE ? MIXTURE_NOTE : BIMODAL_NOTE;
    }

    /** Shows one fit: the shrinkage figure and the predictive checks. */
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
        var mu0 = a.summary("mu_0");
        if (mu0 != null) {
            shrinkage.setCurve(1, "population mean μ_0 (posterior mean)", new double[] {lo, hi},
                    new double[] {mu0.mean(), mu0.mean()});
        }
        shrinkage.keepCurves(mu0 != null ? 2 : 1);
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

    /** Each large class's albedos against the fitted model's predictive density. */
    private void updatePpc(AsteroidsAnalysis a) {
        AsteroidsData data = a.data();
        int[] c = data.classIndex();
        double[] y = data.logAlbedos();
        for (int f = 0; f < PPC_CLASSES.size(); f++) {
            String code = PPC_CLASSES.get(f);
            int k = data.classes().indexOf(code);
            HistogramFigure figure = ppc.get(f);
            if (k < 0) {
                figure.keepHistograms(0);
                figure.keepCurves(0);
                notes.note(figure.chart(), "no " + code + " asteroid in these data");
                continue;
            }
            double[] own = IntStream.range(0, y.length).filter(i -> c[i] == k).mapToDouble(i -> y[i]).toArray();
            double lo = Arrays.stream(own).min().orElseThrow() - 0.5;
            double hi = Arrays.stream(own).max().orElseThrow() + 0.5;
            int bins = Math.max(5, Math.min(PPC_BINS, own.length / 4));
            figure.setHistogram(0, "observed (n=" + own.length + ")", Histogram.of(own, bins, lo, hi), true);
            figure.keepHistograms(1);
            double[] x = new double[CURVE_POINTS];
            for (int i = 0; i < x.length; i++) {
                x[i] = lo + (hi - lo) * i / (x.length - 1);
            }
            figure.setCurve(0, a.model().kind().id() + " predictive", x, PredictiveDensity.of(a, code, x, CURVE_DRAWS));
            figure.keepCurves(1);
            notes.note(figure.chart(), a.model().kind().id() + "; albedo 0.05 is log −3.0, 0.2 is log −1.6");
        }
    }

    /** The class means under the pooled, independent and hierarchical fits among {@code fits}. */
    public void updateComparison(Map<AsteroidsModel.Kind, AsteroidsAnalysis> fits) {
        shownComparison = fits;
        PointInterval pi = pointInterval;
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
                setIntervals(forest, index++, count, kind.id() + ": " + pi.describe(), a.classMeans(pi));
            }
        }
        forest.keepSeries(index);
        forest.chart().setTitle("Class means under three models (" + pi.percent() + " intervals)");
        forest.plot().getDomainAxis().setLabel("log albedo: " + pi.describe());
    }

    /** Shows the forest with another point estimate and interval width (a view option: nothing is refitted). */
    public void setPointInterval(PointInterval choice) {
        pointInterval = choice;
        if (shownComparison != null) {
            updateComparison(shownComparison);
        }
    }

    /** The hierarchical class means at each subsample size. */
    public void updateSharpening(Map<Integer, AsteroidsAnalysis> bySize) {
        int index = 0;
        for (Map.Entry<Integer, AsteroidsAnalysis> e : bySize.entrySet()) {
            // the row labels carry no count: it differs from series to series (the legend says how many)
            sharpening.setRowLabels(e.getValue().data().classes());
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

        /** log(w N(y; m1, s1) + (1 - w) N(y; m2, s2)) without underflow. */
        static double mixtureLogPdf(double y, double w, double m1, double s1, double m2, double s2) {
            double l1 = Math.log(w) + Normal.logPdf(y, m1, s1);
            double l2 = Math.log1p(-w) + Normal.logPdf(y, m2, s2);
            double top = Math.max(l1, l2);
            return top + Math.log(Math.exp(l1 - top) + Math.exp(l2 - top));
        }

        /** The density at each x, from about {@code perChain} evenly spaced draws of each chain. */
        static double[] of(AsteroidsAnalysis a, String code, double[] x, int perChain) {
            double[] out = new double[x.length];
            var d = a.draws();
            boolean mixture = a.model().kind() == AsteroidsModel.Kind.MIXTURE;
            boolean pooled = a.model().kind() == AsteroidsModel.Kind.POOLED;
            double[][] m1 = d.parameter(mixture ? "mu_dark" : a.classMeanName(code));
            double[][] s1 = d.parameter(mixture || pooled ? "sigma" : "sigma_class[" + code + "]");
            double[][] gap = mixture ? d.parameter("gap") : null;
            double[][] w = mixture ? d.parameter("w_dark[" + code + "]") : null;
            int used = 0;
            for (int ch = 0; ch < d.chains(); ch++) {
                int stride = Math.max(1, m1[ch].length / perChain);
                for (int s = 0; s < m1[ch].length; s += stride) {
                    for (int i = 0; i < x.length; i++) {
                        out[i] += mixture
                                ? Math.exp(mixtureLogPdf(x[i], w[ch][s], m1[ch][s], s1[ch][s],
                                m1[ch][s] + gap[ch][s], s1[ch][s]))
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
