package org.shrinkagelab.workbench.view;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.shrinkagelab.charts.DagFigure;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.ParameterSummary;
import org.shrinkagelab.engine.sample.DrawsCsv;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.engine.sample.SamplerSettings;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.BaseProblemTab;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.CoalescedRequests;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.RunControls;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.ChainFigures;
import org.shrinkagelab.workbench.DiagnosticsVerdict;
import org.shrinkagelab.workbench.FitAnalysis;
import org.shrinkagelab.workbench.FitDiagnostics;
import org.shrinkagelab.workbench.LiveDiagnostics;
import org.shrinkagelab.workbench.ModelChecks;
import org.shrinkagelab.workbench.RunPhases;
import org.shrinkagelab.workbench.WorkbenchProblem;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.SummaryInterval;
import org.shrinkagelab.stats.PointInterval;
import org.shrinkagelab.workbench.SamplerStatistics;

/**
 * The base of every model tab on the workbench (see {@link org.shrinkagelab.workbench.WorkbenchProblem} for
 * how a tab is declared). It owns the sampler's parameter panel, the run on the shared service (a preview
 * while a slider is dragged, the full run on release, Cancel keeping the draws so far), per-chain progress,
 * the live trace with the running R-hat and bulk ESS of the picked parameter, the summary table, the
 * verdict, the sampler statistics, the parameter picker with the trace and rank views, and the draws
 * export. A subclass adds its model's controls, its own views and figures.
 *
 * <p>After the subclass's views come the shared ones ({@link #addWorkbenchViews()}): Parameter (one picker,
 * kept in step with {@link #parameterPicker()}, drives trace, rank, density and autocorrelation), Pair,
 * Energy, PPC, DAG and LOO. A problem gets all of them by being a {@link WorkbenchProblem} whose model
 * implements {@code Unconstrain} with {@code ReplicatedData} (PPC) and {@code PointwiseLogLikelihood} (LOO),
 * and whose {@code dag(Settings)} returns its graph.
 *
 * @param <A> the problem's analysis of a fit
 * @param <F> the class holding the problem's figures
 */
