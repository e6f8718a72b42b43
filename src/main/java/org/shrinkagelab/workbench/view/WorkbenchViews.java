package org.shrinkagelab.workbench.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.ParetoKFigure;
import org.shrinkagelab.engine.diag.LooResult;
import org.shrinkagelab.engine.sample.Draws;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.workbench.ModelChecks;
import org.shrinkagelab.workbench.WorkbenchFigures;

/**
 * The views every model tab gets from {@link ModelTab}: Parameter (trace, rank, density and autocorrelation of
 * the picked parameter), Pair (divergences in red), Energy, PPC, DAG and LOO, filled from each finished or
 * cancelled fit. The PPC and LOO views show the {@link ModelChecks} computed in the fit's job; they say so when
 * the model offers no replicates or pointwise log-likelihood.
 */
public final class WorkbenchViews {
    private final String problemId;
    private final FigureSaver saver;
    private final DiagnosticPanels parameter;
    private final PairPlotPanel pair;
    private final EnergyPanel energy;
    private final PpcPanel ppc;
    private final DagFigure dag = new DagFigure(WorkbenchFigures.DAG_TITLE, WorkbenchFigures.DAG_CAPTION);
    private final Figure dagFigure;
    private final BorderPane ppcBox = new BorderPane();
    private final BorderPane dagBox = new BorderPane();
    private final BorderPane looBox = new BorderPane();
    private final Label ppcNote = new Label("");
    private final GridPane looTable = new GridPane();
    private final Label looWarning = new Label("");
    private Figure paretoK;
    private boolean pairDefaults = true;

    /** Creates the empty views of a problem; figures are named {@code <problemId>-...}. */
    public WorkbenchViews(String problemId, FigureSaver saver) {
        this.problemId = problemId;
        this.saver = saver;
        // The tab's own trace and rank figures already hold the plain names.
        parameter = new DiagnosticPanels(WorkbenchFigures.parameterPrefix(problemId), saver);
        pair = new PairPlotPanel(problemId, saver);
        energy = new EnergyPanel(problemId, saver);
        ppc = new PpcPanel(problemId, WorkbenchFigures.PPC_VALUE_LABEL, saver);
        dagFigure = new Figure(WorkbenchFigures.name(problemId, "dag"), dag.chart());
        ppcNote.setWrapText(true);
        ppcNote.setPadding(new Insets(6));
        ppcBox.setTop(ppcNote);
        ppcBox.setCenter(ppc);
        dagBox.setCenter(new ChartPane(dagFigure, saver));
        looTable.setId("loo-table");
        looTable.setHgap(14);
        looTable.setVgap(2);
        looWarning.setId("loo-warning");
        looWarning.setWrapText(true);
        VBox top = new VBox(4, looTable, looWarning);
        top.setPadding(new Insets(6));
        looBox.setTop(top);
        looBox.setCenter(new Label("PSIS-LOO appears after the first full run."));
    }

    /** Adds the six views through the tab's {@code addView(name, id, content)}. */
    public void addTo(TriConsumer add) {
        add.accept("Parameter", "view-parameter", parameter);
        add.accept("Pair", "view-pair", pair);
        add.accept("Energy", "view-energy", energy);
        add.accept("PPC", "view-ppc", ppcBox);
        add.accept("DAG", "view-dag", dagBox);
        add.accept("LOO", "view-loo", looBox);
    }

    /** The tab's {@code addView}, as a function of three arguments. */
    @FunctionalInterface
    public interface TriConsumer {
        /** Adds a view named {@code name} with id {@code id}. */
        void accept(String name, String id, Node content);
    }

