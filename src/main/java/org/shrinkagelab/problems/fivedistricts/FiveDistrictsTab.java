package org.shrinkagelab.problems.fivedistricts;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.LazyTooltips;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.view.LooComparisonTable;
import org.shrinkagelab.workbench.view.ModelTab;
import org.shrinkagelab.workbench.view.PriorControls;

/**
 * The Five Districts tab on the workbench's {@link ModelTab}: the model and each level's parameterization,
 * the priors, the data (Open CSV…, new simulated data, the well-identified preset), the data figure with
 * fitted lines, the posteriors over their exact densities, and on demand the three-model comparison
 * (forest plot, LOO table) and the tau-prior sensitivity.
 */
public final class FiveDistrictsTab extends ModelTab<FiveDistrictsAnalysis, FiveDistrictsFigures> {
    /** The job key of the fit. */
    static final String KEY = "five-districts";
    /** The job key of the three-model comparison. */
    static final String COMPARE_KEY = "five-districts-compare";
    /** The job key of the tau-prior sensitivity. */
    static final String SENSITIVITY_KEY = "five-districts-sensitivity";
    /** The job key of the leave-one-district-out refits. */
    static final String LODO_KEY = "five-districts-lodo";
    /** Why the priors are what they are, shown under the controls. */
    static final String HELP = "Slopes are in points per hour. The model: improvement_j ~ N(beta_j × hours_j, "
            + "stderr_j) with stderr_j known; beta_j ~ N(beta_d, tau_s) for the schools of district d; beta_d ~ N(mu, "
            + "tau_d). Normal levels say no more than that slopes within a group are exchangeable, with a mean and a "
            + "spread. mu ~ N(0, 1): a program adding more than 2 points per hour studied (20 points for 10 hours) "
            + "would be implausible, and a negative slope (studying hurts) stays possible; 27 schools say far more "
            + "than this prior. tau_d, tau_s ~ half-normal(0.5): districts and schools may differ by a few tenths of "
            + "a point per hour, hardly by more than 1 (95% of the prior lies below 0.98). Its mode at 0 keeps no "
            + "spread (complete pooling) possible, and its light tail does not let a scale wander where the data "
            + "cannot measure it. The alternatives offered: half-Cauchy (heavy tail, the usual weakly informative "
            + "choice), exponential (more mass near 0), uniform (flat up to a hard bound); an inverse-gamma, which "
            + "pushes tau away from 0, is not. With one datum per school tau_s is barely identified: its posterior "
            + "leans on its prior, so move the sliders and see the Sensitivity view, which compares the four families.";
    /** The sentence on PSIS-LOO with one datum per school. */
    static final String LOO_NOTE = "One datum per school: leaving a school out removes everything known about its "
            + "own slope, so PSIS-LOO's importance weights can be heavy-tailed and Pareto k high (the figure's note counts them). "
            + "The honest "
            + "alternative is leave-one-district-out cross-validation: each model refitted without each district "
            + "and scored on that district's schools (“Leave one district out”, 15 refits).";

    private final ComboBox<String> model = new ComboBox<>();
    private final ComboBox<String> schools = new ComboBox<>();
    private final ComboBox<String> districts = new ComboBox<>();
    private final PriorControls priors;
    private final Label dataStatus = new Label();
    private final Label compareStatus = new Label("");
    private final Label sensitivityStatus = new Label("");
    private final Button compare = new Button("3 models");
    private final Button lodo = new Button("Leave one district out");
    private final Label lodoStatus = new Label("");
    private final Label lodoTable = new Label("");
    private final Button sensitivity = new Button("Tau priors");
    private final Button openCsv = new Button("Open CSV…");
    private final Button newData = new Button("New data");
    private final Button wellIdentified = new Button("Well-identified preset");
    private final LooComparisonTable looTable =
            new LooComparisonTable("Press “Compare models” to fit the three models and compare them");
    private long dataSeed = FiveDistrictsSimulation.SHIPPED_SEED;

