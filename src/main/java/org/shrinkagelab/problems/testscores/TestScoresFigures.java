package org.shrinkagelab.problems.testscores;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.shrinkagelab.charts.Annotations;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ForestFigure;
import org.shrinkagelab.charts.RidgeHistogramFigure;
import org.shrinkagelab.stats.Histogram;

/** Histograms of the generated scores per school, and the forest of sample means, posteriors and truth. */
public final class TestScoresFigures {
    private static final int FOREST_SERIES = 3;
    private static final Color SHRINK_LINE = new Color(110, 110, 110);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final RidgeHistogramFigure histograms = new RidgeHistogramFigure("Generated scores by school",
            "score");
    private final ForestFigure forest = new ForestFigure("Means recovered from the scores (90% intervals)",
            "mean score", List.of("μ global", "school 1"));
    private int rowsShown = 2;

    /** Creates the figures with their explanatory notes. */
    public TestScoresFigures() {
        histograms.chart().addSubtitle(note("bars: students per bin; solid line: true school mean μ_i; "
                + "dashed: global mean"));
        forest.chart().addSubtitle(note("grey line: from a school's sample mean to its posterior mean (shrinkage)"));
    }

    private static TextTitle note(String text) {
        TextTitle t = new TextTitle(text, NOTE);
        t.setPosition(RectangleEdge.BOTTOM);
        return t;
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        return List.of(new Figure("test-scores-histograms", histograms.chart()),
                new Figure("test-scores-forest", forest.chart()));
    }

    /** The histogram figure, for tests. */
    public RidgeHistogramFigure histograms() {
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
        // Shared edges so the rows line up; the width gives one school about 2 n^(1/3) bins
        // across its own range (Rice's rule), not across the range of all schools.
        double width = spread / Math.ceil(2 * Math.cbrt(n));
        int bins = (int) Math.max(8, Math.min(120, Math.ceil((hi - lo) / Math.max(width, 1e-12))));
        double pad = 1e-9 * Math.max(1, hi - lo);
        List<String> labels = new ArrayList<>();
        List<Histogram> hists = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            labels.add(String.format(Locale.ROOT, "school %d", i + 1));
            hists.add(Histogram.of(d.scores()[i], bins, lo - pad, hi + pad));
        }
        histograms.setRows(labels, hists, d.schoolMeans());
        histograms.setMarker(d.muGlobal(), String.format(Locale.ROOT, "global mean %.2f", d.muGlobal()),
                Color.BLACK);

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
        drawShrinkage(sample, post);
    }

    /** A grey line in each row from the sample mean to the posterior mean: how far pooling moved it. */
    private void drawShrinkage(double[] sample, double[] post) {
        List<XYLineAnnotation> lines = new ArrayList<>();
        for (int r = 0; r < sample.length; r++) {
            lines.add(new XYLineAnnotation(sample[r], forest.rowY(r, 0, FOREST_SERIES), post[r],
                    forest.rowY(r, 1, FOREST_SERIES), new BasicStroke(1.5f), SHRINK_LINE));
        }
        Annotations.replace(forest.plot(), lines);
    }
}