public abstract class ModelTab<A extends FitAnalysis, F> extends BaseProblemTab<F> {
    /** Height of the box of run messages (status, chain progress, verdict) above the controls. */
    private static final double RUN_MESSAGES_HEIGHT = 250;
    /** What the Auto-run toggle does, and what a slider still does with it off. */
    private static final String AUTO_RUN_TIP = "On: every change of settings samples again. Off: a change waits "
            + "for Run; dragging a slider still shows the quick preview (2 chains of 200 + 200 iterations), the "
            + "full run starts only when you press Run.";
    /** How often the live trace and running diagnostics are refreshed while sampling. */
    private static final Duration LIVE_REFRESH = Duration.millis(250);
    /** One daemon thread for the live diagnostics of every tab (it must not keep the application alive). */
    private static final Executor LIVE_EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-diagnostics");
        t.setDaemon(true);
        return t;
    });

    /**
     * What a run will do, known before it starts: its sampler settings, the model's output names (recorded
     * live) and a short description for the status line.
     *
     * @param sampler the sampler settings
     * @param outputs the model's output names
     * @param label   what is run, e.g. "NUTS, non-centered, tau ~ half-cauchy:2, 4×1000"
     * @param watched the output the live trace follows when neither the picked parameter nor the tab's initial
     *                one is among the outputs (null: the first output)
     */
    public record RunPlan(SamplerSettings sampler, List<String> outputs, String label, String watched) {
        /** A plan whose live trace falls back to the first output. */
        public RunPlan(SamplerSettings sampler, List<String> outputs, String label) {
            this(sampler, outputs, label, null);
        }
    }

    private static final String PREVIOUS_RUN = "Previous run: ";
    private static final String CANCELLED_IN_WARMUP =
            "Cancelled during warmup: no draws were kept; the figures show the previous run.";

    private final TabContext context;
    private final String key;
    private final String title;
    private final ChainFigures chains;
    private final ChainProgressView progress = new ChainProgressView();
    private final SummaryTableView table = new SummaryTableView();
    private final Label verdict = new Label("");
    private final VBox findings = new VBox(2);
    private final Label samplerStats = new Label("");
    private final Label status = new Label("");
    private final Label liveStats = new Label("");
    private final Button cancel = new Button("Cancel");
    private final Button export = new Button("Export draws…");
    private final ComboBox<String> parameterPicker = new ComboBox<>();
    private final TabPane views = new TabPane();
    private final Set<String> running = new HashSet<>();
    private final Timeline liveTimer = new Timeline(new KeyFrame(LIVE_REFRESH, e -> refreshLive()));
    private final String initialParameter;
    private final WorkbenchViews workbench;
    private final RunControls runControls;
    private final SettingsControls settingsControls;
    private LiveDraws live;
    /** The current plan's {@link RunPlan#watched()}. */
    private String liveWatched;
    private boolean liveBusy;
    /** The phases of the newest fit, set by its job when it starts (null until then). */
    private AtomicReference<RunPhases> runPhases = new AtomicReference<>();
    private A last;
    /** The width of the summary table's interval columns (the tab's forest chooser's). */
    private A shownInTable;
    private double tableLevel = PointInterval.DEFAULT.level();
    private final List<javafx.beans.property.ReadOnlyBooleanProperty> otherSliders = new java.util.ArrayList<>();
    /**
     * A drag's previews coalesced: one runs to its end and is shown while the newest settings wait, so a drag
     * faster than a preview shows a preview per run instead of cancelling each before it ends.
     */
    private final CoalescedRequests<Settings> previews = new CoalescedRequests<>(s -> submit(s, true));

    /**
     * A model tab; call {@link #start()} at the end of the subclass's constructor.
     *
     * @param problem   the problem (its defaults fill the sampler panel)
     * @param context   the shared service, saver and error reporter
     * @param key       the job key of the fit
     * @param title     the job's title, e.g. "Eight Schools MCMC"
     * @param figures   the problem's figures
     * @param all       every figure of the tab, named for export
     * @param chains    the trace and rank figures among them
     * @param parameter the parameter the picker shows first
     */
    protected ModelTab(Problem problem, TabContext context, String key, String title, F figures, List<Figure> all,
                       ChainFigures chains, String parameter) {
        this(problem, context, key, title, figures, all, chains, parameter,
                new WorkbenchViews(problem.id(), context.saver()));
    }

    private ModelTab(Problem problem, TabContext context, String key, String title, F figures, List<Figure> all,
                     ChainFigures chains, String parameter, WorkbenchViews workbench) {
        super(problem, figures, withWorkbench(all, workbench), samplerPanel(problem.defaults()), context.saver());
        this.workbench = workbench;
        this.context = context;
        this.key = key;
        this.title = title;
        this.chains = chains;
        this.initialParameter = parameter;
        parameterPicker.setId("trace-parameter");
        parameterPicker.getItems().setAll(parameter);
        parameterPicker.setValue(parameter);
        liveStats.setId("live-diagnostics");
        liveStats.setWrapText(true);
        showLiveStats(false);
        liveTimer.setCycleCount(Timeline.INDEFINITE);
        cancel.setId("cancel-run");
        cancel.setDisable(true);
        export.setId("export-draws");
        export.setDisable(true);
        verdict.setId("verdict");
        verdict.setWrapText(true);
        samplerStats.setId("sampler-stats");
        samplerStats.setWrapText(true);
        samplerStats.setStyle("-fx-font-family: monospace;");
        status.setId("run-status");
        status.setWrapText(true);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        runControls = new RunControls(problem.id(), panel(), () -> run(false), AUTO_RUN_TIP);
        settingsControls = new SettingsControls(problem.id(), problem.defaults(), panel(), runControls);
        settingsControls.setOnReplaced(this::settingsReplaced);
    }

    private static List<Figure> withWorkbench(List<Figure> own, WorkbenchViews workbench) {
        List<Figure> all = new java.util.ArrayList<>(own);
        all.addAll(workbench.figures());
        return List.copyOf(all);
    }

    /** A fit and the checks computed from it in the same job (null checks: not computed, as for a preview). */
    private record Finished<A>(A analysis, ModelChecks checks) {
    }

    private static ParameterPanel samplerPanel(Settings defaults) {
        return new ParameterPanel(defaults, SamplerOptions.only(defaults.specs(), SamplerOptions.SAMPLER_OPTIONS));
    }

    /** The run's plan for the settings (on the FX thread); an IllegalArgumentException names bad settings. */
    protected abstract RunPlan plan(Settings settings, boolean preview);

    /** Samples and analyses (off the FX thread), recording every iteration in {@code live}. */
    protected abstract A analyse(Settings settings, boolean preview, LiveDraws live, JobContext context);

    /** Shows a finished (or cancelled) fit in the problem's own figures (on the FX thread). */
    protected abstract void showAnalysis(A analysis);

    /** Shows the picked parameter in the trace and rank plots; a problem whose figures track the pick overrides it. */
    protected void pickParameter(String name) {
        if (last != null) {
            chains.show(last, name);
        }
    }

    /** Wires the shared controls, lays out the tab and starts the first run; the last call of a subclass constructor. */
    protected void start() {
        panel().settingsProperty().addListener((obs, old, s) -> settingsChanged());
        panel().adjustingProperty().addListener((obs, was, is) -> {
            if (!is) {
                runOnChange(false);
            }
        });
        cancel.setOnAction(e -> cancelRuns());
        export.setOnAction(e -> exportDraws());
        parameterPicker.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                pickParameter(v);
                if (workbench.parameter().picker().parameters().contains(v)) {
                    workbench.parameter().picker().select(v);
                }
            }
        });
        // One picker, as ShinyStan: the Parameter view's picker and the tab's stay on the same parameter.
        workbench.parameter().picker().selectedParameterProperty().addListener((obs, old, v) -> {
            if (v != null && parameterPicker.getItems().contains(v) && !v.equals(parameterPicker.getValue())) {
                parameterPicker.setValue(v);
            }
        });
        addWorkbenchViews();
        root().setCenter(views);
        run(false);
    }

    /** Called when the sampler panel's settings change; by default a run (a preview while a slider is dragged). */
    protected void settingsChanged() {
        runOnChange(adjusting());
    }

    /**
     * The run a change of settings asks for: a preview always (it is quick), the full run only with Auto-run
     * on; with it off the run row says that the settings wait for Run.
     */
    protected void runOnChange(boolean preview) {
        if (preview) {
            run(true);
        } else if (runControls.isAutoRun()) {
            run(false);
        } else {
            runControls.setPending(true);
        }
    }

    /**
     * Called after Reset or Load settings replaced every setting (the new ones already in the panel, their run
     * started): a tab whose own controls show some settings brings them in line. Nothing by default.
     */
    protected void settingsReplaced(Settings settings) {
    }

    /** Run, New seed and Auto-run. */
    public RunControls runControls() {
        return runControls;
    }

    /** Reset to defaults, Save settings and Load settings. */
    public SettingsControls settingsControls() {
        return settingsControls;
    }

    /**
     * Treats another control's sliders (e.g. {@link PriorControls}) as the sampler panel's: changes made while
     * one is dragged run a preview, and its release the full run.
     */
    protected void previewWhile(javafx.beans.property.ReadOnlyBooleanProperty dragging) {
        otherSliders.add(dragging);
        dragging.addListener((obs, was, is) -> {
            if (!is) {
                runOnChange(false);
            }
        });
    }

    /** True while a slider of the sampler panel or of a control given to {@link #previewWhile} is dragged. */
    protected boolean adjusting() {
        return panel().adjustingProperty().get() || otherSliders.stream().anyMatch(p -> p.get());
    }

    /**
     * Adds the shared views every model tab gets after the tab's own: Parameter, Pair, Energy, PPC, DAG and
     * LOO ({@link WorkbenchViews}); filled from every full or cancelled fit, the PPC and LOO from the model of
     * a {@link WorkbenchProblem} that implements the engine/model interfaces, the DAG from its {@code dag}.
     */
    protected void addWorkbenchViews() {
        workbench.addTo(this::addView);
    }

    /**
     * The model checks of a fit, computed in the fit's job (off the FX thread, cancellable): none for a
     * preview or for a problem that is not a {@link WorkbenchProblem}.
     */
    private ModelChecks checks(Settings settings, boolean preview, A analysis, JobContext ctx) {
        if (preview || !(problem() instanceof WorkbenchProblem wp)) {
            return null;
        }
        return ModelChecks.of(wp.model(settings), analysis.draws(), ctx);
    }

    /** Adds a view (a tab of the view pane) with an id for tests and automation. */
    protected Tab addView(String name, String id, Node content) {
        Tab t = new Tab(name, content);
        t.setId(id);
        views.getTabs().add(t);
        return t;
    }

    /** Selects the view at this index. */
    protected void selectView(int index) {
        views.getSelectionModel().select(index);
    }

    /**
     * The left column: the run box (Cancel, the problem's buttons, Export draws, status, progress, live
     * diagnostics, verdict), the model's controls, then the sampler's panel.
     */
    protected Node controls(List<Button> buttons, Node... model) {
        HBox row = new HBox(6, cancel);
        row.getChildren().addAll(buttons);
        row.getChildren().add(export);
        // The run's messages change length from run to run (a preview's verdict, a full run's findings, wrapped
        // chain lines): they scroll inside a box of fixed height so that the controls below never move.
        VBox messages = new VBox(6, status, progress, liveStats, verdict, findings);
        ScrollPane runMessages = new ScrollPane(messages);
        runMessages.setId("run-messages");
        runMessages.setFitToWidth(true);
        runMessages.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        runMessages.setMinHeight(RUN_MESSAGES_HEIGHT);
        runMessages.setPrefHeight(RUN_MESSAGES_HEIGHT);
        runMessages.setMaxHeight(RUN_MESSAGES_HEIGHT);
        VBox box = new VBox(6, heading("Run"), row, runMessages, new Separator());
        box.getChildren().addAll(model);
        box.getChildren().addAll(new Separator(), heading("Sampler"), panel(), settingsControls);
        box.setPadding(new Insets(8));
        box.setPrefWidth(390);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(330);
        scroll.setPrefWidth(400);
        return scroll;
    }

    /** The diagnostics view: the summary table above {@code beside} and the sampler statistics. */
    protected Node diagnosticsView(Node beside) {
        table.setPrefHeight(290);
        table.setMinHeight(200);
        ScrollPane statsBox = new ScrollPane(new VBox(6, heading("Sampler statistics"), samplerStats));
        statsBox.setFitToWidth(true);
        statsBox.setMinWidth(260);
        HBox lower = new HBox(6, beside, statsBox);
        HBox.setHgrow(beside, Priority.ALWAYS);
        VBox.setVgrow(lower, Priority.ALWAYS);
        VBox diagnostics = new VBox(6, table, table.legendView(), lower);
        diagnostics.setPadding(new Insets(4));
        return diagnostics;
    }

    /** The traces view: the parameter picker above the trace and rank plots. */
    protected Node tracesView() {
        HBox picker = new HBox(8, new Label("trace and rank plot of"), parameterPicker);
        picker.setPadding(new Insets(4));
        GridPane grid = ChartGrid.of(1, 2, 4, chartOf(chains.trace().chart()), chartOf(chains.rank().chart()));
        VBox traces = new VBox(2, picker, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return traces;
    }

    private org.shrinkagelab.ui.ChartPane chartOf(org.jfree.chart.JFreeChart chart) {
        return charts().stream().filter(c -> c.figure().chart() == chart).findFirst()
                .orElseThrow(() -> new IllegalStateException("the trace and rank figures must be among the tab's"));
    }

    /**
     * Samples under the panel's settings: a short preview (after the running preview, if one runs), or the full
     * run. The full run replaces any preview at once: a preview's draws would be replaced by the full run's
     * anyway, and it would take cores from it.
     */
    protected void run(boolean preview) {
        Settings settings = panel().getSettings();
        if (preview) {
            previews.request(settings);
        } else {
            previews.abandon();
            submit(settings, false);
        }
    }

    private void submit(Settings settings, boolean preview) {
        // a preview's every end lets the newest waiting preview start
        Runnable ended = preview ? previews::finished : () -> { };
        RunPlan plan;
        try {
            plan = plan(settings, preview);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            ended.run();
            return;
        }
        SamplerSettings s = plan.sampler();
        if (!preview) {
            runControls.setPending(false);
        }
        progress.reset(s.chains());
        status.setText((preview ? "Preview: " : "Sampling: ") + plan.label());
        setRunning(key, true);
        LiveDraws recording = new LiveDraws(plan.outputs(), s.chains(), s.warmup(), s.draws());
        liveWatched = plan.watched();
        startLive(recording);
        AtomicReference<RunPhases> phases = new AtomicReference<>();
        runPhases = phases;
        context.service().job(key, title, ctx -> {
            RunPhases p = new RunPhases(ctx);
            phases.set(p);
            A a = analyse(settings, preview, recording, p);
            return new Finished<>(a, checks(settings, preview, a, p));
        })
                .onProgress(p -> {
                    if (p.part() < 0) {
                        status.setText(phaseText(p.message()));
                    } else {
                        progress.show(p);
                    }
                })
                .onSuccess(f -> {
                    try {
                        stopLive(recording);
                        if (f.analysis().draws().shortestChain() == 0) {
                            // cancelled in warmup: a fit without draws must not replace the one shown
                            setRunning(key, false);
                            status.setText(CANCELLED_IN_WARMUP);
                            verdictOfPreviousRun();
                            return;
                        }
                        show(f.analysis());
                        showWorkbench(settings, f);
                    } finally {
                        ended.run();
                    }
                })
                .onCancelRequest(this::cancelRuns)
                .onCancelled(() -> {
                    stopLive(recording);
                    setRunning(key, false);
                    RunPhases p = phases.get();
                    // a cancel in warmup also ends in the analysis phase, which finds no draws to analyse
                    status.setText(p != null && p.phase() == RunPhases.Phase.ANALYSIS && recording.keptPerChain() > 0
                            ? "Cancelled while computing diagnostics: nothing of this run is shown; the figures "
                            + "show the previous run."
                            : CANCELLED_IN_WARMUP);
                    verdictOfPreviousRun();
                    ended.run();
                })
                .onFailure(e -> {
                    try {
                        stopLive(recording);
                        setRunning(key, false);
                        status.setText("Sampling failed: " + ErrorReporter.message(e));
                        context.errors().computeFailed(title, e);
                    } finally {
                        ended.run();
                    }
                })
                .submit();
    }

    /** Marks the verdict shown as the previous run's, since the chain rows above it now show the cancelled one. */
    private void verdictOfPreviousRun() {
        if (!verdict.getText().isEmpty() && !verdict.getText().startsWith(PREVIOUS_RUN)) {
            verdict.setText(PREVIOUS_RUN + verdict.getText());
        }
    }

    /**
     * Cancels what runs: the fit's phase now running (sampling: the chains stop and the draws so far are
     * summarized; diagnostics: they stop and nothing new is shown) and any other job of the tab.
     */
    private void cancelRuns() {
        previews.dropWaiting();
        for (String k : List.copyOf(running)) {
            if (!k.equals(key)) {
                context.service().cancel(k);
            }
        }
        if (!running.contains(key)) {
            return;
        }
        RunPhases p = runPhases.get();
        if (p == null) {
            context.service().cancel(key);
        } else if (p.cancel() == RunPhases.Phase.SAMPLING) {
            status.setText("Stopping the chains; then " + RunPhases.PARTIAL_DIAGNOSTICS
                    + " (Cancel again to drop them)…");
        } else {
            context.service().cancel(key);
            status.setText("Cancelling the diagnostics…");
        }
    }

    /** The run status for a job-wide progress message such as "computing diagnostics". */
    private static String phaseText(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1)
                + "… (Cancel stops this too)";
    }

    /**
     * The summary table's interval columns follow this choice's width (e.g. "25%" and "75%" for 50%); its
     * point estimate changes nothing there, the table showing both the mean and the median. A tab calls it
     * from its forest chooser. The quantiles are computed on the service (a sort per parameter).
     */
    public void setTableInterval(PointInterval choice) {
        tableLevel = choice.level();
        if (last != null) {
            showTable(last);
        }
    }

    /** The width of the summary table's interval columns. */
    public double tableInterval() {
        return tableLevel;
    }

    private void showTable(A a) {
        FitDiagnostics d = a.diagnostics();
        double level = tableLevel;
        String jobKey = key + ":summary-interval";
        SummaryInterval usual = SummaryInterval.usual(d.parameters());
        if (Math.abs(level - usual.level()) < 1e-12) {
            context.service().cancel(jobKey);
            table.show(usual, d.chains());
            return;
        }
        if (a != shownInTable) {
            table.show(usual, d.chains()); // the new fit's rows at once; their chosen interval follows
        }
        shownInTable = a;
        context.service().job(jobKey, title + ": summary intervals", ctx -> SummaryInterval.of(a, level, ctx))
                .onSuccess(iv -> {
                    if (last == a && tableLevel == level) {
                        table.show(iv, d.chains());
                    }
                })
                .submit();
    }

    private void show(A a) {
        last = a;
        setRunning(key, false);
        export.setDisable(false);
        FitDiagnostics d = a.diagnostics();
        String selected = parameterPicker.getValue();
        if (!parameterPicker.getItems().equals(a.plottable())) {
            parameterPicker.getItems().setAll(a.plottable());
        }
        showAnalysis(a);
        String first = a.plottable().contains(selected) ? selected : preferred(a);
        if (first.equals(parameterPicker.getValue())) {
            // The picker did not change, but the live trace replaced the fit's: show the fit again.
            pickParameter(first);
        }
        parameterPicker.setValue(first);
        showTable(a);
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
        samplerStats.setText(SamplerStatistics.text(d));
        status.setText((a.draws().complete() ? "Done: " : "Incomplete (cancelled after " + d.drawsPerChain()
                + " draws per chain): ") + a.label());
    }

    private void showWorkbench(Settings settings, Finished<A> f) {
        DagFigure.Graph graph = problem() instanceof WorkbenchProblem wp ? wp.dag(settings) : null;
        workbench.show(f.analysis().draws(), parameterPicker.getValue(), preferred(f.analysis()), graph, f.checks());
    }

    /**
     * The tab's initial parameter where the fit has it, else the first the summary reports: a model without it
     * (the asteroid mixture has no tau) opens on its own first parameter, not on a hidden sampler coordinate.
     */
    private String preferred(A a) {
        List<String> plottable = a.plottable();
        if (plottable.contains(initialParameter)) {
            return initialParameter;
        }
        for (ParameterSummary p : a.diagnostics().parameters()) {
            if (plottable.contains(p.name())) {
                return p.name();
            }
        }
        return plottable.get(0);
    }

    /** The shared views (Parameter, Pair, Energy, PPC, DAG, LOO). */
    public WorkbenchViews workbenchViews() {
        return workbench;
    }

    private void startLive(LiveDraws recording) {
        live = recording;
        liveStats.setText("");
        liveTimer.playFromStart();
    }

    private void stopLive(LiveDraws recording) {
        if (live == recording) {
            live = null;
            liveTimer.stop();
            showLiveStats(false);
        }
    }

    /** Redraws the live trace and the running R-hat and bulk ESS of the picked parameter from the draws so far. */
    private void refreshLive() {
        LiveDraws l = live;
        if (l == null || l.names().isEmpty() || liveBusy) {
            return;
        }
        String picked = parameterPicker.getValue();
        String name = picked != null && l.names().contains(picked) ? picked
                : l.names().contains(initialParameter) ? initialParameter
                : liveWatched != null && l.names().contains(liveWatched) ? liveWatched : l.names().get(0);
        // R-hat and ESS of long chains take a while: compute them off the FX thread, one refresh at a time.
        liveBusy = true;
        LIVE_EXECUTOR.execute(() -> {
            LiveDraws.Snapshot snapshot = l.snapshot(name);
            LiveDiagnostics d = LiveDiagnostics.of(snapshot);
            Platform.runLater(() -> {
                liveBusy = false;
                if (live == l) {
                    // Redrawing a hidden chart would cost the FX thread for nothing.
                    if (treeVisible(chartOf(chains.trace().chart()))) {
                        chains.showLive(snapshot, d);
                    }
                    liveStats.setText("live: " + d.text());
                    showLiveStats(true);
                }
            });
        });
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void showLiveStats(boolean shown) {
        liveStats.setVisible(shown);
        liveStats.setManaged(shown);
    }

    /** Marks a job (by key) as running or done; Cancel is enabled while any is running and cancels them all. */
    protected void setRunning(String jobKey, boolean isRunning) {
        if (isRunning) {
            running.add(jobKey);
        } else {
            running.remove(jobKey);
        }
        cancel.setDisable(running.isEmpty());
    }

    private void exportDraws() {
        if (last == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export draws as CSV");
        File dir = context.saver().lastDirectory().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        chooser.setInitialFileName(problem().id() + "-draws.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root().getScene().getWindow());
        if (file != null) {
            exportDraws(file.toPath());
        }
    }

    /** Writes the shown draws as CSV ({@code chain,draw,...}) on the service, reporting the outcome in the status line. */
    public void exportDraws(Path file) {
        A a = last;
        context.service().job("export:" + file, "Exporting draws", ctx -> {
            DrawsCsv.write(a.draws(), file);
            return file;
        }).onSuccess(p -> status.setText("Draws written to " + p))
                .onFailure(e -> context.errors().actionFailed("Could not export the draws", e))
                .submit();
    }

    /** The last analysis shown. */
    public A lastAnalysis() {
        return last;
    }

    /** The settings in force. */
    public Settings settings() {
        return panel().getSettings();
    }

    /** The shared context. */
    protected TabContext context() {
        return context;
    }

    /** The parameter picker that drives the trace and rank plots (and the views added later). */
    protected ComboBox<String> parameterPicker() {
        return parameterPicker;
    }

    /** A bold section heading. */
    protected static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        return l;
    }
}
