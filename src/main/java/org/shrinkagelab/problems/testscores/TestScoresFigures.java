package org.shrinkagelab.problems.testscores;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.charts.HistogramFigure;
import org.shrinkagelab.stats.Histogram;

/** Histograms of the generated scores per school, and the forest of sample means, posteriors and truth. */
public final class TestScoresFigures {
    private static final int FOREST_SERIES = 3;

    private final HistogramFigure histograms = new HistogramFigure("Generated scores by school",
            "score", "students");
    private final ForestFigure forest = new ForestFigure("Means recovered from the scores (90% intervals)",
            "mean score", List.of("μ global", "school 1"));
    private int rowsShown = 2;

    /** Creates the figures; bars get lighter fills and solid outlines so overlaid schools stay apart. */
    public TestScoresFigures() {
        XYBarRenderer bars = (XYBarRenderer) histograms.plot().getRenderer();
        bars.setDrawBarOutline(true);
        ((NumberAxis) histograms.plot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        for (int i = 0; i < ChartStyle.PALETTE.length; i++) {
            Color c = ChartStyle.color(i);
            bars.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            bars.setSeriesOutlinePaint(i, c);
            bars.setSeriesOutlineStroke(i, new BasicStroke(1.2f));
        }
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        return List.of(new Figure("test-scores-histograms", histograms.chart()),
                new Figure("test-scores-forest", forest.chart()));
    }

    /** The histogram figure, for tests. */
    public HistogramFigure histograms() {
        return histograms;
    }

    /** The forest figure, for tests. */
    public ForestFigure forest() {
        return forest;
    }

    /** Shows generated data and its posterior. */
    public void update(TestScoresResult r) {
        TestScoresData d = r.data();
        int m = d.schools();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double spread = 0;
        int n = 0;
        for (double[] school : d.scores()) {
            double smin = Double.POSITIVE_INFINITY;
            double smax = Double.NEGATIVE_INFINITY;
            for (double y : school) {
                smin = Math.min(smin, y);
                smax = Math.max(smax, y);
            }
            lo = Math.min(lo, smin);
            hi = Math.max(hi, smax);
            spread += (smax - smin) / m;
            n = Math.max(n, school.length);
        }
        // Shared edges so the overlaid bars line up; the width gives one school about 2 n^(1/3)
        // bins across its own range (Rice's rule), not across the range of all schools.
        double width = spread / Math.ceil(2 * Math.cbrt(n));
        int bins = (int) Math.max(8, Math.min(120, Math.ceil((hi - lo) / Math.max(width, 1e-12))));
        double pad = 1e-9 * Math.max(1, hi - lo);
        for (int i = 0; i < m; i++) {
            histograms.setHistogram(i, String.format(Locale.ROOT, "school %d (μ = %.2f)", i + 1,
                    d.schoolMeans()[i]), Histogram.of(d.scores()[i], bins, lo - pad, hi + pad), false);
        }
        histograms.keepHistograms(m);
        double[] xs = new double[m + 1];
        String[] labels = new String[m + 1];
        Color[] colors = new Color[m + 1];
        for (int i = 0; i < m; i++) {
            xs[i] = d.schoolMeans()[i];
            colors[i] = ChartStyle.color(i);
        }
        xs[m] = d.muGlobal();
        labels[m] = String.format(Locale.ROOT, "global mean %.2f", d.muGlobal());
        colors[m] = Color.BLACK;
        histograms.setMarkers(xs, labels, colors);

        TestScoresPosterior p = r.posterior();
        if (rowsShown != m + 1) {
            List<String> rows = new ArrayList<>();
            rows.add("μ global");
            for (int i = 0; i < m; i++) {
                rows.add("school " + (i + 1));
            }
            forest.setRowLabels(rows);
            rowsShown = m + 1;
        }
        double[] sample = new double[m + 1];
        double[] post = new double[m + 1];
        double[] postLo = new double[m + 1];
        double[] postHi = new double[m + 1];
        double[] truth = new double[m + 1];
        double grand = 0;
        for (int i = 0; i < m; i++) {
            grand += p.sampleMeans()[i] / m;
        }
        sample[0] = grand;
        post[0] = p.muGlobal().mean();
        postLo[0] = p.muGlobal().q5();
        postHi[0] = p.muGlobal().q95();
        truth[0] = d.muGlobal();
        for (int i = 0; i < m; i++) {
            sample[i + 1] = p.sampleMeans()[i];
            NormalPosterior s = p.schools()[i];
            post[i + 1] = s.mean();
            postLo[i + 1] = s.q5();
            postHi[i + 1] = s.q95();
            truth[i + 1] = d.schoolMeans()[i];
        }
        forest.setSeries(0, FOREST_SERIES, "sample mean (no pooling)", sample, sample, sample);
        forest.setSeries(1, FOREST_SERIES, "posterior mean and 90% interval", post, postLo, postHi);
        forest.setSeries(2, FOREST_SERIES, "true value (generated)", truth, truth, truth);
    }
}
