package org.shrinkagelab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A model's directed acyclic graph in plate notation: latent quantities as open circles (ellipses for long
 * labels), observed ones shaded, fixed (known) quantities as small dots with their label above, arrows from
 * parents to children, and plates (rounded boxes, nested as declared) around the nodes repeated over an index,
 * labelled in their lower right corner ("j = 1..8").
 *
 * <p>The graph is declared as data ({@link Graph}); each node names its innermost plate and a grid position
 * (column, row; row 0 at the top), which the declarer chooses so the picture reads like the model. Everything is
 * drawn in points inside the plot area, so circles stay round and text stays its size at any figure size, and
 * plate boxes are the bounds of their nodes plus a margin that grows with the plates nested inside.
 * A subscript is written after an underscore: {@code θ_j} shows j lowered.
 */
public final class DagFigure {
    /** How a node is drawn. */
    public enum Kind {
        /** An unknown quantity (a parameter): an open circle. */
        LATENT,
        /** Data: a shaded circle. */
        OBSERVED,
        /** A known constant (a fixed hyperparameter, a known standard error): a small dot and its label. */
        FIXED
    }

    /**
     * One node.
     *
     * @param id     the name edges refer to
     * @param label  the text drawn; {@code _} starts a subscript that runs to the next space
     * @param kind   latent, observed or fixed
     * @param plate  the id of the innermost plate the node is repeated in, or null for none
     * @param column horizontal grid position (any real number; columns are spaced evenly)
     * @param row    vertical grid position, 0 at the top
     */
    public record Node(String id, String label, Kind kind, String plate, double column, double row) {
    }

    /**
     * An arrow from a parent to a child.
     *
     * @param from the parent's id
     * @param to   the child's id
     */
    public record Edge(String from, String to) {
    }

    /**
     * A plate: the nodes in it are repeated over an index.
     *
     * @param id     the name nodes and inner plates refer to
     * @param label  the index and its range, e.g. {@code j = 1..8}
     * @param parent the id of the plate this one is nested in, or null for an outermost plate
     */
    public record Plate(String id, String label, String parent) {
    }

    /** A whole graph, checked: unique ids, edges and plates that name what exists, and no directed cycle. */
    public record Graph(List<Node> nodes, List<Edge> edges, List<Plate> plates) {
        /** Checks the declaration, naming the first thing wrong. */
        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
            plates = List.copyOf(plates);
            Map<String, Plate> plateById = new HashMap<>();
            for (Plate p : plates) {
                if (plateById.put(p.id(), p) != null) {
                    throw new IllegalArgumentException("two plates are called '" + p.id() + "'");
                }
            }
            for (Plate p : plates) {
                Set<String> seen = new HashSet<>();
                for (String q = p.parent(); q != null; q = plateById.get(q).parent()) {
                    if (!plateById.containsKey(q)) {
                        throw new IllegalArgumentException("plate '" + p.id() + "' is nested in unknown plate '" + q + "'");
                    }
                    if (!seen.add(q) || q.equals(p.id())) {
                        throw new IllegalArgumentException("plate '" + p.id() + "' is nested in itself");
                    }
                }
            }
            Set<String> ids = new HashSet<>();
            for (Node n : nodes) {
                if (!ids.add(n.id())) {
                    throw new IllegalArgumentException("two nodes are called '" + n.id() + "'");
                }
                if (n.plate() != null && !plateById.containsKey(n.plate())) {
                    throw new IllegalArgumentException("node '" + n.id() + "' is in unknown plate '" + n.plate() + "'");
                }
            }
            for (Edge e : edges) {
                if (!ids.contains(e.from()) || !ids.contains(e.to())) {
                    throw new IllegalArgumentException("edge " + e.from() + " -> " + e.to() + " names an unknown node");
                }
            }
            checkAcyclic(nodes, edges);
        }

