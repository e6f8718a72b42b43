package org.shrinkagelab.problems.hemophilia;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.apache.commons.math3.fraction.BigFraction;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.BaseProblemTab;
import org.shrinkagelab.ui.LazyTooltips;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;

/** The hemophilia tab: the prior, buttons that add or remove sons, the posterior plot and table. */
public final class HemophiliaTab extends BaseProblemTab<HemophiliaFigures> {
    private static final int LONGEST_FRACTION = 24;

    private final HemophiliaProblem problem;
    private final TabContext context;
    private final TableView<HemophiliaStep> table = new TableView<>();
    private final Label numbers = new Label();
    private final Label explanation = new Label();

    /** Builds the tab and shows the default settings. */
    public HemophiliaTab(TabContext context) {
        this(context, new HemophiliaProblem(), new HemophiliaFigures());
    }

    private HemophiliaTab(TabContext context, HemophiliaProblem problem, HemophiliaFigures figures) {
        super(problem, figures, figures.figures(), new ParameterPanel(problem.defaults()), context.saver());
        this.context = context;
        this.problem = problem;
        ParameterPanel panel = panel();
        Button unaffected = new Button("Add _unaffected son");
        unaffected.setId("add-unaffected");
        LazyTooltips.install(unaffected, "Observe one more son who does not have hemophilia (Alt+U)");
        unaffected.setOnAction(e -> changeSons(s -> s.plus(false)));
        Button affected = new Button("Add _affected son");
        affected.setId("add-affected");
        LazyTooltips.install(affected, "Observe one more son who has hemophilia (Alt+A)");
        affected.setOnAction(e -> changeSons(s -> s.plus(true)));
        Button remove = new Button("_Remove last");
        remove.setId("remove-last");
        LazyTooltips.install(remove, "Forget the last son observed (Alt+R)");
        remove.setOnAction(e -> changeSons(SonSequence::withoutLast));
        panel.settingsProperty().addListener((obs, old, s) -> {
            SonSequence sons = (SonSequence) s.parsed("sons");
            remove.setDisable(sons.size() == 0);
            boolean full = sons.size() >= SonSequence.MAX_SONS;
            unaffected.setDisable(full);
            affected.setDisable(full);
            recompute(s);
        });
        remove.setDisable(true);

        numbers.setId("hemophilia-numbers");
        numbers.setStyle("-fx-font-family: monospace; -fx-font-size: 13px;");
        explanation.setId("hemophilia-explanation");
        explanation.setWrapText(true);
        explanation.setStyle("-fx-text-fill: #8a3a00;");
        Label model = new Label("A carrier mother passes the allele to each son with probability 1/2; "
                + "a mother who is not a carrier has unaffected sons only.");
        model.setWrapText(true);
        Label hint = new Label("Sons in birth order: 0 unaffected, 1 affected (e.g. 0,0,1), or use the buttons.");
        hint.setWrapText(true);
        VBox buttons = new VBox(6, unaffected, affected, remove);
        VBox left = new VBox(12, panel, new SettingsControls(problem.id(), problem.defaults(), panel), hint, buttons,
                numbers, explanation, model);
        left.setPadding(new Insets(10));
        left.setPrefWidth(360);
        left.setMinWidth(280);

        buildTable();
        SplitPane right = new SplitPane(charts().get(0), table);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.6);
        root().setLeft(left);
        root().setCenter(right);
        recompute(panel.getSettings());
    }

    private void buildTable() {
        table.setId("hemophilia-table");
        table.getColumns().add(column("Sons observed", s -> String.valueOf(s.sons())));
        table.getColumns().add(column("Last son", s -> s.affected() == null ? "(prior)"
                : s.affected() ? "affected" : "unaffected"));
        table.getColumns().add(column("P(sons so far)", s -> both(s.evidence())));
        table.getColumns().add(column("P(carrier | sons)", s -> both(s.posterior())));
        table.getColumns().add(column("P(next affected | sons)", s -> both(s.predictive())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.shrinkagelab.ui.TableClipboard.install(table);
        table.setPlaceholder(new Label("No sons yet"));
    }

    private static TableColumn<HemophiliaStep, String> column(String title, Function<HemophiliaStep, String> text) {
        TableColumn<HemophiliaStep, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A fraction and its decimal, e.g. {@code 1/5 = 0.2000}; long fractions show the decimal only. */
    private static String both(BigFraction f) {
        if (f == null) {
            return "undefined";
        }
        String decimal = String.format(Locale.ROOT, "%.4f", f.doubleValue());
        String fraction = HemophiliaModel.fractionText(f);
        return fraction.length() > LONGEST_FRACTION ? "≈ " + decimal : fraction + " = " + decimal;
    }

    private void changeSons(Function<SonSequence, SonSequence> change) {
        SonSequence sons = (SonSequence) panel().getSettings().parsed("sons");
        panel().set("sons", change.apply(sons).text());
    }

    private void recompute(Settings settings) {
        context.service().job("hemophilia", "Hemophilia posterior", ctx -> problem.compute(settings))
                .onSuccess(this::show)
                .onFailure(e -> context.errors().computeFailed("Hemophilia", e))
                .submit();
    }

    private void show(List<HemophiliaStep> steps) {
        figures().update(steps);
        table.getItems().setAll(steps);
        HemophiliaStep last = steps.get(steps.size() - 1);
        numbers.setText(String.format(Locale.ROOT, "After %d son%s:%nP(sons)            %s%nP(carrier | sons)  %s%n"
                        + "P(next affected)   %s", last.sons(), last.sons() == 1 ? "" : "s", both(last.evidence()),
                both(last.posterior()), both(last.predictive())));
        explanation.setText(HemophiliaModel.explanation(steps));
    }

}
