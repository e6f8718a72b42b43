package org.shrinkagelab.problems.kl;

import static org.shrinkagelab.ui.NumbersGrid.fourDecimals;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.BaseProblemTab;
import org.shrinkagelab.ui.NumbersGrid;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;

/** The KL divergence tab: sliders on the left, the two figures, the numbers and why the estimates miss. */
public final class KlTab extends BaseProblemTab<KlFigures> {
    private final TabContext context;
    private final NumbersGrid numbers = new NumbersGrid(14, 2, NumbersGrid.BOLD_MONOSPACE);
    private final Label klPq = numbers.addRow("D(p‖q), closed form", "kl-pq");
    private final Label klQp = numbers.addRow("D(q‖p), closed form", "kl-qp");
    private final Label histogram = numbers.addRow("histogram estimate of D(p‖q) (course)", "kl-histogram");
    private final Label plugin = numbers.addRow("plug-in estimate (fitted normals)", "kl-plugin");
    private final Label knn = numbers.value("kl-knn");
    private final Label knnName = new Label("k-NN estimate (Wang, Kulkarni, Verdú)");
    private final Label histogramNote = NumbersGrid.note("kl-histogram-note");
    private final Label knnNote = NumbersGrid.note("kl-knn-note");
    private final Label status = NumbersGrid.note("kl-status");
    private Settings submitted;

    /** Builds the tab and starts the first computation. */
    public KlTab(TabContext context) {
        this(context, new KlProblem(), new KlFigures());
    }

    private KlTab(TabContext context, KlProblem problem, KlFigures figures) {
        super(problem, figures, figures.figures(), new ParameterPanel(problem.defaults()), context.saver());
        this.context = context;
        ParameterPanel panel = panel();

        numbers.addRow(numbers.getRowCount(), knnName, knn);

        HBox chartRow = chartRow(520);
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        VBox numbersBox = new VBox(4, numbers, histogramNote, knnNote, status);
        numbersBox.setPadding(new Insets(4, 8, 8, 8));
        VBox center = new VBox(6, chartRow, numbersBox);
        center.setPadding(new Insets(6));

        root().setLeft(sidebar(new VBox(8, panel, SettingsControls.of(problem, panel, this::recompute)), 390));
        root().setCenter(center);

        panel.settingsProperty().addListener((obs, old, now) -> recompute());
        panel.adjustingProperty().addListener((obs, was, is) -> recompute());
        recompute();
    }

    /** Runs the full computation, or a preview with fewer samples while a slider is dragged. */
    private void recompute() {
        Settings full = panel().getSettings();
        Settings run = panel().adjustingProperty().get() ? KlModel.preview(full) : full;
        if (run.equals(submitted)) {
            return;
        }
        submitted = run;
        boolean preview = !run.equals(full);
        status.setText("Computing…");
        context.service().job("kl", "KL divergence", ctx -> KlModel.compute(run, ctx))
                .onSuccess(r -> show(r, preview ? full.integer("n") : 0))
                .onFailure(e -> {
                    status.setText("Computation failed: " + org.shrinkagelab.ui.ErrorReporter.message(e));
                    context.errors().computeFailed("KL divergence", e);
                })
                .submit();
    }

    /** Shows a result; fullN is the slider's n when the result is a preview, else 0. */
    private void show(KlResult r, int fullN) {
        figures().update(r);
        klPq.setText(fourDecimals(r.klPq()));
        klQp.setText(fourDecimals(r.klQp()));
        histogram.setText(fourDecimals(r.histogram().estimate()));
        plugin.setText(fourDecimals(r.plugin()));
        knnName.setText("k-NN estimate, k = " + r.k() + " (Wang, Kulkarni, Verdú)");
        knn.setText(fourDecimals(r.knn()));
        histogramNote.setText(r.histogramNote());
        knnNote.setText(r.knnNote());
        status.setText(fullN > 0
                ? String.format(Locale.ROOT, "Preview from n = %,d samples of each while the slider moves; n = %,d"
                        + " when it is released.", r.n(), fullN)
                : String.format(Locale.ROOT, "Estimates from n = %,d samples of each; nats throughout.", r.n()));
    }
}
