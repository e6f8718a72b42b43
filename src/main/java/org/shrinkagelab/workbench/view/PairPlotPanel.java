package org.shrinkagelab.workbench.view;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.PairFigure;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.workbench.WorkbenchFigures;

/**
 * A pair plot of any two parameters with divergent transitions in red: a picker per axis and a log-scale box
 * per axis, enabled only when that parameter's draws are all positive (the funnel is log tau against theta[1]).
 */
public final class PairPlotPanel extends BorderPane {
    private final ParameterPicker xPicker = new ParameterPicker("x");
    private final ParameterPicker yPicker = new ParameterPicker("y");
    private final CheckBox logX = new CheckBox("log x");
    private final CheckBox logY = new CheckBox("log y");
    private final PairFigure pair = new PairFigure();
    private final Figure figure;
    private Draws draws;

    /** Creates an empty pair plot, its figure named {@code <problemId>-pair}. */
    public PairPlotPanel(String problemId, FigureSaver saver) {
        figure = new Figure(WorkbenchFigures.name(problemId, "pair"), pair.chart());
        HBox controls = new HBox(12, xPicker, logX, yPicker, logY);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        controls.setPadding(new Insets(6, 6, 0, 6));
        setTop(controls);
        setCenter(new ChartPane(figure, saver));
        xPicker.selectedParameterProperty().addListener((obs, old, now) -> redraw());
        yPicker.selectedParameterProperty().addListener((obs, old, now) -> redraw());
        logX.selectedProperty().addListener((obs, old, now) -> redraw());
        logY.selectedProperty().addListener((obs, old, now) -> redraw());
    }

    /** Shows a fit, keeping the current picks where they still exist, else {@code x} against {@code y}. */
    public void setDraws(Draws newDraws, String x, String y) {
        draws = newDraws;
        xPicker.setParameters(newDraws.parameters(), x);
        yPicker.setParameters(newDraws.parameters(), y);
        redraw();
    }

    private void redraw() {
        String x = xPicker.selectedParameter();
        String y = yPicker.selectedParameter();
        // While new draws replace old ones, a picker may still hold a name the new draws lack.
        if (draws == null || x == null || y == null || !draws.parameters().contains(x) || !draws.parameters().contains(y)) {
            return;
        }
        boolean xPositive = PairFigure.allPositive(draws.parameter(x));
        boolean yPositive = PairFigure.allPositive(draws.parameter(y));
        logX.setDisable(!xPositive);
        logY.setDisable(!yPositive);
        pair.update(draws, x, y, logX.isSelected() && xPositive, logY.isSelected() && yPositive);
    }

    /** The x-axis picker. */
    public ParameterPicker xPicker() {
        return xPicker;
    }

    /** The y-axis picker. */
    public ParameterPicker yPicker() {
        return yPicker;
    }

    /** The log-scale box of the x axis. */
    public CheckBox logX() {
        return logX;
    }

    /** The log-scale box of the y axis. */
    public CheckBox logY() {
        return logY;
    }

    /** The figure, named for export. */
    public Figure figure() {
        return figure;
    }

    /** The pair figure, for tests. */
    public PairFigure pair() {
        return pair;
    }
}
