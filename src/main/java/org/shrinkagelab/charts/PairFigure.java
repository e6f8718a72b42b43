package org.shrinkagelab.charts;

import java.awt.geom.Ellipse2D;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.stats.RandomStreams;

/**
 * Any two parameters' draws against each other, divergent transitions in red on top: the funnel view
 * (log tau against theta[1]) generalised. A positive parameter can be shown on the log scale. Large fits are
 * thinned for display to a seeded random subset of the non-divergent draws; every divergent draw is kept.
 */
public final class PairFigure {
    /** At most this many non-divergent draws are drawn. */
    public static final int MAX_POINTS = 3000;
    /** Seed of the display thinning, fixed so the same draws always give the same picture. */
    static final long THINNING_SEED = 20_211_201L;

    private final ScatterFigure scatter = new ScatterFigure("Pair plot", "x", "y");
    private final TextTitle note = new TextTitle("", new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    /** Creates an empty pair plot. */
    public PairFigure() {
        scatter.plot().getRenderer().setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
        scatter.plot().setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        scatter.chart().addSubtitle(note);
    }

    /** The chart. */
    public JFreeChart chart() {
        return scatter.chart();
    }

    /** True if every draw is positive, so the parameter may be shown on the log scale. */
    public static boolean allPositive(double[][] chains) {
        for (double[] c : chains) {
            for (double v : c) {
                if (!(v > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Shows {@code yName} against {@code xName}; {@code logX} / {@code logY} draw that parameter's natural log.
     *
     * @throws IllegalArgumentException if a name is not a parameter of the draws, or a log scale is asked
     *                                  for a parameter with a draw that is not positive
     */
    public void update(Draws draws, String xName, String yName, boolean logX, boolean logY) {
        double[][] x = values(draws, xName, logX);
        double[][] y = values(draws, yName, logY);
        boolean[][] divergent = DrawColumns.divergent(draws);
        List<int[]> ok = new ArrayList<>();
        List<int[]> bad = new ArrayList<>();
        for (int c = 0; c < x.length; c++) {
            for (int i = 0; i < x[c].length; i++) {
                (divergent[c][i] ? bad : ok).add(new int[] {c, i});
            }
        }
        int total = ok.size();
        if (total > MAX_POINTS) {
            // A partial Fisher-Yates shuffle: the first MAX_POINTS entries are a uniform random subset.
            UniformRandomProvider rng = RandomStreams.independent(THINNING_SEED, 1).get(0);
            for (int k = 0; k < MAX_POINTS; k++) {
                int j = k + rng.nextInt(total - k);
                int[] t = ok.get(k);
                ok.set(k, ok.get(j));
                ok.set(j, t);
            }
            ok = ok.subList(0, MAX_POINTS);
        }
        String xLabel = logX ? "log(" + xName + ")" : xName;
        String yLabel = logY ? "log(" + yName + ")" : yName;
        scatter.setPoints(0, total > MAX_POINTS ? "draws (random " + MAX_POINTS + " of " + total + ")" : "draws",
                pick(x, ok), pick(y, ok), ChartStyle.color(0));
        scatter.setPoints(1, "divergent (" + bad.size() + ")", pick(x, bad), pick(y, bad), ChartStyle.WARNING);
        scatter.plot().getDomainAxis().setLabel(xLabel);
        scatter.plot().getRangeAxis().setLabel(yLabel);
        scatter.chart().setTitle(yLabel + " against " + xLabel);
        note.setText(String.format(Locale.ROOT, "%d draws in %d chains; divergent transitions in red, drawn on top",
                total + bad.size(), x.length));
    }

    private static double[][] values(Draws draws, String name, boolean log) {
        double[][] v = draws.parameter(name);
        if (!log) {
            return v;
        }
        if (!allPositive(v)) {
            throw new IllegalArgumentException("a log scale needs positive draws, but " + name + " has draws <= 0");
        }
        double[][] out = new double[v.length][];
        for (int c = 0; c < v.length; c++) {
            out[c] = new double[v[c].length];
            for (int i = 0; i < v[c].length; i++) {
                out[c][i] = Math.log(v[c][i]);
            }
        }
        return out;
    }

    private static double[] pick(double[][] v, List<int[]> at) {
        double[] out = new double[at.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v[at.get(k)[0]][at.get(k)[1]];
        }
        return out;
    }

    /** The points drawn: series 0 the (thinned) draws, series 1 the divergent ones, for tests. */
    public XYSeriesCollection pointData() {
        return scatter.pointData();
    }

    /** The caption under the title, for tests. */
    public String note() {
        return note.getText();
    }
}
