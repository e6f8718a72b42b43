package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.shrinkagelab.charts.DagFigure.Edge;
import org.shrinkagelab.charts.DagFigure.Graph;
import org.shrinkagelab.charts.DagFigure.Kind;
import org.shrinkagelab.charts.DagFigure.Node;
import org.shrinkagelab.charts.DagFigure.Plate;

/** Every declared node is drawn, plates enclose exactly their nodes, and bad declarations are refused. */
class DagFigureTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 900, 500);

    static Stream<Graph> examples() {
        return Stream.of(DagExamples.eightSchools(), DagExamples.fiveDistricts());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void platesContainTheirNodesAndNoOthers(Graph g) {
        DagFigure f = new DagFigure("model", "caption");
        f.setGraph(g);
        DagFigure.Layout layout = f.layout(AREA);
        assertEquals(g.nodes().size(), layout.nodes().size());
        assertEquals(g.plates().size(), layout.plates().size());
        for (Node n : g.nodes()) {
            Rectangle2D b = layout.nodes().get(n.id());
            assertTrue(AREA.contains(b), n.id() + " inside the plot");
            for (Plate p : g.plates()) {
                Rectangle2D box = layout.plates().get(p.id());
                assertTrue(AREA.contains(box), p.id() + " inside the plot");
                if (g.platesOf(n).contains(p)) {
                    assertTrue(box.contains(b) && box.contains(layout.labels().get(n.id())), n.id() + " in " + p.id());
                } else {
                    assertFalse(box.intersects(b), n.id() + " outside " + p.id());
                }
            }
            for (Node m : g.nodes()) {
                if (m != n) {
                    assertFalse(b.intersects(layout.nodes().get(m.id())), n.id() + " overlaps " + m.id());
                }
            }
        }
        for (Plate p : g.plates()) {
            if (p.parent() != null) {
                assertTrue(layout.plates().get(p.parent()).contains(layout.plates().get(p.id())), "nested plate inside");
            }
        }
    }

    @Test
    void nodesAreShapedByKindAndLongLabelsWiden() {
        DagFigure f = new DagFigure("five districts", null);
        f.setGraph(DagExamples.fiveDistricts());
        DagFigure.Layout layout = f.layout(AREA);
        Rectangle2D mu = layout.nodes().get("mu");
        assertEquals(mu.getWidth(), mu.getHeight(), 1e-9, "a short label gets a circle");
        assertTrue(layout.nodes().get("improvement").getWidth() > layout.labels().get("improvement").getWidth());
        assertTrue(layout.nodes().get("hours").getWidth() < 12, "a fixed quantity is a small dot");
        assertEquals(List.of("j", "d"), f.graph().platesOf(f.graph().node("hours")).stream().map(Plate::id).toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rendersAsPngAndSvgWithItsLabels(Graph g, @TempDir Path dir) throws Exception {
        DagFigure f = new DagFigure("model", "caption");
        f.setGraph(g);
        Path png = dir.resolve("dag.png");
        Path svg = dir.resolve("dag.svg");
        FigureExporter.write(f.chart(), png, FigureExporter.Format.PNG, 900, 600, 1);
        FigureExporter.write(f.chart(), svg, FigureExporter.Format.SVG, 900, 600, 1);
        assertTrue(Files.size(png) > 5000);
        String text = Files.readString(svg);
        assertTrue(text.contains(g.plates().get(0).label()), "plate label in the SVG");
    }

    @Test
    void refusesBadDeclarations() {
        Node a = new Node("a", "a", Kind.LATENT, null, 0, 0);
        Node b = new Node("b", "b", Kind.LATENT, "p", 0, 1);
        Plate p = new Plate("p", "i = 1..3", null);
        assertMessage("unknown node", () -> new Graph(List.of(a), List.of(new Edge("a", "z")), List.of()));
        assertMessage("unknown plate 'p'", () -> new Graph(List.of(a, b), List.of(), List.of()));
        assertMessage("cycle", () -> new Graph(List.of(a, b), List.of(new Edge("a", "b"), new Edge("b", "a")),
                List.of(p)));
        assertMessage("two nodes", () -> new Graph(List.of(a, a), List.of(), List.of()));
        assertMessage("nested in unknown plate", () -> new Graph(List.of(a), List.of(),
                List.of(new Plate("q", "q", "zz"))));
        assertMessage("nested in itself", () -> new Graph(List.of(a), List.of(),
                List.of(new Plate("q", "q", "r"), new Plate("r", "r", "q"))));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
    }
}