    /** Builds the tab for the problem, submitting work through the context's service. */
    public FiveDistrictsTab(Problem problem, TabContext context) {
        this(problem, context, new FiveDistrictsFigures());
    }

    private FiveDistrictsTab(Problem problem, TabContext context, FiveDistrictsFigures figures) {
        super(problem, context, KEY, "Five Districts", figures, figures.figures(), figures.chains(), "tau_s");
        Settings defaults = problem.defaults();
        figures.setData(FiveDistrictsRequest.from(defaults).data());
        priors = new PriorControls(panel(), FiveDistrictsPriors.priors());
        previewWhile(priors.adjustingProperty());
        root().setLeft(controls(defaults));
        views();
        start();
    }

    @Override
    protected RunPlan plan(Settings settings, boolean preview) {
        FiveDistrictsRequest r = request(settings, preview);
        return new RunPlan(r.sampler(), r.declared().outputNames(), r.label());
    }

    @Override
    protected FiveDistrictsAnalysis analyse(Settings settings, boolean preview, LiveDraws live, JobContext ctx) {
        return FiveDistrictsFitter.fit(request(settings, preview), ctx, live);
    }

    private static FiveDistrictsRequest request(Settings settings, boolean preview) {
        FiveDistrictsRequest r = FiveDistrictsRequest.from(settings);
        return preview ? r.withSampler(SamplerOptions.preview(r.sampler())) : r;
    }

    @Override
    protected void showAnalysis(FiveDistrictsAnalysis a) {
        figures().update(a);
    }

    @Override
    protected void pickParameter(String name) {
        figures().showParameter(name);
    }

