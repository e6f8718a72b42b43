package org.shrinkagelab.workbench.view;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.shrinkagelab.charts.EnergyFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.diag.EnergyDistribution;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.workbench.WorkbenchFigures;

/** The energy plot of a fit; for a sampler that records no energy (random-walk Metropolis) it says so instead. */
public final class EnergyPanel extends StackPane {
    private final EnergyFigure energy = new EnergyFigure();
    private final Figure figure;
    private final ChartPane pane;
    private final Label none = new Label("No energy plot: only Hamiltonian samplers (NUTS, static HMC) record energy__.");

    /** Creates an empty energy panel, its figure named {@code <problemId>-energy}. */
    public EnergyPanel(String problemId, FigureSaver saver) {
        figure = new Figure(WorkbenchFigures.name(problemId, "energy"), energy.chart());
        pane = new ChartPane(figure, saver);
        none.setWrapText(true);
        none.setVisible(false);
        getChildren().addAll(pane, none);
    }

    /** Shows the energy distributions of a fit. */
    public void setDraws(Draws draws) {
        boolean has = draws.hasStat("energy__");
        pane.setVisible(has);
        none.setVisible(!has);
        if (has) {
            energy.update(EnergyDistribution.of(draws));
        }
    }

    /** The figure, named for export. */
    public Figure figure() {
        return figure;
    }

    /** The energy figure, for tests. */
    public EnergyFigure energy() {
        return energy;
    }
}
