package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.shrinkagelab.engine.diag.RankHistogram;

/**
 * Rank plot of one parameter (Vehtari et al. 2021, as ArviZ's {@code plot_rank}): each chain's histogram of
 * its draws' ranks among all chains, drawn as a step line, with the flat line a well-mixed chain would give.
 */
public final class RankFigure {
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    /** Pixels between the last tick label's right end and the plot's edge. */
    private static final double LABEL_GAP = 2;
    private final LineFigure figure = new LineFigure("Rank plot", "rank of the draw among all chains", "count");
    // The axis ends at the total number of draws, a tick whose label would otherwise overhang the edge.
    private final RightPaddedAxis rankAxis = new RightPaddedAxis("rank of the draw among all chains");

    /** Creates an empty rank plot. */
    public RankFigure() {
        figure.plot().setDomainAxis(rankAxis);
        ChartStyle.apply(figure.chart());
    }

    /** The chart. */
    public JFreeChart chart() {
        return figure.chart();
    }

    /** Shows the rank histograms of a parameter's draws ([chain][draw], chains of equal length). */
    public void update(String name, double[][] chains) {
        int perChain = chains.length == 0 ? 0 : chains[0].length;
        update(name, RankHistogram.counts(chains, RankHistogram.defaultBins(perChain)), perChain);
    }

    /** Shows rank histogram counts [chain][bin] of a parameter with {@code perChain} draws in each chain. */
    public void update(String name, long[][] counts, int perChain) {
        int bins = counts.length == 0 ? 0 : counts[0].length;
        double total = counts.length * (double) perChain;
        double width = total / bins;
        for (int c = 0; c < counts.length; c++) {
            double[] x = new double[2 * bins];
            double[] y = new double[2 * bins];
            for (int b = 0; b < bins; b++) {
                x[2 * b] = b * width;
                x[2 * b + 1] = (b + 1) * width;
                y[2 * b] = counts[c][b];
                y[2 * b + 1] = counts[c][b];
            }
            figure.setLine(c, "chain " + (c + 1), x, y);
            figure.renderer().setSeriesPaint(c, ChartStyle.color(c));
            figure.renderer().setSeriesStroke(c, new BasicStroke(2f));
        }
        // Series keys must stay unique: drop lines of chains no longer shown before the reference takes a slot.
        figure.keepLines(counts.length);
        double expected = perChain / (double) bins;
        figure.setLine(counts.length, "uniform (well mixed)", new double[] {0, total}, new double[] {expected, expected});
        figure.renderer().setSeriesPaint(counts.length, new Color(110, 110, 110));
        figure.renderer().setSeriesStroke(counts.length, DASHED);
        figure.keepLines(counts.length + 1);
        if (total > 0) {
            rankAxis.setRange(0, total);
            rankAxis.padForUpperTickLabel(LABEL_GAP);
        }
        figure.chart().setTitle("Rank plot of " + name);
    }

    /** The rank axis, for tests. */
    public RightPaddedAxis axis() {
        return rankAxis;
    }

    /** The step lines (one per chain, then the uniform line), for tests. */
    public XYSeriesCollection dataset() {
        return figure.dataset();
    }
}
