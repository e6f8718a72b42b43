package org.shrinkagelab.problems.eightschools.mcmc;

import org.shrinkagelab.workbench.view.ChainProgressView;
import org.shrinkagelab.workbench.view.SummaryTableView;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.DiagnosticsVerdict;
import org.shrinkagelab.workbench.TauPriorChoice;
import org.shrinkagelab.workbench.Parameterization;
import org.shrinkagelab.workbench.Population;
import org.shrinkagelab.workbench.TauPrior;
import org.shrinkagelab.data.EightSchoolsData;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.sample.DrawsCsv;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.workbench.TauPrior.Family;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.TabContext;

/**
 * The Eight Schools MCMC tab: priors, parameterization and sampler on the left; the posterior,
 * the diagnostics and the hyperprior comparison on the right. Every change re-samples through the
 * shared service (a short preview while a slider is dragged, the full run on release).
 */
public final class EightSchoolsMcmcTab implements ProblemTab {
    /** The job key of the fit. */
    static final String KEY = "eight-schools-mcmc";
    /** The job key of the hyperprior comparison. */
    static final String SENSITIVITY_KEY = "eight-schools-mcmc-sensitivity";

    private final Problem problem;
    private final TabContext context;
    private final EightSchoolsData data = EightSchoolsData.bundled();
    private final EightSchoolsMcmcFigures figures = new EightSchoolsMcmcFigures(data);
    private final List<ChartPane> charts = new ArrayList<>();
    private final ParameterPanel panel;
    private final ParameterPanel priorPanel;
    private final ComboBox<String> tauFamily = new ComboBox<>();
    private final Label tauScaleMeaning = new Label();
    private final ComboBox<String> populationBox = new ComboBox<>();
    private final ToggleButton centered = new ToggleButton("centered");
    private final ToggleButton nonCentered = new ToggleButton("non-centered");
    private final ChainProgressView progress = new ChainProgressView();
    private final SummaryTableView table = new SummaryTableView();
    private final Label verdict = new Label("");
    private final VBox findings = new VBox(2);
    private final Label samplerStats = new Label("");
    private final Label status = new Label("");
    private final Label sensitivityStatus = new Label("");
    private final Button cancel = new Button("Cancel");
    private final Button compare = new Button("Compare hyperpriors");
    private final Button export = new Button("Export draws…");
    private final ComboBox<String> traceParameter = new ComboBox<>();
    private final ComboBox<Integer> funnelSchool = new ComboBox<>();
    private final TableView<SensitivityResult.Fit> sensitivityTable = new TableView<>();
    private final TabPane views = new TabPane();
    private final BorderPane root = new BorderPane();
    private boolean applying;
    private boolean fitRunning;
    private boolean compareRunning;
    private McmcAnalysis last;

