package org.shrinkagelab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shrinkagelab.charts.NetworkFigure.Edge;
import org.shrinkagelab.charts.NetworkFigure.Node;
import org.shrinkagelab.charts.NetworkFigure.NodeKind;

/** The network figure draws nodes and arrows as annotations and exports like any chart. */
class NetworkFigureTest {

    @Test
    void drawsAndExports(@TempDir Path dir) throws Exception {
        NetworkFigure f = new NetworkFigure("net", "caption", 0, 4, 0, 3);
        f.setGraph(List.of(new Node("a", "A", "", 1, 2, false, NodeKind.LATENT),
                        new Node("b", "B", "seen", 3, 1, true, NodeKind.OBSERVED)),
                List.of(new Edge("a", "b")));
        // two nodes (shape + label each, plus one detail line) and one arrow (shaft + head), after the
        // empty shape Annotations.replace puts first
        assertEquals(1 + 2 + 2 + 1 + 2, f.chart().getXYPlot().getAnnotations().size());
        f.setGraph(List.of(new Node("a", "A", "", 1, 2, false, NodeKind.QUERY)), List.of());
        assertEquals(1 + 2, f.chart().getXYPlot().getAnnotations().size());
        assertEquals(NodeKind.QUERY, f.nodes().get("a").kind());
        Path png = dir.resolve("net.png");
        FigureExporter.write(f.chart(), png, FigureExporter.Format.PNG, 400, 300, 1);
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void refusesEdgesToUnknownNodes() {
        NetworkFigure f = new NetworkFigure("net", null, 0, 1, 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.setGraph(
                List.of(new Node("a", "A", "", 0.5, 0.5, false, NodeKind.LATENT)), List.of(new Edge("a", "z"))));
        assertTrue(e.getMessage().contains("a -> z"));
    }
}
