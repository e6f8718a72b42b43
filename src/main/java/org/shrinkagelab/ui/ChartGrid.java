package org.shrinkagelab.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** Charts in equal cells: every column and every row takes the same share of the tab's space. */
public final class ChartGrid {
    private ChartGrid() {
    }

    /** A grid of equal cells with the given gap and padding, the nodes placed row by row. */
    public static GridPane of(int columns, int rows, double gap, Node... nodes) {
        GridPane g = new GridPane();
        g.setHgap(gap);
        g.setVgap(gap);
        g.setPadding(new Insets(gap));
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            g.getRowConstraints().add(rc);
        }
        for (int i = 0; i < nodes.length; i++) {
            g.add(nodes[i], i % columns, i / columns);
        }
        return g;
    }
}