    /** Builds the tab for the problem, submitting work through the context's service. */
    public EightSchoolsMcmcTab(Problem problem, TabContext context) {
        this.problem = problem;
        this.context = context;
        Settings defaults = problem.defaults();
        panel = new ParameterPanel(defaults, SamplerOptions.only(defaults.specs(), SamplerOptions.SAMPLER_OPTIONS));
        priorPanel = new ParameterPanel(PriorSliders.fromOptions(defaults));
        for (Figure f : figures.figures()) {
            charts.add(new ChartPane(f, context.saver()));
        }
        root.setLeft(controls(defaults));
        root.setCenter(views());
        wire();
        PoolingCheck pooling = new PoolingCheck(data);
        figures.updatePooling(pooling, pooling.simulate(EightSchoolsMcmcFigures.POOLING_REPLICATIONS,
                EightSchoolsMcmcFigures.POOLING_SEED));
        run(false);
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

    /** The figures shown, for tests. */
    EightSchoolsMcmcFigures figures() {
        return figures;
    }

    /** The settings in force, for tests. */
    Settings settings() {
        return panel.getSettings();
    }

    /** The sampler parameter panel, for tests. */
    ParameterPanel panel() {
        return panel;
    }

    /** The prior sliders, for tests. */
    ParameterPanel priorPanel() {
        return priorPanel;
    }

    /** The last analysis shown, for tests. */
    McmcAnalysis lastAnalysis() {
        return last;
    }

    private Node controls(Settings defaults) {
        Label model = heading("Model");
        ToggleGroup group = new ToggleGroup();
        centered.setToggleGroup(group);
        nonCentered.setToggleGroup(group);
        centered.setId("parameterization-centered");
        nonCentered.setId("parameterization-noncentered");
        centered.setTooltip(new Tooltip("theta_j ~ N(mu, tau): the sampler must follow the funnel"));
        nonCentered.setTooltip(new Tooltip("theta_j = mu + tau * eta_j, eta_j ~ N(0, 1): no funnel"));
        boolean isCentered = Parameterization.parse(defaults.text(SamplerOptions.PARAMETERIZATION))
                == Parameterization.CENTERED;
        (isCentered ? centered : nonCentered).setSelected(true);
        centered.setMaxWidth(Double.MAX_VALUE);
        nonCentered.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(centered, Priority.ALWAYS);
        HBox.setHgrow(nonCentered, Priority.ALWAYS);
        HBox toggle = new HBox(0, centered, nonCentered);

        TauPrior tau = TauPrior.parse(defaults.text(McmcSettings.TAU_PRIOR));
        for (Family f : Family.values()) {
            tauFamily.getItems().add(f.id());
        }
        tauFamily.setValue(tau.family().id());
        tauFamily.setId("tau-family");
        tauFamily.setMaxWidth(Double.MAX_VALUE);
        tauScaleMeaning.setText(scaleMeaning(tau.family()));
        tauScaleMeaning.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        populationBox.getItems().addAll("normal", "student-t");
        populationBox.setValue(Population.parse(defaults.text(McmcSettings.POPULATION)).isNormal()
                ? "normal" : "student-t");
        populationBox.setId("population-family");
        populationBox.setMaxWidth(Double.MAX_VALUE);
        GridPane choices = new GridPane();
        choices.setHgap(6);
        choices.setVgap(4);
        choices.addRow(0, new Label("parameterization"), toggle);
        choices.addRow(1, new Label("tau prior family"), tauFamily);
        choices.addRow(2, new Label("population"), populationBox);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        choices.getColumnConstraints().addAll(c0, c1);

        cancel.setId("cancel-run");
        cancel.setDisable(true);
        compare.setId("compare-priors");
        compare.setTooltip(new Tooltip("Fit the model under every tau hyperprior family at its default scale "
                + "and overlay the posteriors"));
        export.setId("export-draws");
        export.setDisable(true);
        HBox buttons = new HBox(6, cancel, compare, export);
        verdict.setId("verdict");
        verdict.setWrapText(true);
        samplerStats.setId("sampler-stats");
        samplerStats.setWrapText(true);
        status.setId("run-status");
        status.setWrapText(true);

        samplerStats.setStyle("-fx-font-family: monospace;");
        VBox box = new VBox(6, heading("Run"), buttons, status, progress, verdict, findings, new Separator(), model,
                choices, tauScaleMeaning, priorPanel, new Separator(), heading("Sampler"), panel);
        box.setPadding(new Insets(8));
        box.setPrefWidth(390);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(330);
        scroll.setPrefWidth(400);
        return scroll;
    }

    private Node views() {
        traceParameter.setId("trace-parameter");
        traceParameter.getItems().setAll("tau");
        traceParameter.setValue("tau");
        funnelSchool.setId("funnel-school");
        for (int j = 1; j <= data.size(); j++) {
            funnelSchool.getItems().add(j);
        }
        funnelSchool.setValue(1);

        GridPane posterior = ChartGrid.of(2, 2, 4, chart("forest"), chart("tau-density"), chart("mu-density"),
                chart("pooling-min-max"));

        table.setPrefHeight(290);
        table.setMinHeight(200);
        HBox schoolPicker = new HBox(8, new Label("funnel: theta of school"), funnelSchool);
        VBox funnelBox = new VBox(2, schoolPicker, chart("funnel"));
        VBox.setVgrow(chart("funnel"), Priority.ALWAYS);
        ScrollPane statsBox = new ScrollPane(new VBox(6, heading("Sampler statistics"), samplerStats));
        statsBox.setFitToWidth(true);
        statsBox.setMinWidth(260);
        HBox lower = new HBox(6, funnelBox, statsBox);
        HBox.setHgrow(funnelBox, Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        VBox diagnostics = new VBox(6, table, lower);
        diagnostics.setPadding(new Insets(4));

        HBox parameterPicker = new HBox(8, new Label("trace and rank plot of"), traceParameter);
        parameterPicker.setPadding(new Insets(4));
        GridPane chains = ChartGrid.of(1, 2, 4, chart("trace"), chart("rank"));
        VBox traces = new VBox(2, parameterPicker, chains);
        VBox.setVgrow(chains, Priority.ALWAYS);

        sensitivityTable.setId("sensitivity-table");
        sensitivityTable.setPlaceholder(new Label("Press “Compare hyperpriors” to fit the model under every family"));
        sensitivityTable.getColumns().add(column("tau prior", SensitivityResult.Fit::prior));
        sensitivityTable.getColumns().add(column("tau mean", f -> num(f.tau().mean())));
        sensitivityTable.getColumns().add(column("tau 90% interval", f -> interval(f.tau().q5(), f.tau().q95())));
        sensitivityTable.getColumns().add(column("theta[1] mean", f -> num(f.theta1().mean())));
        sensitivityTable.getColumns().add(column("theta[1] 90% interval",
                f -> interval(f.theta1().q5(), f.theta1().q95())));
        sensitivityTable.getColumns().add(column("divergences", f -> Integer.toString(f.divergences())));
        sensitivityTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sensitivityTable.setPrefHeight(220);
        sensitivityStatus.setId("sensitivity-status");
        GridPane overlays = ChartGrid.of(2, 1, 4, chart("sensitivity-tau"), chart("sensitivity-theta1"));
        VBox sensitivity = new VBox(6, overlays, sensitivityStatus, sensitivityTable);
        VBox.setVgrow(overlays, Priority.ALWAYS);
        sensitivity.setPadding(new Insets(4));

        Tab p = new Tab("Posterior", posterior);
        Tab d = new Tab("Diagnostics", diagnostics);
        Tab t = new Tab("Traces and ranks", traces);
        Tab s = new Tab("Sensitivity", sensitivity);
        p.setId("view-posterior");
        d.setId("view-diagnostics");
        t.setId("view-traces");
        s.setId("view-sensitivity");
        views.getTabs().addAll(p, d, t, s);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return views;
    }

    private void wire() {
        panel.settingsProperty().addListener((obs, old, s) -> {
            if (!applying) {
                run(panel.adjustingProperty().get() || priorPanel.adjustingProperty().get());
            }
        });
        panel.adjustingProperty().addListener((obs, was, is) -> {
            if (!is) {
                run(false);
            }
        });
        priorPanel.settingsProperty().addListener((obs, old, s) -> applyPriors());
        priorPanel.adjustingProperty().addListener((obs, was, is) -> {
            if (!is) {
                run(false);
            }
        });
        tauFamily.valueProperty().addListener((obs, old, f) -> {
            Family family = TauPriorChoice.family(f);
            tauScaleMeaning.setText(scaleMeaning(family));
            applying = true;
            try {
                priorPanel.set(PriorSliders.TAU_SCALE, TauPriorChoice.defaultScale(family));
            } finally {
                applying = false;
            }
            applyPriors();
        });
        populationBox.valueProperty().addListener((obs, old, v) -> applyPriors());
        centered.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                panel.set(SamplerOptions.PARAMETERIZATION, Parameterization.CENTERED.toString());
            }
        });
        nonCentered.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                panel.set(SamplerOptions.PARAMETERIZATION, Parameterization.NONCENTERED.toString());
            }
        });
        // A toggle group lets the selected button be clicked off; keep one always selected.
        centered.setOnAction(e -> centered.setSelected(true));
        nonCentered.setOnAction(e -> nonCentered.setSelected(true));
        cancel.setOnAction(e -> {
            context.service().cancel(KEY);
            context.service().cancel(SENSITIVITY_KEY);
        });
        compare.setOnAction(e -> compareHyperpriors());
        export.setOnAction(e -> exportDraws());
        traceParameter.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                figures.showParameter(v);
            }
        });
        funnelSchool.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                figures.showFunnelSchool(v);
            }
        });
    }

    /** Writes the prior sliders and family choices into the options, then runs once. */
    private void applyPriors() {
        if (applying) {
            return;
        }
        Settings sliders = priorPanel.getSettings();
        Family family = TauPriorChoice.family(tauFamily.getValue());
        boolean wasApplying = applying;
        applying = true;
        boolean changed;
        try {
            changed = setIfDifferent(McmcSettings.TAU_PRIOR, PriorSliders.tauPrior(family, sliders))
                    | setIfDifferent(McmcSettings.MU_PRIOR, PriorSliders.muPrior(sliders))
                    | setIfDifferent(McmcSettings.POPULATION,
                    PriorSliders.population("student-t".equals(populationBox.getValue()), sliders));
        } finally {
            applying = wasApplying;
        }
        if (changed) {
            run(priorPanel.adjustingProperty().get());
        }
    }

    private boolean setIfDifferent(String option, String text) {
        if (text.equals(panel.getSettings().text(option))) {
            return false;
        }
        return panel.set(option, text);
    }

    private void run(boolean preview) {
        McmcSettings request;
        try {
            request = McmcSettings.from(panel.getSettings());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        McmcSettings r = preview ? McmcFitter.preview(request) : request;
        progress.reset(r.sampler().chains());
        status.setText((preview ? "Preview: " : "Sampling: ") + McmcFitter.label(r));
        fitRunning = true;
        updateCancel();
        context.service().job(KEY, "Eight Schools MCMC", ctx -> McmcFitter.fit(r, ctx))
                .onProgress(progress::show)
                .onSuccess(this::show)
                .onCancelled(() -> {
                    fitRunning = false;
                    updateCancel();
                    status.setText("Cancelled during warmup: no draws were kept; the figures show the previous run.");
                })
                .onFailure(e -> {
                    fitRunning = false;
                    updateCancel();
                    status.setText("Sampling failed: " + org.shrinkagelab.ui.ErrorReporter.message(e));
                    context.errors().computeFailed("Eight Schools MCMC", e);
                })
                .submit();
    }

    private void show(McmcAnalysis a) {
        last = a;
        fitRunning = false;
        updateCancel();
        export.setDisable(false);
        FitDiagnostics d = a.diagnostics();
        String selected = traceParameter.getValue();
        if (!traceParameter.getItems().equals(a.plottable())) {
            traceParameter.getItems().setAll(a.plottable());
        }
        figures.update(a);
        traceParameter.setValue(a.plottable().contains(selected) ? selected : "tau");
        table.show(d.parameters(), d.chains());
        progress.finish(d);
        DiagnosticsVerdict v = DiagnosticsVerdict.of(d);
        verdict.setText(v.headline());
        verdict.setStyle(v.ok() ? "-fx-text-fill: #106010; -fx-font-weight: bold;"
                : "-fx-text-fill: #b00000; -fx-font-weight: bold;");
        findings.getChildren().clear();
        for (String f : v.findings().subList(Math.min(1, v.findings().size()), v.findings().size())) {
            Label l = new Label("• " + f);
            l.setWrapText(true);
            findings.getChildren().add(l);
        }
        samplerStats.setText(samplerText(d));
        status.setText((a.draws().complete() ? "Done: " : "Incomplete (cancelled after " + d.drawsPerChain()
                + " draws per chain): ") + a.label());
    }

    private void updateCancel() {
        cancel.setDisable(!fitRunning && !compareRunning);
    }

    private static String samplerText(FitDiagnostics d) {
        StringBuilder sb = new StringBuilder();
        sb.append("divergences: ").append(d.divergences()).append(" (per chain ")
                .append(Arrays.stream(d.divergencesPerChain()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "))).append(")\n");
        sb.append("transitions at max tree depth ").append(d.maxTreedepth()).append(": ").append(d.treedepthHits())
                .append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-6s %10s %8s %6s%n", "chain", "step size", "E-BFMI", "div."));
        for (int c = 0; c < d.chains(); c++) {
            sb.append(String.format(Locale.ROOT, "%-6d %10s %8s %6d%n", c + 1, fmt(d.stepSize()[c]),
                    fmt(d.ebfmi()[c]), d.divergencesPerChain()[c]));
        }
        sb.append("\nE-BFMI below 0.3 flags poor energy exploration.");
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "NA";
    }

    private void compareHyperpriors() {
        McmcSettings request;
        try {
            request = McmcSettings.from(panel.getSettings());
        } catch (IllegalArgumentException e) {
            sensitivityStatus.setText(e.getMessage());
            return;
        }
        List<TauPrior> priors = TauPriorChoice.comparisonPriors(request.tauPrior());
        views.getSelectionModel().select(3);
        sensitivityStatus.setText("Fitting " + priors.size() + " hyperpriors, " + request.sampler().chains()
                + " chains each…");
        compareRunning = true;
        updateCancel();
        context.service().job(SENSITIVITY_KEY, "Hyperprior comparison", ctx -> McmcFitter.compare(request, priors, ctx))
                .onProgress(p -> {
                    if (p.part() >= 0 && p.part() < priors.size()) {
                        sensitivityStatus.setText(priors.get(p.part()) + ": " + p.message());
                    }
                })
                .onSuccess(r -> {
                    compareRunning = false;
                    updateCancel();
                    figures.updateSensitivity(r);
                    sensitivityTable.getItems().setAll(r.fits());
                    boolean complete = r.fits().stream().allMatch(SensitivityResult.Fit::complete);
                    sensitivityStatus.setText((complete ? "" : "Incomplete (cancelled): ") + priors.size()
                            + " hyperpriors fitted, " + McmcFitter.label(request).replaceAll("tau ~ [^,]*, ", ""));
                })
                .onCancelled(() -> {
                    compareRunning = false;
                    updateCancel();
                    sensitivityStatus.setText("Comparison cancelled before any draws were kept.");
                })
                .onFailure(e -> {
                    compareRunning = false;
                    updateCancel();
                    sensitivityStatus.setText("Comparison failed: " + org.shrinkagelab.ui.ErrorReporter.message(e));
                    context.errors().computeFailed("Hyperprior comparison", e);
                })
                .submit();
    }

    private void exportDraws() {
        McmcAnalysis a = last;
        if (a == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export draws as CSV");
        File dir = context.saver().lastDirectory().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        chooser.setInitialFileName("eight-schools-mcmc-draws.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportDraws(file.toPath());
        }
    }

    /** Writes the shown draws as CSV on the service, reporting the outcome in the status line. */
    void exportDraws(Path file) {
        McmcAnalysis a = last;
        context.service().job("export:" + file, "Exporting draws", ctx -> {
            DrawsCsv.write(a.draws(), file);
            return file;
        }).onSuccess(p -> status.setText("Draws written to " + p))
                .onFailure(e -> context.errors().actionFailed("Could not export the draws", e))
                .submit();
    }

    private ChartPane chart(String suffix) {
        String name = EightSchoolsMcmcFigures.ID + "-" + suffix;
        return charts.stream().filter(c -> c.figure().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figure " + name));
    }


    private static String scaleMeaning(Family family) {
        return "tau prior scale below: the " + family.id() + "'s " + TauPriorChoice.scaleMeaning(family);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        return l;
    }

    private static TableColumn<SensitivityResult.Fit, String> column(String title,
            java.util.function.Function<SensitivityResult.Fit, String> value) {
        TableColumn<SensitivityResult.Fit, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String interval(Double lo, Double hi) {
        return "[" + num(lo) + ", " + num(hi) + "]";
    }
}
