package org.shrinkagelab.problems.dyson;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.stats.PeriodogramPeak;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.view.ModelTab;

/**
 * The Dyson Spheres tab: the light curves as small multiples (shared or per-object scale), a chosen
 * object's periodogram with its false-alarm levels above the window function and its peaks table
 * (clicking a peak, or picking its row, folds the light curve there), and the hierarchical sinusoid
 * model on the workbench with each object's frequency in a window around its chosen peak.
 */
public final class DysonTab extends ModelTab<DysonAnalysis, DysonFigures> {
    /** The job key of the fit. */
    static final String KEY = "dyson-spheres";
    /** The job key of the periodograms. */
    static final String PERIODOGRAM_KEY = "dyson-spheres-periodograms";

    private final DysonProblem dyson;
    private final ComboBox<String> object = new ComboBox<>();
    private final CheckBox sharedScale = new CheckBox("shared flux scale");
    private final CheckBox midpoint = new CheckBox("phases referred to the data midpoint");
    private final TableView<PeakRow> peaks = new TableView<>();
    private final Button usePeak = new Button("Use this peak in the model");
    private final Label chosen = new Label();
    private final Label warnings = new Label();
    private final Label periodogramStatus = new Label("Computing periodograms…");
    private List<ObjectPeriodogram> periodograms;
    private boolean started;

    /** A row of the peaks table: its rank (1 = highest) and the peak. */
    public record PeakRow(int rank, PeriodogramPeak peak) {
    }

    /** Builds the tab for the problem, submitting work through the context's service. */
    public DysonTab(Problem problem, TabContext context) {
        this((DysonProblem) problem, context, new DysonFigures(((DysonProblem) problem).data()));
    }

    private DysonTab(DysonProblem problem, TabContext context, DysonFigures figures) {
        super(problem, context, KEY, "Dyson Spheres", figures, figures.figures(), figures.chains(), "alpha_1");
        this.dyson = problem;
        root().setLeft(controls(List.of(), heading("Data and periodogram"), dataControls(), heading("Model"),
                assumptions(), warnings, chosen));
        views();
        wire();
        figures.showLightCurves(true);
        computePeriodograms();
        start();
    }

    /**
     * The first run, when the tab opens, is a preview (2 chains of 200 + 200): the full run of the 12 objects
     * takes tens of seconds, so it waits for Run (beside the seed) or a change of settings.
     */
    @Override
    protected void run(boolean preview) {
        boolean first = !started;
        started = true;
        super.run(preview || first);
    }

    @Override
    protected RunPlan plan(Settings settings, boolean preview) {
        var s = preview ? SamplerOptions.preview(dyson.sampler(settings)) : dyson.sampler(settings);
        ((PeakChoice) settings.parsed(DysonProblem.PEAKS)).rank(0, dyson.data().size());
        // the periodograms (and so the windows) are computed on the service, not here on the FX thread
        List<String> outputs = DysonModel.outputNames(dyson.data(), DysonProblem.phases(settings));
        return new RunPlan(s, outputs, DysonProblem.label(settings, s));
    }

    @Override
    protected DysonAnalysis analyse(Settings settings, boolean preview, LiveDraws live, JobContext ctx) {
        return dyson.analyse(settings, preview ? SamplerOptions::preview : s -> s, ctx, live);
    }

    @Override
    protected void showAnalysis(DysonAnalysis a) {
        figures().update(a);
        warnings.setText(String.join("\n\n", a.warnings()));
        warnings.setVisible(!a.warnings().isEmpty());
        warnings.setManaged(!a.warnings().isEmpty());
        showChosen();
    }

    @Override
    protected void pickParameter(String name) {
        figures().showParameter(name);
    }

