package org.shrinkagelab.problems.entropy;

import static org.shrinkagelab.ui.NumbersGrid.fourDecimals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.BaseProblemTab;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.NumbersGrid;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;

/**
 * The entropy tab: x ~ N(m, S) and A from sliders; a singular A is refused here (the panel checks
 * ranges only) with a message, and the previous A is put back.
 */
public final class EntropyTab extends BaseProblemTab<EntropyFigures> {
    private static final List<String> MATRIX = List.of("a11", "a12", "a21", "a22");

    private final EntropyProblem problem;
    private final TabContext context;
    private final NumbersGrid numbers = new NumbersGrid(16, 2, NumbersGrid.MONOSPACE);
    private final Label hX = numbers.value("entropy-h-x");
    private final Label hAx = numbers.value("entropy-h-ax");
    private final Label logDet = numbers.value("entropy-log-det");
    private final Label hXSample = numbers.value("entropy-h-x-sample");
    private final Label hAxSample = numbers.value("entropy-h-ax-sample");
    private final Label differenceSample = numbers.value("entropy-difference-sample");
    private final Label sampleHeader = new Label("sample estimate");
    private final Label refusal = new Label();
    private final Label status = NumbersGrid.note("entropy-status");
    private final Label stretch = NumbersGrid.note("entropy-stretch-note");
    private Settings accepted;
    private boolean reverting;
    private Settings submitted;

    /** Builds the tab and starts the first computation. */
    public EntropyTab(TabContext context) {
        this(context, new EntropyProblem(), new EntropyFigures());
    }

    private EntropyTab(TabContext context, EntropyProblem problem, EntropyFigures figures) {
        super(problem, figures, figures.figures(), new ParameterPanel(problem.defaults()), context.saver());
        this.context = context;
        this.problem = problem;
        ParameterPanel panel = panel();
        this.accepted = problem.defaults();

        refusal.setId("entropy-refusal");
        refusal.setWrapText(true);
        refusal.setStyle("-fx-text-fill: #c00000;");
        refusal.setPadding(new Insets(0, 8, 8, 8));

        Label closedHeader = new Label("closed form");
        closedHeader.setStyle("-fx-font-weight: bold;");
        sampleHeader.setStyle("-fx-font-weight: bold;");
        numbers.addRow(0, new Label(""), closedHeader, sampleHeader);
        numbers.addRow(1, new Label("H[x]"), hX, hXSample);
        numbers.addRow(2, new Label("H[Ax]"), hAx, hAxSample);
        numbers.addRow(3, new Label("H[Ax] − H[x]  vs  ln|det A|"), logDet, differenceSample);

        HBox chartRow = chartRow(520);
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        VBox numbersBox = new VBox(4, numbers, stretch, status);
        numbersBox.setPadding(new Insets(4, 8, 8, 8));
        VBox center = new VBox(6, chartRow, numbersBox);
        center.setPadding(new Insets(6));

        root().setLeft(sidebar(new VBox(panel, refusal, SettingsControls.of(problem, panel, this::recompute)), 370));
        root().setCenter(center);

        panel.settingsProperty().addListener((obs, old, now) -> changed(now));
        panel.adjustingProperty().addListener((obs, was, is) -> recompute());
        recompute();
    }

    private void changed(Settings now) {
        if (reverting) {
            return;
        }
        Optional<String> refused = EntropyModel.refusal(now);
        if (refused.isPresent()) {
            refusal.setText(refused.get());
            reverting = true;
            try {
                for (String name : MATRIX) {
                    if (now.real(name) != accepted.real(name)) {
                        panel().set(name, accepted.real(name));
                    }
                }
            } finally {
                reverting = false;
            }
            return;
        }
        refusal.setText("");
        accepted = now;
        recompute();
    }

    /** Runs the full computation, or a preview with fewer samples while a slider is dragged. */
    private void recompute() {
        Settings run = panel().adjustingProperty().get() ? EntropyModel.preview(accepted) : accepted;
        if (run.equals(submitted)) {
            return;
        }
        submitted = run;
        int fullN = run.equals(accepted) ? 0 : accepted.integer("n");
        status.setText("Computing…");
        context.service().job("entropy", "Entropy under a linear map", ctx -> EntropyModel.compute(run, ctx))
                .onSuccess(r -> show(r, fullN))
                .onFailure(e -> {
                    status.setText("Computation failed: " + ErrorReporter.message(e));
                    context.errors().computeFailed("Entropy", e);
                })
                .submit();
    }

    /** Shows a result; fullN is the slider's n when the result is a preview, else 0. */
    private void show(EntropyResult r, int fullN) {
        figures().update(r);
        hX.setText(fourDecimals(r.hX()));
        hAx.setText(fourDecimals(r.hAx()));
        logDet.setText(fourDecimals(r.logAbsDetA()));
        sampleHeader.setText("Kozachenko–Leonenko, k = " + r.k());
        hXSample.setText(fourDecimals(r.hXSample()));
        hAxSample.setText(fourDecimals(r.hAxSample()));
        differenceSample.setText(fourDecimals(r.differenceSample()));
        stretch.setText(r.stretchNote());
        status.setText(String.format(Locale.ROOT, "det A = %.4g; estimates from n = %,d samples of x and the same"
                + " samples mapped by A; entropies in nats.", r.detA(), r.n())
                + (fullN > 0 ? String.format(Locale.ROOT, " Preview while the slider moves; n = %,d when it is"
                        + " released.", fullN) : ""));
    }

}
