package org.shrinkagelab.workbench.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.BorderPane;
import org.shrinkagelab.charts.AutocorrelationFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.MarginalDensityFigure;
import org.shrinkagelab.charts.ParameterFigures;
import org.shrinkagelab.charts.ParameterTraceFigure;
import org.shrinkagelab.charts.RankFigure;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.FigureSaver;

/**
 * Trace, rank, density and autocorrelation of one parameter of a fit, in a 2 x 2 grid, all driven by one
 * {@link ParameterPicker} above them: picking a parameter redraws the four (their datasets change in place).
 */
public final class DiagnosticPanels extends BorderPane {
    private final ParameterPicker picker = new ParameterPicker("Parameter");
    private final ParameterFigures figures;
    private Draws draws;
    private Draws equalLengths;

    /** Creates the empty panels; figures are named {@code <problemId>-trace}, {@code -rank}, {@code -density}, {@code -autocorrelation}. */
    public DiagnosticPanels(String problemId, FigureSaver saver) {
        figures = new ParameterFigures(problemId);
        ChartPane[] panes = figures.figures().stream().map(f -> new ChartPane(f, saver)).toArray(ChartPane[]::new);
        picker.setPadding(new Insets(6, 6, 0, 6));
        setTop(picker);
        setCenter(ChartGrid.of(2, 2, 6, panes));
        picker.selectedParameterProperty().addListener((obs, old, now) -> redraw());
    }

    /**
     * Shows a fit: the picker offers its parameters (keeping the current pick if it is still there, else
     * {@code preferred}) and the four panels show the picked one.
     */
    public void setDraws(Draws newDraws, String preferred) {
        draws = newDraws;
        equalLengths = newDraws.truncatedToShortest();
        String before = picker.selectedParameter();
        picker.setParameters(newDraws.parameters(), preferred);
        if (java.util.Objects.equals(before, picker.selectedParameter())) {
            redraw();
        }
    }

    private void redraw() {
        String name = picker.selectedParameter();
        if (draws == null || name == null || !draws.parameters().contains(name)) {
            return;
        }
        figures.show(draws, equalLengths, name);
    }

    /** The picker that drives the four panels (a tab may also drive it, e.g. from its summary table). */
    public ParameterPicker picker() {
        return picker;
    }

    /** The four figures, named for export. */
    public List<Figure> figures() {
        return figures.figures();
    }

    /** The trace figure, for tests. */
    public ParameterTraceFigure trace() {
        return figures.trace();
    }

    /** The rank figure, for tests. */
    public RankFigure rank() {
        return figures.rank();
    }

    /** The density figure, for tests. */
    public MarginalDensityFigure density() {
        return figures.density();
    }

    /** The autocorrelation figure, for tests. */
    public AutocorrelationFigure autocorrelation() {
        return figures.autocorrelation();
    }
}