    private Node dataControls() {
        object.setId("dyson-object");
        object.getItems().setAll(dyson.data().names());
        object.setValue(dyson.data().names().get(0));
        sharedScale.setId("shared-scale");
        sharedScale.setSelected(true);
        midpoint.setId("reference-midpoint");
        midpoint.setSelected(true);
        periodogramStatus.setId("periodogram-status");
        periodogramStatus.setWrapText(true);
        HBox pick = new HBox(6, new Label("object"), object);
        return new VBox(4, pick, sharedScale, periodogramStatus);
    }

    private Node assumptions() {
        Label l = new Label("Each object's frequency lives in a window (± the half-width × 1/baseline) around its "
                + "chosen periodogram peak, the highest unless you pick another: the posterior is multimodal at "
                + "the daily aliases and the model explores only the chosen mode. Chains start inside the windows. "
                + "log f ~ N(μ_f, τ_f), log A ~ N(α_0 + α_1 log f, τ_A), phases uniform, or (option Phases) von Mises "
                + "around a common phase at t0 with an estimated concentration κ_φ.");
        l.setWrapText(true);
        l.setStyle("-fx-font-size: 11px; -fx-text-fill: #444;");
        chosen.setId("chosen-peaks");
        warnings.setId("dyson-warnings");
        warnings.setWrapText(true);
        warnings.setStyle("-fx-text-fill: #a04000; -fx-font-size: 11px;");
        warnings.setVisible(false);
        warnings.setManaged(false);
        chosen.setWrapText(true);
        return new VBox(4, l, midpoint);
    }

    private void views() {
        peaks.setId("peaks-table");
        peaks.setPlaceholder(new Label("Computing the periodogram…"));
        peaks.getColumns().add(column("#", r -> Integer.toString(r.rank())));
        peaks.getColumns().add(column("frequency (1/day)", r -> String.format(Locale.ROOT, "%.5f",
                r.peak().frequency())));
        peaks.getColumns().add(column("power", r -> String.format(Locale.ROOT, "%.4f", r.peak().power())));
        peaks.getColumns().add(column("FAP", r -> String.format(Locale.ROOT, "%.3g", r.peak().falseAlarmProbability())));
        peaks.getColumns().add(column("alias_of", r -> r.peak().alias() == null ? ""
                : String.format(Locale.ROOT, "%.5f (%s)", r.peak().aliasOf(), r.peak().alias())));
        peaks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.shrinkagelab.ui.TableClipboard.install(peaks);
        peaks.setPrefHeight(210);
        usePeak.setId("use-peak");
        usePeak.setDisable(true);
        GridPane charts = ChartGrid.of(2, 1, 4, chart(DysonFigures.ID + "-periodogram"),
                chart(DysonFigures.ID + "-folded"));
        VBox periodogramView = new VBox(4, charts, new HBox(8, usePeak), peaks);
        VBox.setVgrow(charts, Priority.ALWAYS);
        periodogramView.setPadding(new Insets(4));
        addView("Light curves", "view-light-curves", chart(DysonFigures.ID + "-light-curves"));
        addView("Periodogram", "view-periodogram", periodogramView);
        addView("Correlations", "view-correlations", ChartGrid.of(2, 1, 4, chart(DysonFigures.ID + "-correlation"),
                chart(DysonFigures.ID + "-population")));
        addView("Diagnostics", "view-diagnostics", diagnosticsView(new VBox()));
        addView("Traces and ranks", "view-traces", tracesView());
    }

    private static TableColumn<PeakRow, String> column(String title, java.util.function.Function<PeakRow, String> f) {
        TableColumn<PeakRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        c.setSortable(false);
        return c;
    }

