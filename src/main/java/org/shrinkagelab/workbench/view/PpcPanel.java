package org.shrinkagelab.workbench.view;

import java.util.List;
import javafx.scene.layout.BorderPane;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.PpcFigure;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.workbench.WorkbenchFigures;

/**
 * The posterior predictive check side by side: per-observation intervals of y_rep with y over them, and the
 * density overlay. The replicates are computed off the FX thread (with
 * {@link org.shrinkagelab.engine.sample.PosteriorPredictive}) and handed to {@link #show}.
 */
public final class PpcPanel extends BorderPane {
    private final PpcFigure ppc;
    private final List<Figure> figures;

    /** Creates empty checks; {@code valueLabel} names the data; figures are {@code <problemId>-ppc-intervals}, {@code -ppc-density}. */
    public PpcPanel(String problemId, String valueLabel, FigureSaver saver) {
        ppc = new PpcFigure(valueLabel);
        figures = List.of(new Figure(WorkbenchFigures.name(problemId, "ppc-intervals"), ppc.intervalsChart()),
                new Figure(WorkbenchFigures.name(problemId, "ppc-density"), ppc.densityChart()));
        setCenter(ChartGrid.of(2, 1, 6, new ChartPane(figures.get(0), saver), new ChartPane(figures.get(1), saver)));
    }

    /** Shows observed data against replicates [replicate][observation], with a label per observation (or null). */
    public void show(double[] observed, double[][] replicates, List<String> labels) {
        ppc.update(observed, replicates, labels);
    }

    /** The two figures, named for export. */
    public List<Figure> figures() {
        return figures;
    }

    /** The check's figure builder, for tests. */
    public PpcFigure ppc() {
        return ppc;
    }
}
