package org.shrinkagelab.problems.tennis;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.BaseProblemTab;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;

/** The tennis tab: k, samples, seed and the observed matches; the network, the estimate and the skills. */
public final class TennisTab extends BaseProblemTab<TennisFigures> {
    private final TennisProblem problem;
    private final TabContext context;
    private final Label numbers = new Label();

    /** Builds the tab and computes the default settings. */
    public TennisTab(TabContext context) {
        this(context, new TennisProblem(), new TennisFigures());
    }

    private TennisTab(TabContext context, TennisProblem problem, TennisFigures figures) {
        super(problem, figures, figures.figures(), new ParameterPanel(problem.defaults()), context.saver());
        this.context = context;
        this.problem = problem;
        ParameterPanel panel = panel();
        numbers.setId("tennis-numbers");
        numbers.setText("computing…");
        numbers.setStyle("-fx-font-family: monospace; -fx-font-size: 13px;");
        Label model = new Label("Skills S ~ N(0, 1); P(X beats Y) = sigmoid(k (S_X - S_Y)). Importance "
                + "sampling draws skills from the prior and weights each draw by the probability of the "
                + "observed matches.");
        model.setWrapText(true);
        VBox left = new VBox(14, panel, SettingsControls.of(problem, panel, () -> recompute(panel.getSettings())), numbers,
                model);
        left.setPadding(new Insets(10));
        left.setPrefWidth(360);
        ScrollPane leftScroll = sidebar(left, left.getPrefWidth());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(charts().get(0), 0, 0);
        grid.add(charts().get(1), 1, 0);
        grid.add(charts().get(2), 0, 1, 2, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        root().setLeft(leftScroll);
        root().setCenter(grid);
        panel.settingsProperty().addListener((obs, old, s) -> recompute(s));
        recompute(panel.getSettings());
    }

    private void recompute(Settings settings) {
        context.service().job("tennis", "Tennis: importance sampling and quadrature",
                        ctx -> problem.compute(settings, ctx))
                .onSuccess(this::show)
                .onFailure(e -> context.errors().computeFailed("Tennis", e))
                .submit();
    }

    private void show(TennisResult r) {
        figures().update(r);
        TennisImportanceResult is = r.importance();
        double exact = r.exact().pYouWin();
        numbers.setText(String.format(Locale.ROOT,
                "P(You beat A | observations)%n"
                        + "  importance sampling  %.5f%n"
                        + "  MCSE                 %.5f%n"
                        + "  exact (quadrature)   %.7f%n"
                        + "  error / MCSE         %+.2f%n"
                        + "Effective sample size  %.0f of %d%n"
                        + "P(observations)%n"
                        + "  mean weight          %.5f%n"
                        + "  exact                %.7f",
                is.estimate(), is.mcse(), exact, (is.estimate() - exact) / is.mcse(), is.ess(), is.samples(),
                is.evidence(), r.exact().evidence()));
    }

}
