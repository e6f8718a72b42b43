package org.shrinkagelab.problems.testscores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.BaseProblemTab;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;

/** The test-scores tab: sizes, scales and seed; the generated histograms, the forest and a table per school. */
public final class TestScoresTab extends BaseProblemTab<TestScoresFigures> {
    /** One row of the per-school table, already formatted. */
    public record Row(String name, String sampleMean, String posteriorMean, String posteriorSd, String interval,
                      String truth, String shrinkage) {
    }

    private final TestScoresProblem problem;
    private final TabContext context;
    private final Label numbers = new Label("computing…");
    private final TableView<Row> table = new TableView<>();

    /** Builds the tab and computes the default settings. */
    public TestScoresTab(TabContext context) {
        this(context, new TestScoresProblem(), new TestScoresFigures());
    }

    private TestScoresTab(TabContext context, TestScoresProblem problem, TestScoresFigures figures) {
        super(problem, figures, figures.figures(), new ParameterPanel(problem.defaults()), context.saver());
        this.context = context;
        this.problem = problem;
        ParameterPanel panel = panel();
        numbers.setId("test-scores-numbers");
        numbers.setStyle("-fx-font-family: monospace; -fx-font-size: 13px;");
        numbers.setWrapText(true);
        Label model = new Label("μ global ~ N(0, global sd²), θ_i ~ N(0, school sd²), μ_i = μ global + θ_i, "
                + "y_ij ~ N(μ_i, student sd²). The posterior uses the same known scales, so it is exact and "
                + "Gaussian. A school's posterior mean is λ × E[μ global | y] + (1 − λ) × its sample mean, "
                + "with λ = student sd² / (student sd² + n school sd²).");
        model.setWrapText(true);
        VBox left = new VBox(14, panel, SettingsControls.of(problem, panel, () -> recompute(panel.getSettings())), numbers,
                model);
        left.setPadding(new Insets(10));
        left.setPrefWidth(380);
        ScrollPane leftScroll = sidebar(left, left.getPrefWidth());

        buildTable();
        SplitPane chartsRow = new SplitPane(charts().get(0), charts().get(1));
        SplitPane right = new SplitPane(chartsRow, table);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.68);
        root().setLeft(leftScroll);
        root().setCenter(right);
        panel.settingsProperty().addListener((obs, old, s) -> recompute(s));
        recompute(panel.getSettings());
    }

    private void buildTable() {
        table.setId("test-scores-table");
        table.getColumns().add(column("", Row::name));
        table.getColumns().add(column("Sample mean", Row::sampleMean));
        table.getColumns().add(column("Posterior mean", Row::posteriorMean));
        table.getColumns().add(column("Posterior sd", Row::posteriorSd));
        table.getColumns().add(column("90% interval", Row::interval));
        table.getColumns().add(column("True value", Row::truth));
        table.getColumns().add(column("Shrinkage λ", Row::shrinkage));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.shrinkagelab.ui.TableClipboard.install(table);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> text) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void recompute(Settings settings) {
        context.service().job("test-scores", "Test scores: generate and infer", ctx -> problem.compute(settings))
                .onSuccess(this::show)
                .onFailure(e -> context.errors().computeFailed("Test scores", e))
                .submit();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private void show(TestScoresResult r) {
        figures().update(r);
        TestScoresPosterior p = r.posterior();
        TestScoresData d = r.data();
        List<Row> rows = new ArrayList<>();
        double grand = java.util.Arrays.stream(p.sampleMeans()).average().orElse(Double.NaN);
        rows.add(new Row("μ global", f(grand), f(p.muGlobal().mean()), f(p.muGlobal().sd()),
                "[" + f(p.muGlobal().q5()) + ", " + f(p.muGlobal().q95()) + "]", f(d.muGlobal()), ""));
        for (int i = 0; i < p.schools().length; i++) {
            NormalPosterior s = p.schools()[i];
            rows.add(new Row("school " + (i + 1), f(p.sampleMeans()[i]), f(s.mean()), f(s.sd()),
                    "[" + f(s.q5()) + ", " + f(s.q95()) + "]", f(d.schoolMeans()[i]), f(p.shrinkage()[i])));
        }
        table.getItems().setAll(rows);
        numbers.setText(String.format(Locale.ROOT, "Generated μ global  %.3f%nPosterior μ global  %.3f ± %.3f%n"
                        + "Shrinkage λ         %.3f", d.muGlobal(), p.muGlobal().mean(), p.muGlobal().sd(),
                p.shrinkage()[0]));
    }

}