        private static void checkAcyclic(List<Node> nodes, List<Edge> edges) {
            Map<String, Integer> indegree = new HashMap<>();
            nodes.forEach(n -> indegree.put(n.id(), 0));
            edges.forEach(e -> indegree.merge(e.to(), 1, Integer::sum));
            List<String> ready = new ArrayList<>();
            indegree.forEach((id, d) -> {
                if (d == 0) {
                    ready.add(id);
                }
            });
            int removed = 0;
            while (!ready.isEmpty()) {
                String id = ready.remove(ready.size() - 1);
                removed++;
                for (Edge e : edges) {
                    if (e.from().equals(id) && indegree.merge(e.to(), -1, Integer::sum) == 0) {
                        ready.add(e.to());
                    }
                }
            }
            if (removed < nodes.size()) {
                throw new IllegalArgumentException("the edges form a cycle; a model's graph must be acyclic");
            }
        }

        /** The plates a node is in, innermost first. */
        public List<Plate> platesOf(Node node) {
            List<Plate> out = new ArrayList<>();
            for (String p = node.plate(); p != null; p = plate(p).parent()) {
                out.add(plate(p));
            }
            return out;
        }

        /** The plate of that id. */
        public Plate plate(String id) {
            return plates.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no plate '" + id + "'"));
        }