    private void wire() {
        sharedScale.selectedProperty().addListener((obs, was, is) -> figures().showLightCurves(is));
        object.valueProperty().addListener((obs, old, v) -> showObject());
        peaks.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            usePeak.setDisable(row == null);
            if (row != null) {
                fold(row.peak().frequency());
            }
        });
        usePeak.setOnAction(e -> useSelectedPeak());
        midpoint.selectedProperty().addListener((obs, was, is) ->
                panel().set(DysonProblem.REFERENCE, is ? "midpoint" : "zero"));
        chart(DysonFigures.ID + "-periodogram").viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                clickPeriodogram(event.getEntity());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks pick a peak
            }
        });
    }

    /** A click on the periodogram picks the peak nearest the clicked point's frequency. */
    private void clickPeriodogram(ChartEntity entity) {
        if (entity instanceof XYItemEntity item && !peaks.getItems().isEmpty()) {
            pickFrequency(item.getDataset().getXValue(item.getSeriesIndex(), item.getItem()));
        }
    }

    /** Selects the listed peak nearest frequency f (folding the light curve there). */
    void pickFrequency(double f) {
        PeakRow best = null;
        for (PeakRow r : peaks.getItems()) {
            if (best == null || Math.abs(r.peak().frequency() - f) < Math.abs(best.peak().frequency() - f)) {
                best = r;
            }
        }
        peaks.getSelectionModel().select(best);
    }

    private void fold(double f) {
        int k = object.getSelectionModel().getSelectedIndex();
        figures().showFolded(dyson.data().curve(k), f, dyson.reference(settings()));
    }

    private void useSelectedPeak() {
        PeakRow row = peaks.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        int k = object.getSelectionModel().getSelectedIndex();
        PeakChoice current = (PeakChoice) settings().parsed(DysonProblem.PEAKS);
        panel().set(DysonProblem.PEAKS, current.with(k, row.rank() - 1, dyson.data().size()));
        showChosen();
    }

    private void computePeriodograms() {
        setRunning(PERIODOGRAM_KEY, true);
        context().service().job(PERIODOGRAM_KEY, "Dyson Spheres periodograms", ctx -> dyson.periodograms(ctx))
                .onSuccess(p -> {
                    setRunning(PERIODOGRAM_KEY, false);
                    periodograms = p;
                    periodogramStatus.setText("Exact Lomb-Scargle periodograms of " + p.size()
                            + " objects (Baluev false-alarm probabilities). Click a peak to fold.");
                    showObject();
                })
                .onCancelled(() -> {
                    setRunning(PERIODOGRAM_KEY, false);
                    periodogramStatus.setText("Periodograms cancelled.");
                })
                .onFailure(e -> {
                    setRunning(PERIODOGRAM_KEY, false);
                    periodogramStatus.setText("Periodograms failed.");
                    context().errors().computeFailed("Dyson Spheres periodograms", e);
                })
                .submit();
    }

    private void showObject() {
        int k = object.getSelectionModel().getSelectedIndex();
        figures().showCorrelation(k);
        if (periodograms == null || k < 0) {
            return;
        }
        ObjectPeriodogram p = periodograms.get(k);
        figures().showPeriodogram(p);
        List<PeriodogramPeak> list = p.analysis().peaks();
        peaks.getItems().setAll(java.util.stream.IntStream.range(0, list.size())
                .mapToObj(i -> new PeakRow(i + 1, list.get(i))).toList());
        PeakChoice choice = (PeakChoice) settings().parsed(DysonProblem.PEAKS);
        peaks.getSelectionModel().select(choice.rank(k, dyson.data().size()));
        showChosen();
    }

    private void showChosen() {
        if (periodograms == null) {
            return;
        }
        PeakChoice choice = (PeakChoice) settings().parsed(DysonProblem.PEAKS);
        StringBuilder b = new StringBuilder("Model windows centred on peak:");
        for (int k = 0; k < periodograms.size(); k++) {
            int r = choice.rank(k, periodograms.size());
            b.append(String.format(Locale.ROOT, "%n%s #%d %.4f/day", dyson.data().names().get(k), r + 1,
                    periodograms.get(k).peakFrequency(r)));
        }
        chosen.setText(b.toString());
    }

    /** The peaks table, for tests. */
    TableView<PeakRow> peaksTable() {
        return peaks;
    }
}