    /** The figures of fixed identity, named for export (the Pareto-k figure is rebuilt per fit, see {@link #paretoKFigure()}). */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>(parameter.figures());
        all.add(pair.figure());
        all.add(energy.figure());
        all.addAll(ppc.figures());
        all.add(dagFigure);
        return List.copyOf(all);
    }

    /**
     * Shows a fit: its draws in the Parameter, Pair and Energy views, the model's graph (null: none), and the
     * checks (null: not computed for this run, e.g. a preview; the previous ones stay).
     */
    public void show(Draws draws, String picked, String preferred, DagFigure.Graph graph, ModelChecks checks) {
        parameter.setDraws(draws, picked != null && draws.parameters().contains(picked) ? picked : preferred);
        if (pairDefaults) {
            pairDefaults = false;
            WorkbenchFigures.PairChoice first = WorkbenchFigures.PairChoice.of(draws, preferred);
            pair.logY().setSelected(first.logY());
            pair.setDraws(draws, first.x(), first.y());
        } else {
            pair.setDraws(draws, x(), y());
        }
        energy.setDraws(draws);
        if (graph != null) {
            dag.setGraph(graph);
        } else {
            dagBox.setCenter(new Label("This problem declares no graph (WorkbenchProblem.dag)."));
        }
        if (checks != null) {
            showChecks(checks);
        }
    }

    private String x() {
        return pair.xPicker().selectedParameter();
    }

    private String y() {
        return pair.yPicker().selectedParameter();
    }

    private void showChecks(ModelChecks checks) {
        if (checks.hasPpc()) {
            ppc.show(checks.observed(), checks.replicates(), null);
            ppcNote.setText(String.format(Locale.ROOT, "%d replicated data sets y_rep, one per evenly spaced draw,"
                    + " against the observed y (seed %d)", checks.replicates().length, ModelChecks.PPC_SEED));
        } else {
            ppcNote.setText("No posterior predictive check: the model does not simulate replicated data"
                    + " (engine/model ReplicatedData and Unconstrain).");
        }
        LooResult loo = checks.loo();
        looTable.getChildren().clear();
        if (loo == null) {
            looWarning.setText("No PSIS-LOO: the model gives no pointwise log-likelihood"
                    + " (engine/model PointwiseLogLikelihood and Unconstrain).");
            paretoK = null;
            looBox.setCenter(null);
            return;
        }
        looTable.addRow(0, bold(""), bold("estimate"), bold("SE"));
        looTable.addRow(1, new Label("elpd_loo"), value("loo-elpd", loo.elpdLoo()), value(null, loo.seElpdLoo()));
        looTable.addRow(2, new Label("p_loo"), value("loo-p", loo.pLoo()), value(null, loo.sePLoo()));
        looTable.addRow(3, new Label("looic"), value("loo-looic", loo.looic()), value(null, loo.seLooic()));
        String warning = loo.warning();
        looWarning.setText(warning == null ? String.format(Locale.ROOT, "All Pareto k ≤ %.1f: the estimate is reliable.",
                LooResult.K_GOOD) : warning);
        looWarning.setStyle(warning == null ? "-fx-text-fill: #106010;" : "-fx-text-fill: #b00000;");
        paretoK = ParetoKFigure.of(WorkbenchFigures.name(problemId, "pareto-k"), loo);
        looBox.setCenter(new ChartPane(paretoK, saver));
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label value(String id, double v) {
        Label l = new Label(String.format(Locale.ROOT, "%.2f", v));
        l.setId(id);
        l.setStyle("-fx-font-family: monospace;");
        return l;
    }

    /** The Pareto-k figure of the last LOO, or null. */
    public Figure paretoKFigure() {
        return paretoK;
    }

    /** The Parameter view's panels (their picker is kept in step with the tab's). */
    public DiagnosticPanels parameter() {
        return parameter;
    }

    /** The pair plot. */
    public PairPlotPanel pair() {
        return pair;
    }

    /** The energy plot. */
    public EnergyPanel energy() {
        return energy;
    }

    /** The posterior predictive check. */
    public PpcPanel ppc() {
        return ppc;
    }

    /** The graph figure. */
    public DagFigure dag() {
        return dag;
    }
}
