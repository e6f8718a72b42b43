package org.shrinkagelab.workbench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.TraceFigure;
import org.shrinkagelab.engine.sample.LiveDraws;

/**
 * The trace (with a rug of divergent transitions) and rank plots of the picked parameter, for every
 * workbench problem: of a finished fit, and live while the chains sample (every iteration so far,
 * the warmup shaded).
 */
public final class ChainFigures {
    private static final Color WARMUP_SHADE = new Color(200, 200, 200, 90);
    /** Points per chain of the live trace: fewer than a finished fit's, as it is redrawn a few times a second. */
    private static final int MAX_LIVE_POINTS = 500;

    private final FigureNotes notes;
    private final TraceFigure trace = new TraceFigure("Trace", "iteration after warmup", "value");
    private final LineFigure rank = new LineFigure("Rank plot", "rank of the draw among all chains", "count");
    private IntervalMarker warmupMarker;

    /** Creates the empty figures, their notes kept in {@code notes} (attached here). */
    public ChainFigures(FigureNotes notes) {
        this.notes = notes;
        notes.attach(trace.chart());
        notes.attach(rank.chart());
        rank.renderer().setSeriesStroke(0, new BasicStroke(2f));
    }

    /** The trace figure. */
    public TraceFigure trace() {
        return trace;
    }

    /** The rank figure. */
    public LineFigure rank() {
        return rank;
    }

    /** Shows the named parameter of a fit: its trace after warmup (thinned to the fit's stride) and rank histograms. */
    public void show(FitAnalysis a, String parameter) {
        clearWarmup();
        double[][] values = a.series(parameter);
        int stride = a.plotStride();
        boolean[][] divergent = a.divergent();
        List<Double> rug = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            setThinned(c, values[c], stride, 0);
            for (int i = 0; i < divergent[c].length; i++) {
                if (divergent[c][i]) {
                    rug.add(i + 1.0);
                }
            }
        }
        trace.keepTraces(values.length);
        trace.setDivergences("divergent (" + rug.size() + ")", rug.stream().mapToDouble(Double::doubleValue)
                .toArray());
        trace.chart().setTitle("Trace of " + parameter);
        trace.plot().getDomainAxis().setLabel("iteration after warmup");
        trace.plot().getRangeAxis().setLabel(parameter);
        notes.note(trace.chart(), a.label() + (stride > 1 ? ", every " + stride + "th draw shown" : "")
                + "; red ticks at the bottom: divergent transitions");
        showRanks(a, parameter);
    }

    /**
     * Shows every iteration drawn so far (warmup included, shaded) of a running fit, with the running
     * diagnostics of the draws after warmup in the note.
     */
    public void showLive(LiveDraws.Snapshot s, LiveDiagnostics d) {
        int longest = 0;
        for (double[] c : s.chains()) {
            longest = Math.max(longest, c.length);
        }
        int stride = Math.max(1, (int) Math.ceil(longest / (double) MAX_LIVE_POINTS));
        for (int c = 0; c < s.chains().length; c++) {
            setThinned(c, s.chains()[c], stride, -s.warmup());
        }
        trace.keepTraces(s.chains().length);
        trace.setDivergences("divergent", new double[0]);
        clearWarmup();
        if (s.warmup() > 0) {
            warmupMarker = new IntervalMarker(-s.warmup() + 0.5, 0.5, WARMUP_SHADE);
            warmupMarker.setLabel("warmup");
            trace.plot().addDomainMarker(warmupMarker, Layer.BACKGROUND);
        }
        trace.chart().setTitle("Trace of " + s.name() + " (sampling…)");
        trace.plot().getDomainAxis().setLabel("iteration (warmup shaded, before 0)");
        trace.plot().getRangeAxis().setLabel(s.name());
        notes.note(trace.chart(), d.text());
    }

    private void setThinned(int chain, double[] values, int stride, int offset) {
        double[] shown = new double[(values.length + stride - 1) / stride];
        double[] x = new double[shown.length];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = values[i * stride];
            x[i] = i * stride + 1 + offset;
        }
        trace.setTrace(chain, "chain " + (chain + 1), x, shown);
    }

    private void clearWarmup() {
        if (warmupMarker != null) {
            trace.plot().removeDomainMarker(warmupMarker, Layer.BACKGROUND);
            warmupMarker = null;
        }
    }

    private void showRanks(FitAnalysis a, String parameter) {
        long[][] counts = a.rankCounts(parameter);
        int bins = a.rankBins();
        double total = a.draws().chains() * (double) a.draws().shortestChain();
        double width = total / bins;
        for (int c = 0; c < counts.length; c++) {
            double[] x = new double[2 * bins];
            double[] yv = new double[2 * bins];
            for (int b = 0; b < bins; b++) {
                x[2 * b] = b * width;
                x[2 * b + 1] = (b + 1) * width;
                yv[2 * b] = counts[c][b];
                yv[2 * b + 1] = counts[c][b];
            }
            rank.setLine(c, "chain " + (c + 1), x, yv);
            rank.renderer().setSeriesPaint(c, ChartStyle.color(c));
            rank.renderer().setSeriesStroke(c, new BasicStroke(2f));
        }
        double expected = a.draws().shortestChain() / (double) bins;
        // Series keys must stay unique: drop lines of chains no longer shown before the reference takes their slot.
        rank.keepLines(counts.length);
        rank.setLine(counts.length, "uniform (well mixed)", new double[] {0, total}, new double[] {expected, expected});
        rank.renderer().setSeriesPaint(counts.length, new Color(110, 110, 110));
        rank.renderer().setSeriesStroke(counts.length, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        rank.keepLines(counts.length + 1);
        rank.plot().getDomainAxis().setRange(0, total);
        rank.chart().setTitle("Rank plot of " + parameter);
        notes.note(rank.chart(), String.format(Locale.ROOT,
                "ranks over all chains, %d bins per chain; flat and alike when the chains mix", bins));
    }
}
