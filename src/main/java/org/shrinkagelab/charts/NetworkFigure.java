package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A Bayesian network (a DAG) drawn as a chart, so it exports like any other figure: nodes as
 * circles (or wide ellipses), observed nodes shaded, a queried node outlined in orange, and arrows
 * from parents to children. Nodes are placed by the caller in data coordinates; the axes are hidden.
 */
public final class NetworkFigure {
    /** How a node is drawn. */
    public enum NodeKind {
        /** Not observed: white. */
        LATENT,
        /** Observed: shaded grey. */
        OBSERVED,
        /** The quantity asked about: white with an orange outline. */
        QUERY
    }

    /**
     * One node.
     *
     * @param id     the name edges refer to
     * @param label  the text inside the node
     * @param detail a second, smaller line under the label (e.g. the observed value), or empty
     * @param x      centre, in data coordinates
     * @param y      centre, in data coordinates
     * @param wide   true for an ellipse wide enough for a longer label
     * @param kind   latent, observed or query
     */
    public record Node(String id, String label, String detail, double x, double y, boolean wide, NodeKind kind) {
    }

    /**
     * An arrow from a parent to a child.
     *
     * @param from the parent's id
     * @param to   the child's id
     */
    public record Edge(String from, String to) {
    }

    private static final double RADIUS_Y = 0.34;
    private static final double RADIUS_X = 0.42;
    private static final double WIDE_RADIUS_X = 0.62;
    private static final double HEAD = 0.13;
    private static final Color SHADE = new Color(190, 190, 190);
    private static final Color QUERY = new Color(230, 120, 0);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font DETAIL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final JFreeChart chart;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private List<Edge> edges = List.of();

    /** Creates an empty network figure showing the given box of data coordinates and a caption. */
    public NetworkFigure(String title, String caption, double xMin, double xMax, double yMin, double yMax) {
        NumberAxis x = new NumberAxis();
        x.setRange(xMin, xMax);
        x.setVisible(false);
        NumberAxis y = new NumberAxis();
        y.setRange(yMin, yMax);
        y.setVisible(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        if (caption != null && !caption.isEmpty()) {
            TextTitle sub = new TextTitle(caption, DETAIL);
            sub.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            chart.addSubtitle(sub);
        }
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The nodes drawn, by id, for tests. */
    public Map<String, Node> nodes() {
        return Map.copyOf(nodes);
    }

    /** The edges drawn, for tests. */
    public List<Edge> edges() {
        return edges;
    }

    /** Replaces the drawing with these nodes and edges. */
    public void setGraph(List<Node> newNodes, List<Edge> newEdges) {
        nodes.clear();
        newNodes.forEach(n -> nodes.put(n.id(), n));
        for (Edge e : newEdges) {
            if (!nodes.containsKey(e.from()) || !nodes.containsKey(e.to())) {
                throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " names an unknown node");
            }
        }
        edges = List.copyOf(newEdges);
        List<XYAnnotation> drawing = new ArrayList<>();
        for (Edge e : edges) {
            arrow(drawing, nodes.get(e.from()), nodes.get(e.to()));
        }
        for (Node n : nodes.values()) {
            node(drawing, n);
        }
        Annotations.replace(chart.getXYPlot(), drawing);
    }

    private static double rx(Node n) {
        return n.wide() ? WIDE_RADIUS_X : RADIUS_X;
    }

    private static void node(List<XYAnnotation> plot, Node n) {
        double rx = rx(n);
        Ellipse2D shape = new Ellipse2D.Double(n.x() - rx, n.y() - RADIUS_Y, 2 * rx, 2 * RADIUS_Y);
        Stroke stroke = new BasicStroke(n.kind() == NodeKind.QUERY ? 3f : 1.6f);
        Color outline = n.kind() == NodeKind.QUERY ? QUERY : Color.DARK_GRAY;
        Color fill = n.kind() == NodeKind.OBSERVED ? SHADE : Color.WHITE;
        plot.add(new XYShapeAnnotation(shape, stroke, outline, fill));
        boolean twoLines = n.detail() != null && !n.detail().isEmpty();
        XYTextAnnotation label = new XYTextAnnotation(n.label(), n.x(), n.y() + (twoLines ? 0.08 : 0));
        label.setFont(LABEL);
        label.setTextAnchor(twoLines ? TextAnchor.BOTTOM_CENTER : TextAnchor.CENTER);
        plot.add(label);
        if (twoLines) {
            XYTextAnnotation detail = new XYTextAnnotation(n.detail(), n.x(), n.y() - 0.02);
            detail.setFont(DETAIL);
            detail.setTextAnchor(TextAnchor.TOP_CENTER);
            plot.add(detail);
        }
    }

    /** A straight arrow from the edge of one node's ellipse to the edge of the other's. */
    private static void arrow(List<XYAnnotation> plot, Node from, Node to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double startT = edgeDistance(rx(from), ux, uy);
        double endT = len - edgeDistance(rx(to), ux, uy);
        double x0 = from.x() + ux * startT;
        double y0 = from.y() + uy * startT;
        double x1 = from.x() + ux * endT;
        double y1 = from.y() + uy * endT;
        double bx = x1 - ux * HEAD;
        double by = y1 - uy * HEAD;
        plot.add(new XYLineAnnotation(x0, y0, bx, by, new BasicStroke(1.6f), Color.DARK_GRAY));
        Path2D head = new Path2D.Double();
        head.moveTo(x1, y1);
        head.lineTo(bx - uy * HEAD * 0.45, by + ux * HEAD * 0.45);
        head.lineTo(bx + uy * HEAD * 0.45, by - ux * HEAD * 0.45);
        head.closePath();
        plot.add(new XYShapeAnnotation(head, new BasicStroke(1f), Color.DARK_GRAY, Color.DARK_GRAY));
    }

    /** Distance from an ellipse's centre to its boundary along the unit direction (ux, uy). */
    private static double edgeDistance(double rx, double ux, double uy) {
        return 1 / Math.sqrt((ux / rx) * (ux / rx) + (uy / RADIUS_Y) * (uy / RADIUS_Y));
    }
}