        /** The node of that id. */
        public Node node(String id) {
            return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no node '" + id + "'"));
        }
    }

    /**
     * Where everything is drawn in a plot area, in points: each node's bounds (circle, ellipse or dot) and
     * each plate's box.
     *
     * @param nodes  node id to its shape's bounds
     * @param labels node id to the bounds of its label text
     * @param plates plate id to its box
     */
    public record Layout(Map<String, Rectangle2D> nodes, Map<String, Rectangle2D> labels,
                         Map<String, Rectangle2D> plates) {
    }

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font FIXED_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font PLATE_LABEL = new Font(Font.SANS_SERIF, Font.ITALIC, 13);
    private static final Color SHADE = new Color(200, 200, 200);
    private static final Color INK = new Color(50, 50, 50);
    private static final double RADIUS = 24;
    private static final double DOT = 4.5;
    /** ArrowAnnotation stops this many points short of its end; the arrow ends that much beyond, at the node. */
    private static final double ARROW_GAP = 4;
    /** Margin of a plate around its contents, per level of plates at and inside it. */
    private static final double PLATE_MARGIN = 12;
    /** Room below a plate's contents for its label, per level. */
    private static final double PLATE_LABEL_ROOM = 18;
    private static final double MAX_COLUMN_WIDTH = 170;
    private static final double MAX_ROW_HEIGHT = 120;

    private final JFreeChart chart;
    private Graph graph = new Graph(List.of(), List.of(), List.of());

    /** Creates an empty graph figure with a title and a caption under it (may be null). */
    public DagFigure(String title, String caption) {
        // An empty network figure is the blank canvas both graph figures share: hidden axes, no grid, the caption.
        chart = new NetworkFigure(title, caption, 0, 1, 0, 1).chart();
        chart.getXYPlot().addAnnotation(new Drawing(), false);
    }

    /** The chart. */
    public JFreeChart chart() {
        return chart;
    }

    /** The graph drawn. */
    public Graph graph() {
        return graph;
    }

    /** Replaces the graph drawn. */
    public void setGraph(Graph newGraph) {
        graph = newGraph;
        chart.fireChartChanged();
    }

    /** The layout of the current graph in a plot area of the given bounds (in points), for drawing and tests. */
    public Layout layout(Rectangle2D area) {
        Map<String, Rectangle2D> nodeBounds = new LinkedHashMap<>();
        Map<String, Rectangle2D> labelBounds = new LinkedHashMap<>();
        Map<String, Rectangle2D> plateBounds = new LinkedHashMap<>();
        if (graph.nodes().isEmpty()) {
            return new Layout(nodeBounds, labelBounds, plateBounds);
        }
        double minCol = Double.POSITIVE_INFINITY;
        double maxCol = Double.NEGATIVE_INFINITY;
        double minRow = Double.POSITIVE_INFINITY;
        double maxRow = Double.NEGATIVE_INFINITY;
        for (Node n : graph.nodes()) {
            minCol = Math.min(minCol, n.column());
            maxCol = Math.max(maxCol, n.column());
            minRow = Math.min(minRow, n.row());
            maxRow = Math.max(maxRow, n.row());
        }
        int depth = 0;
        for (Plate p : graph.plates()) {
            depth = Math.max(depth, levels(p));
        }
        double side = RADIUS * 2.2 + depth * PLATE_MARGIN + 8;
        double bottom = side + depth * PLATE_LABEL_ROOM;
        double colWidth = maxCol > minCol ? Math.min(MAX_COLUMN_WIDTH, (area.getWidth() - 2 * side) / (maxCol - minCol)) : 0;
        double rowHeight = maxRow > minRow ? Math.min(MAX_ROW_HEIGHT, (area.getHeight() - side - bottom) / (maxRow - minRow))
                : 0;
        double cx = area.getCenterX() - colWidth * (maxCol - minCol) / 2;
        double cy = area.getY() + side + (area.getHeight() - side - bottom - rowHeight * (maxRow - minRow)) / 2;
        for (Node n : graph.nodes()) {
            double x = cx + (n.column() - minCol) * colWidth;
            double y = cy + (n.row() - minRow) * rowHeight;
            if (n.kind() == Kind.FIXED) {
                nodeBounds.put(n.id(), new Rectangle2D.Double(x - DOT, y - DOT, 2 * DOT, 2 * DOT));
                Rectangle2D text = textBounds(n.label(), FIXED_LABEL);
                labelBounds.put(n.id(), new Rectangle2D.Double(x - text.getWidth() / 2, y - DOT - 4 - text.getHeight(),
                        text.getWidth(), text.getHeight()));
            } else {
                Rectangle2D text = textBounds(n.label(), LABEL);
                double rx = Math.max(RADIUS, text.getWidth() / 2 + 10);
                nodeBounds.put(n.id(), new Rectangle2D.Double(x - rx, y - RADIUS, 2 * rx, 2 * RADIUS));
                labelBounds.put(n.id(), new Rectangle2D.Double(x - text.getWidth() / 2, y - text.getHeight() / 2,
                        text.getWidth(), text.getHeight()));
            }
        }
        for (Plate p : graph.plates()) {
            Rectangle2D box = null;
            for (Node n : graph.nodes()) {
                if (graph.platesOf(n).contains(p)) {
                    Rectangle2D b = nodeBounds.get(n.id()).createUnion(labelBounds.get(n.id()));
                    box = box == null ? b : box.createUnion(b);
                }
            }
            if (box != null) {
                int levels = levels(p);
                double m = PLATE_MARGIN * levels;
                plateBounds.put(p.id(), new Rectangle2D.Double(box.getX() - m, box.getY() - m, box.getWidth() + 2 * m,
                        box.getHeight() + 2 * m + PLATE_LABEL_ROOM * levels));
            }
        }
        return new Layout(nodeBounds, labelBounds, plateBounds);
    }

    /** 1 for a plate with no plate inside it, else one more than the deepest plate inside. */
    private int levels(Plate p) {
        int inner = 0;
        for (Plate q : graph.plates()) {
            if (p.id().equals(q.parent())) {
                inner = Math.max(inner, levels(q));
            }
        }
        return inner + 1;
    }

    /** A stretch of a label: normal text or a lowered subscript. */
    private record Run(String text, boolean subscript) {
    }

    /** The label cut into runs: the text after an underscore, to the next space, is a subscript. */
    private static List<Run> runs(String label) {
        List<Run> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean sub = false;
        for (char ch : label.toCharArray()) {
            if ((ch == '_' && !sub) || (ch == ' ' && sub)) {
                if (current.length() > 0) {
                    out.add(new Run(current.toString(), sub));
                }
                current.setLength(0);
                sub = ch == '_';
                if (ch == '_') {
                    continue;
                }
            }
            current.append(ch);
        }
        if (current.length() > 0) {
            out.add(new Run(current.toString(), sub));
        }
        return out;
    }

    private static Font fontOf(Run run, Font font) {
        return run.subscript() ? font.deriveFont(font.getSize2D() * 0.75f) : font;
    }

    /**
     * The label's size, measured the same way whatever draws it: JavaFX's Graphics2D bridge reports rough font
     * metrics, which would let text spill out of its node on screen while a PNG looked right.
     */
    private static Rectangle2D textBounds(String label, Font font) {
        double width = 0;
        for (Run r : runs(label)) {
            width += fontOf(r, font).getStringBounds(r.text(), MEASURE).getWidth();
        }
        LineMetrics lm = font.getLineMetrics("Xg", MEASURE);
        return new Rectangle2D.Double(0, 0, width, lm.getAscent() + lm.getDescent());
    }

    /** Draws the label centred on (x, y), run by run, so SVG keeps it as text. */
    private static void drawText(Graphics2D g2, String label, Font font, double x, double y) {
        Rectangle2D b = textBounds(label, font);
        double baseline = y - b.getHeight() / 2 + font.getLineMetrics("Xg", MEASURE).getAscent();
        double left = x - b.getWidth() / 2;
        for (Run r : runs(label)) {
            Font f = fontOf(r, font);
            g2.setFont(f);
            g2.drawString(r.text(), (float) left, (float) (baseline + (r.subscript() ? font.getSize2D() * 0.25 : 0)));
            left += f.getStringBounds(r.text(), MEASURE).getWidth();
        }
    }

    /** The one annotation that draws the whole graph in the plot's data area. */
    private final class Drawing extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            Layout layout = layout(area);
            g2.setStroke(new BasicStroke(1.4f));
            for (Plate p : graph.plates()) {
                Rectangle2D box = layout.plates().get(p.id());
                if (box == null) {
                    continue;
                }
                g2.setPaint(INK);
                g2.draw(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 14, 14));
                Rectangle2D text = textBounds(p.label(), PLATE_LABEL);
                drawText(g2, p.label(), PLATE_LABEL, box.getMaxX() - 8 - text.getWidth() / 2,
                        box.getMaxY() - 5 - text.getHeight() / 2);
            }
            for (Edge e : graph.edges()) {
                arrow(g2, plot, area, domainAxis, rangeAxis, layout.nodes().get(e.from()), layout.nodes().get(e.to()));
            }
            for (Node n : graph.nodes()) {
                Rectangle2D b = layout.nodes().get(n.id());
                Ellipse2D shape = new Ellipse2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight());
                g2.setPaint(n.kind() == Kind.OBSERVED ? SHADE : n.kind() == Kind.FIXED ? INK : Color.WHITE);
                g2.fill(shape);
                g2.setPaint(INK);
                g2.setStroke(new BasicStroke(1.6f));
                g2.draw(shape);
                Rectangle2D t = layout.labels().get(n.id());
                drawText(g2, n.label(), n.kind() == Kind.FIXED ? FIXED_LABEL : LABEL, t.getCenterX(), t.getCenterY());
            }
        }
    }

    /** A straight arrow from the boundary of one node's ellipse to the boundary of the other's. */
    private static void arrow(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis,
                              Rectangle2D from, Rectangle2D to) {
        double dx = to.getCenterX() - from.getCenterX();
        double dy = to.getCenterY() - from.getCenterY();
        double len = Math.hypot(dx, dy);
        if (!(len > 0)) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double start = boundary(from, ux, uy);
        double end = len - boundary(to, ux, uy) + ARROW_GAP;
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        // The shared arrow works in data coordinates; the layout is in points, so map its ends back.
        new ArrowAnnotation(
                xAxis.java2DToValue(from.getCenterX() + ux * start, area, xEdge),
                yAxis.java2DToValue(from.getCenterY() + uy * start, area, yEdge),
                xAxis.java2DToValue(from.getCenterX() + ux * end, area, xEdge),
                yAxis.java2DToValue(from.getCenterY() + uy * end, area, yEdge), INK)
                .draw(g2, plot, area, xAxis, yAxis, 0, null);
    }

    /** Distance from the centre of the ellipse inscribed in the bounds to its edge along the unit direction. */
    private static double boundary(Rectangle2D b, double ux, double uy) {
        double rx = b.getWidth() / 2;
        double ry = b.getHeight() / 2;
        return 1 / Math.sqrt((ux / rx) * (ux / rx) + (uy / ry) * (uy / ry));
    }
}
