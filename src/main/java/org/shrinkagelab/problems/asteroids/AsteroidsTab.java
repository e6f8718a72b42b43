package org.shrinkagelab.problems.asteroids;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.view.ModelTab;

/**
 * The asteroid albedo tab: the model choice and the asteroids-per-class slider above the sampler's panel;
 * views of the shrinkage and predictive check, the three-model forest plot with the LOO comparison, the
 * sharpening as the subsample grows, and the DAG.
 */
public final class AsteroidsTab extends ModelTab<AsteroidsAnalysis, AsteroidsFigures> {
    /** The job key of the fit. */
    static final String KEY = "asteroids";
    private static final String COMPARE_KEY = "asteroids-compare";

    private final ComboBox<String> modelBox = new ComboBox<>();
    private final Slider perClass = new Slider(1, 2000, AsteroidsSettings.DEFAULT_PER_CLASS);
    private final Label perClassLabel = new Label();
    private final Label ppcNote = new Label();
    private final Label compareStatus = new Label("Press “Compare models” to fit all four and rank them by PSIS-LOO");
    private final Button compare = new Button("Compare models");

    /** Builds the tab. */
    public AsteroidsTab(Problem problem, TabContext context) {
        this(problem, context, new AsteroidsFigures());
    }

    private AsteroidsTab(Problem problem, TabContext context, AsteroidsFigures figures) {
        super(problem, context, KEY, "Asteroid albedos", figures, figures.figures(), figures.chains(), "tau");
        Settings defaults = problem.defaults();
        modelBox.getItems().addAll("pooled", "independent", "hierarchical", "mixture");
        modelBox.setValue(defaults.text(AsteroidsSettings.MODEL));
        modelBox.setId("asteroids-model");
        perClass.setId("asteroids-per-class");
        perClass.setShowTickLabels(true);
        perClass.setMaxWidth(Double.MAX_VALUE);
        perClassLabel.setId("asteroids-per-class-value");
        showPerClass();
        ppcNote.setId("asteroids-ppc-note");
        ppcNote.setWrapText(true);
        compareStatus.setId("asteroids-compare-status");
        compareStatus.setWrapText(true);
        compare.setId("asteroids-compare");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("model"), modelBox);
        grid.addRow(1, new Label("asteroids per class"), perClassLabel);
        root().setLeft(controls(List.of(compare), heading("Model"), grid, perClass, ppcNote));
        figures.setDag(((AsteroidsProblem) problem).dag(defaults));
        addView("Shrinkage", "view-shrinkage", ChartGrid.of(1, 2, 4, chart("asteroids-shrinkage"),
                chart("asteroids-ppc")));
        addView("Models", "view-models", new VBox(4, chart("asteroids-forest"), compareStatus));
        addView("Data grow", "view-sharpening", chart("asteroids-sharpening"));
        addView("DAG", "view-dag", chart("asteroids-dag"));
        addView("Diagnostics", "view-diagnostics", diagnosticsView(new Label("")));
        addView("Traces and ranks", "view-traces", tracesView());
        modelBox.valueProperty().addListener((obs, old, v) -> {
            figures().setDag(((AsteroidsProblem) problem()).dag(withModelControls(panel().getSettings())));
            run(false);
        });
        perClass.valueProperty().addListener((obs, old, v) -> showPerClass());
        perClass.valueChangingProperty().addListener((obs, was, is) -> {
            if (!is) {
                run(false);
            }
        });
        compare.setOnAction(e -> compareModels());
        start();
    }

    private void showPerClass() {
        perClassLabel.setText(Integer.toString(perClassValue()));
    }

    private int perClassValue() {
        return (int) Math.round(perClass.getValue());
    }

    /** The per-class slider, for tests. */
    Slider perClassSlider() {
        return perClass;
    }

    /** The model choice, for tests. */
    ComboBox<String> modelChoice() {
        return modelBox;
    }

    private Settings withModelControls(Settings s) {
        return s.with(AsteroidsSettings.MODEL, modelBox.getValue())
                .with(AsteroidsSettings.PER_CLASS, (long) perClassValue());
    }

    @Override
    protected RunPlan plan(Settings settings, boolean preview) {
        AsteroidsSettings s = AsteroidsSettings.from(withModelControls(settings));
        var sampler = preview ? SamplerOptions.preview(s.sampler()) : s.sampler();
        return new RunPlan(sampler, s.model().declare().outputNames(), AsteroidsAnalysis.label(s.model(), sampler));
    }

    @Override
    protected AsteroidsAnalysis analyse(Settings settings, boolean preview, LiveDraws live, JobContext ctx) {
        AsteroidsSettings s = AsteroidsSettings.from(withModelControls(settings));
        var sampler = preview ? SamplerOptions.preview(s.sampler()) : s.sampler();
        return AsteroidsAnalysis.fit(s.model(), sampler, ctx, live);
    }

    @Override
    protected void showAnalysis(AsteroidsAnalysis a) {
        figures().update(a);
        ppcNote.setText(a.model().kind() == AsteroidsModel.Kind.MIXTURE
                ? "Mixture: the main belt's dark C-types and bright S-types are two components per class."
                : "The main belt's albedos are bimodal (C-types ~0.05, S-types ~0.2): one normal per class visibly"
                + " fails the predictive check. Pick model “mixture”, then “Compare models” to rank them by LOO.");
    }

    private void compareModels() {
        AsteroidsSettings s;
        try {
            s = AsteroidsSettings.from(withModelControls(panel().getSettings()));
        } catch (IllegalArgumentException e) {
            compareStatus.setText(e.getMessage());
            return;
        }
        compareStatus.setText("Fitting pooled, independent, hierarchical and mixture…");
        setRunning(COMPARE_KEY, true);
        context().service().job(COMPARE_KEY, "Asteroid model comparison", ctx -> {
            var fits = new java.util.LinkedHashMap<AsteroidsModel.Kind, AsteroidsAnalysis>();
            for (AsteroidsModel.Kind kind : AsteroidsModel.Kind.values()) {
                ctx.checkCancelled();
                AsteroidsSettings k = s.withKind(kind);
                fits.put(kind, AsteroidsAnalysis.fit(k.model(), k.sampler(), ctx, null));
            }
            return fits;
        }).onSuccess(fits -> {
            setRunning(COMPARE_KEY, false);
            figures().updateComparison(fits);
            var loo = new java.util.LinkedHashMap<String, org.shrinkagelab.engine.diag.LooResult>();
            fits.forEach((k, a) -> loo.put(k.id(), a.loo()));
            StringBuilder b = new StringBuilder("PSIS-LOO (best first): ");
            for (LooComparison.Row r : LooComparison.compare(loo)) {
                b.append(String.format(java.util.Locale.ROOT, "%s elpd %.1f (diff %.1f ± %.1f)%s; ", r.model(),
                        r.elpdLoo(), r.elpdDiff(), r.seDiff(), r.warning() ? " [high k]" : ""));
            }
            compareStatus.setText(b.toString());
        }).onCancelled(() -> {
            setRunning(COMPARE_KEY, false);
            compareStatus.setText("Comparison cancelled.");
        }).onFailure(e -> {
            setRunning(COMPARE_KEY, false);
            compareStatus.setText("Comparison failed: " + org.shrinkagelab.ui.ErrorReporter.message(e));
        }).submit();
    }
}
