package org.shrinkagelab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.problems.Problem;

/**
 * What every tab has: its problem, its content, one chart pane per figure, its figures and its
 * parameter panel, so that a tab writes only its layout and its wiring.
 *
 * @param <F> the class holding the tab's figures
 */
public abstract class BaseProblemTab<F> implements ProblemTab {
    private final Problem problem;
    private final F figures;
    private final ParameterPanel panel;
    private final BorderPane root = new BorderPane();
    private final List<ChartPane> charts = new ArrayList<>();

    /** A tab of {@code problem} showing {@code figureList} (the figures of {@code figures}), controlled by {@code panel}. */
    protected BaseProblemTab(Problem problem, F figures, List<Figure> figureList, ParameterPanel panel,
                             FigureSaver saver) {
        this.problem = problem;
        this.figures = figures;
        this.panel = panel;
        for (Figure f : figureList) {
            charts.add(new ChartPane(f, saver));
        }
    }

    @Override
    public Problem problem() {
        return problem;
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public List<ChartPane> charts() {
        return charts;
    }

    /** The figures shown. */
    public F figures() {
        return figures;
    }

    /** The parameter panel. */
    public ParameterPanel panel() {
        return panel;
    }

    /** The tab's root, where a subclass puts its controls and views. */
    protected BorderPane root() {
        return root;
    }

    /** The chart pane of the figure with this full name. */
    protected ChartPane chart(String name) {
        return charts.stream().filter(c -> c.figure().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figure " + name));
    }

    /** The chart panes side by side in one row, sharing its width, each preferring {@code prefWidth}. */
    protected HBox chartRow(double prefWidth) {
        HBox row = new HBox(8);
        for (ChartPane c : charts) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setPrefWidth(prefWidth);
            row.getChildren().add(c);
        }
        return row;
    }

    /** The tab's settings column: {@code content} in a vertical scroll pane {@code width} wide. */
    protected static ScrollPane sidebar(Node content, double width) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(width);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