    private Node controls(Settings defaults) {
        choice(model, "model", SlopeModel.WORDS, defaults.text(FiveDistrictsRequest.MODEL),
                FiveDistrictsRequest.MODEL);
        choice(schools, "parameterization-schools", List.of("centered", "noncentered"),
                defaults.text(FiveDistrictsRequest.SCHOOLS), FiveDistrictsRequest.SCHOOLS);
        choice(districts, "parameterization-districts", List.of("centered", "noncentered"),
                defaults.text(FiveDistrictsRequest.DISTRICTS), FiveDistrictsRequest.DISTRICTS);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("model"), model);
        grid.addRow(1, new Label("school level"), schools);
        grid.addRow(2, new Label("district level"), districts);
        GridPane families = new GridPane();
        families.setHgap(6);
        families.setVgap(4);
        priors.addFamilyRows(families, 0);
        for (GridPane g : List.of(grid, families)) {
            javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
            label.setMinWidth(110);
            javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
            grow.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().addAll(label, grow);
        }
        openCsv.setId("open-csv");
        newData.setId("new-data");
        wellIdentified.setId("well-identified");
        compare.setId("compare-models");
        sensitivity.setId("sensitivity");
        dataStatus.setId("data-status");
        dataStatus.setWrapText(true);
        dataStatus.setText("shipped simulated data, seed " + dataSeed);
        openCsv.setOnAction(e -> openCsv());
        newData.setOnAction(e -> useData(DataOption.simulated(++dataSeed, false), "simulated data, seed " + dataSeed));
        wellIdentified.setOnAction(e -> useData(DataOption.simulated(dataSeed, true),
                "simulated data, seed " + dataSeed + ", well-identified (stderr 1 to 3)"));
        compare.setOnAction(e -> runComparison());
        LazyTooltips.install(compare, "Fit the pooled, independent and hierarchical models "
                + "and compare them (forest plot, PSIS-LOO)");
        LazyTooltips.install(sensitivity, "Fit the hierarchical model under half-normal, "
                + "half-Cauchy, exponential and uniform tau priors and overlay tau_d and tau_s");
        sensitivity.setOnAction(e -> runSensitivity());
        Label help = new Label(HELP);
        help.setWrapText(true);
        help.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        VBox data = new VBox(4, new javafx.scene.layout.HBox(6, openCsv, newData), wellIdentified, dataStatus);
        // The data before the priors: the priors' help text is long, and ends the column.
        return controls(List.of(compare, sensitivity), heading("Model"), grid, heading("Data"), data,
                heading("Priors"), families, priors.meaning(), priors.sliders(), priors.texts(), help);
    }

    /** Shows replaced settings (Reset, Load) in the model's choices and data; the prior controls follow by themselves. */
    @Override
    protected void settingsReplaced(Settings s) {
        model.setValue(s.text(FiveDistrictsRequest.MODEL));
        schools.setValue(s.text(FiveDistrictsRequest.SCHOOLS));
        districts.setValue(s.text(FiveDistrictsRequest.DISTRICTS));
        String data = s.text(DataOption.NAME);
        figures().setData(DataOption.parse(data));
        dataStatus.setText("data: " + data);
        looTable.getItems().clear();
    }

    private void choice(ComboBox<String> box, String id, List<String> items, String value, String option) {
        box.getItems().setAll(items);
        box.setValue(value);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                panel().set(option, v);
            }
        });
    }

    private void views() {
        GridPane posterior = ChartGrid.of(1, 3, 4, pane("mu-density"), pane("tau-d-density"), pane("tau-s-density"));
        GridPane dataView = ChartGrid.of(1, 1, 4, pane("data"));
        looTable.setId("loo-table");
        looTable.setPrefHeight(140);
        Label looNote = new Label(LOO_NOTE);
        looNote.setWrapText(true);
        compareStatus.setId("compare-status");
        sensitivityStatus.setId("sensitivity-status");
        lodo.setId("lodo");
        lodo.setOnAction(e -> runLodo());
        lodoStatus.setId("lodo-status");
        lodoTable.setId("lodo-table");
        lodoTable.setStyle("-fx-font-family: monospace;");
        VBox comparison = new VBox(6, pane("loo"), compareStatus, looTable, looNote,
                new javafx.scene.layout.HBox(8, lodo, lodoStatus), lodoTable);
        VBox.setVgrow(pane("loo"), Priority.ALWAYS);
        comparison.setPadding(new Insets(4));
        VBox sens = new VBox(6, ChartGrid.of(1, 2, 4, pane("sensitivity-tau-d"), pane("sensitivity-tau-s")),
                sensitivityStatus);
        VBox.setVgrow(sens.getChildren().get(0), Priority.ALWAYS);
        addView("Data and fits", "view-data", dataView);
        addView("Posterior", "view-posterior", posterior);
        addView("Diagnostics", "view-diagnostics", diagnosticsView(new Label("")));
        addView("Traces and ranks", "view-traces", tracesView());
        org.shrinkagelab.ui.PointIntervalChooser forestChoice =
                new org.shrinkagelab.ui.PointIntervalChooser(FiveDistrictsProblem.ID);
        forestChoice.choiceProperty().addListener((obs, old, c) -> {
            figures().setPointInterval(c);
            setTableInterval(c);
        });
        ChartPane forestPane = pane("forest");
        VBox forestView = new VBox(2, forestChoice, forestPane);
        VBox.setVgrow(forestPane, Priority.ALWAYS);
        forestView.setPadding(new Insets(2, 4, 0, 4));
        addView("Three models", "view-forest", forestView);
        addView("Model comparison", "view-comparison", comparison);
        addView("Sensitivity", "view-sensitivity", sens);
    }

    private void openCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Five Districts CSV (district,school,hours,improvement,stderr)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showOpenDialog(root().getScene().getWindow());
        if (file != null) {
            openCsv(file.toPath());
        }
    }

    /** Loads a user's CSV; on any error the message names file, line and column and the data stay as they were. */
    void openCsv(java.nio.file.Path file) {
        useData(file.toString(), "data from " + file.getFileName());
    }

    private void useData(String option, String description) {
        try {
            figures().setData(DataOption.parse(option));
        } catch (IllegalArgumentException e) {
            dataStatus.setText("Not loaded: " + e.getMessage());
            return;
        }
        dataStatus.setText(description);
        looTable.getItems().clear();
        panel().set(DataOption.NAME, option);
    }

    private void runComparison() {
        submit(COMPARE_KEY, "Three-model comparison", compareStatus, 3, FiveDistrictsFitter::compare, c -> {
            figures().updateComparison(c);
            looTable.show(c.table());
            return "Fitted the three models; best by elpd_loo: " + c.table().get(0).model();
        });
        selectView(4);
    }

    /** A finished cross-validation with the districts it held out, for the table. */
    private record Lodo(List<String> districts, List<LeaveOneDistrictOut.Result> results) {
    }

    private void runLodo() {
        int parts = SlopeModel.values().length * figuresData().districts().size();
        submit(LODO_KEY, "Leave one district out", lodoStatus, parts,
                (r, ctx) -> new Lodo(r.data().districts(), LeaveOneDistrictOut.run(r, ctx)), l -> {
                    lodoTable.setText(lodoText(l));
                    return "Refitted each model without each district (" + parts + " fits); elpd per held-out "
                            + "district:";
                });
    }

    private org.shrinkagelab.data.FiveDistrictsData figuresData() {
        return FiveDistrictsRequest.from(panel().getSettings()).data();
    }

    private static String lodoText(Lodo l) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s %9s %7s", "model", "elpd", "se"));
        for (String d : l.districts()) {
            sb.append(String.format(Locale.ROOT, " %8s", d));
        }
        for (LeaveOneDistrictOut.Result r : l.results()) {
            sb.append('\n').append(String.format(Locale.ROOT, "%-13s %9.2f %7.2f", r.model().word(), r.elpd(), r.se()));
            for (double v : r.byDistrict()) {
                sb.append(String.format(Locale.ROOT, " %8.2f", v));
            }
        }
        return sb.toString();
    }

    private void runSensitivity() {
        submit(SENSITIVITY_KEY, "Tau-prior sensitivity", sensitivityStatus, 4, FiveDistrictsFitter::sensitivity,
                fits -> {
                    figures().updateSensitivity(fits);
                    return "Hierarchical model under " + fits.size() + " tau priors";
                });
        selectView(6);
    }

    private <T> void submit(String key, String title, Label status, int parts,
                            java.util.function.BiFunction<FiveDistrictsRequest, JobContext, T> job,
                            Function<T, String> show) {
        FiveDistrictsRequest r;
        try {
            r = FiveDistrictsRequest.from(panel().getSettings());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText(title + ": " + parts + " fits of " + r.sampler().chains() + " chains…");
        setRunning(key, true);
        context().service().job(key, title, ctx -> job.apply(r, ctx))
                .onProgress(p -> status.setText(title + ", fit " + (p.part() + 1) + " of " + parts + ": "
                        + p.message()))
                .onSuccess(result -> {
                    setRunning(key, false);
                    status.setText(show.apply(result));
                })
                .onCancelled(() -> {
                    setRunning(key, false);
                    status.setText(title + " cancelled.");
                })
                .onFailure(e -> {
                    setRunning(key, false);
                    status.setText(title + " failed: " + org.shrinkagelab.ui.ErrorReporter.message(e));
                    context().errors().computeFailed(title, e);
                })
                .submit();
    }

    private ChartPane pane(String suffix) {
        return chart(FiveDistrictsFigures.ID + "-" + suffix);
    }

    /** The LOO table, for tests. */
    TableView<LooComparison.Row> looTable() {
        return looTable;
    }

    /** The leave-one-district-out table, for tests. */
    Label lodoTable() {
        return lodoTable;
    }

    /** The prior controls, for tests. */
    PriorControls priors() {
        return priors;
    }

    /** The data line under the data buttons, for tests. */
    Label dataStatus() {
        return dataStatus;
    }
}
