package org.shrinkagelab.problems.tennis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.text.DecimalFormat;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.shrinkagelab.charts.ChartStyle;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.LineFigure;
import org.shrinkagelab.charts.NetworkFigure;
import org.shrinkagelab.charts.NetworkFigure.Edge;
import org.shrinkagelab.charts.NetworkFigure.Node;
import org.shrinkagelab.charts.NetworkFigure.NodeKind;

/** The tennis figures: the network, the convergence of the estimate, the skill densities. */
public final class TennisFigures {
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            10f, new float[] {1f, 4f}, 0f);

    private final NetworkFigure network = new NetworkFigure("Tournament as a Bayesian network",
            "grey: observed   white: not observed   orange: the question asked", -0.3, 6.0, -1.0, 3.0);
    private final LineFigure convergence = new LineFigure("Importance-sampling estimate as samples grow",
            "number of samples", "P(You beat A | observations)");
    private final LineFigure skills = new LineFigure("Skills: prior and posterior densities", "skill", "density");

    /** Creates the figures with their fixed styling. */
    public TennisFigures() {
        LogAxis log = new LogAxis("number of samples (log scale)");
        log.setSmallestValue(10);
        // One tick per decade, written as plain numbers (100, 1,000, ...) rather than powers of ten.
        log.setTickUnit(new NumberTickUnit(1), false, true);
        log.setNumberFormatOverride(new DecimalFormat("#,##0"));
        log.setMinorTickCount(9);
        log.setMinorTickMarksVisible(true);
        convergence.plot().setDomainAxis(log);
        ChartStyle.apply(convergence.chart());
        Color est = ChartStyle.color(0);
        Color band = new Color(est.getRed(), est.getGreen(), est.getBlue(), 120);
        convergence.renderer().setSeriesPaint(0, est);
        convergence.renderer().setSeriesPaint(1, band);
        convergence.renderer().setSeriesStroke(1, DASHED);
        convergence.renderer().setSeriesPaint(2, band);
        convergence.renderer().setSeriesStroke(2, DASHED);
        convergence.renderer().setSeriesVisibleInLegend(2, false);
        convergence.renderer().setSeriesPaint(3, Color.BLACK);
        convergence.renderer().setSeriesStroke(3, new BasicStroke(1.5f));

        skills.renderer().setSeriesPaint(0, Color.GRAY);
        skills.renderer().setSeriesStroke(0, new BasicStroke(3f));
        for (Player p : Player.values()) {
            skills.renderer().setSeriesPaint(1 + p.ordinal(), ChartStyle.color(p.ordinal()));
        }
        for (int i = 0; i < 3; i++) {
            skills.renderer().setSeriesPaint(5 + i, ChartStyle.color(i).darker());
            skills.renderer().setSeriesStroke(5 + i, DOTTED);
        }
    }

    /** Every figure, named for export. */
    public List<Figure> figures() {
        return List.of(new Figure("tennis-network", network.chart()),
                new Figure("tennis-convergence", convergence.chart()),
                new Figure("tennis-skills", skills.chart()));
    }

    /** The network drawing, for tests. */
    public NetworkFigure network() {
        return network;
    }

    /** The convergence plot, for tests. */
    public LineFigure convergence() {
        return convergence;
    }

    /** The skill densities, for tests. */
    public LineFigure skills() {
        return skills;
    }

    /** Shows a result in every figure. */
    public void update(TennisResult r) {
        drawNetwork(r.network());
        TennisImportanceResult is = r.importance();
        int m = is.checkpoints().length;
        double[] n = new double[m];
        double[] hi = new double[m];
        double[] lo = new double[m];
        for (int i = 0; i < m; i++) {
            n[i] = is.checkpoints()[i];
            // A probability: the band is cut at 0 and 1, where the normal approximation behind it fails.
            hi[i] = Math.min(1, is.runningEstimate()[i] + 2 * is.runningMcse()[i]);
            lo[i] = Math.max(0, is.runningEstimate()[i] - 2 * is.runningMcse()[i]);
        }
        convergence.setLine(0, "importance-sampling estimate", n, is.runningEstimate());
        convergence.setLine(1, "± 2 MCSE", n, hi);
        convergence.setLine(2, "- 2 MCSE", n, lo);
        double exact = r.exact().pYouWin();
        convergence.setLine(3, String.format(Locale.ROOT, "exact (quadrature) = %.6f", exact),
                new double[] {n[0], n[m - 1]}, new double[] {exact, exact});

        double[] x = r.densityX();
        double[] prior = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            prior[i] = Math.exp(-0.5 * x[i] * x[i]) / Math.sqrt(2 * Math.PI);
        }
        skills.setLine(0, "prior N(0, 1)", x, prior);
        for (Player p : Player.values()) {
            skills.setLine(1 + p.ordinal(), "S_" + p.label() + " posterior (weighted samples)", x,
                    r.kde()[p.ordinal()]);
        }
        double[] grid = r.exact().grid();
        for (int i = 0; i < 3; i++) {
            Player p = Player.values()[i];
            List<double[]> clipped = clip(grid, r.exact().densities()[i], x[0], x[x.length - 1]);
            skills.setLine(5 + i, "S_" + p.label() + " exact", clipped.get(0), clipped.get(1));
        }
    }

    private static List<double[]> clip(double[] x, double[] y, double lo, double hi) {
        int from = 0;
        while (from < x.length && x[from] < lo) {
            from++;
        }
        int to = x.length;
        while (to > from && x[to - 1] > hi) {
            to--;
        }
        return List.of(java.util.Arrays.copyOfRange(x, from, to), java.util.Arrays.copyOfRange(y, from, to));
    }

    private void drawNetwork(TennisNetwork net) {
        double skillY = 1.0;
        double matchY = -0.35;
        List<Node> nodes = new ArrayList<>();
        double[] skillX = {2.1, 3.6, 5.1, 0.6};
        for (Player p : Player.values()) {
            nodes.add(new Node("S_" + p.word(), "S_" + p.label(), "skill", skillX[p.ordinal()], skillY, false,
                    NodeKind.LATENT));
        }
        nodes.add(new Node("you-vs-a", "You vs A", "?", 1.35, matchY, true, NodeKind.QUERY));
        nodes.add(match(net, TennisMatch.A_VS_B, 2.85, matchY));
        nodes.add(match(net, TennisMatch.B_VS_C, 4.35, matchY));
        nodes.add(match(net, TennisMatch.A_VS_C, 3.6, 2.35));
        List<Edge> edges = new ArrayList<>();
        edges.add(new Edge("S_you", "you-vs-a"));
        edges.add(new Edge("S_a", "you-vs-a"));
        for (TennisMatch m : TennisMatch.values()) {
            edges.add(new Edge("S_" + m.first().word(), m.option()));
            edges.add(new Edge("S_" + m.second().word(), m.option()));
        }
        network.setGraph(nodes, edges);
    }

    private static Node match(TennisNetwork net, TennisMatch m, double x, double y) {
        Player winner = net.winnerOf(m);
        return new Node(m.option(), m.label(), winner == null ? "not observed" : winner.label() + " won", x, y, true,
                winner == null ? NodeKind.LATENT : NodeKind.OBSERVED);
    }
}
