package org.shrinkagelab.problems.asteroids;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shrinkagelab.engine.JobContext;
import org.shrinkagelab.engine.diag.LooComparison;
import org.shrinkagelab.engine.sample.LiveDraws;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.TabContext;
import org.shrinkagelab.workbench.SamplerOptions;
import org.shrinkagelab.workbench.view.LooComparisonTable;
import org.shrinkagelab.workbench.view.ModelTab;

/**
 * The asteroid albedo tab: the model choice and the asteroids-per-class slider (a seeded subsample) above
 * the sampler's panel; views of the shrinkage, the predictive check of the large classes (with the offer of
 * the mixture), the three-model forest plot with the PSIS-LOO comparison, and the class means sharpening as
 * the subsample grows. The DAG, PPC of all asteroids and per-fit LOO are the workbench's views.
 */
public final class AsteroidsTab extends ModelTab<AsteroidsAnalysis, AsteroidsFigures> {
    /** The job key of the fit. */
    static final String KEY = "asteroids";
    /** The job key of the four-model comparison. */
    static final String COMPARE_KEY = "asteroids-compare";
    /** The job key of the fits at growing subsample sizes. */
    static final String SHARPENING_KEY = "asteroids-sharpening";

    private final ComboBox<String> modelBox = new ComboBox<>();
    private final Slider perClass;
    private final Label perClassLabel = new Label();
    private final Label ppcNote = new Label();
    private final Button tryMixture = new Button("Fit the mixture");
    private final Label compareStatus = new Label("");
    private final Button compare = new Button("Compare models");
    private final LooComparisonTable looTable = new LooComparisonTable(
            "Press “Compare models” to fit all four models and rank them by PSIS-LOO");
    private final Button sharpen = new Button("Fit at " + sizes() + " per class");
    private final Label sharpenStatus = new Label("");

    /** Builds the tab. */
    public AsteroidsTab(Problem problem, TabContext context) {
        this(problem, context, new AsteroidsFigures());
    }

    private AsteroidsTab(Problem problem, TabContext context, AsteroidsFigures figures) {
        super(problem, context, KEY, "Asteroid albedos", figures, figures.figures(), figures.chains(), "tau");
        Settings defaults = problem.defaults();
        int largest = AsteroidsSettings.from(defaults).all().classCounts().values().stream()
                .mapToInt(Integer::intValue).max().orElseThrow();
        // On a log scale: 1 to 1966 per class, with room for the few-asteroid end where iterating is quick.
        perClass = new Slider(0, Math.log(largest), Math.log(defaults.integer(AsteroidsSettings.PER_CLASS)));
        modelBox.getItems().addAll("pooled", "independent", "hierarchical", "mixture");
        modelBox.setValue(defaults.text(AsteroidsSettings.MODEL));
        modelBox.setId("asteroids-model");
        modelBox.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                panel().set(AsteroidsSettings.MODEL, v);
            }
        });
        perClass.setId("asteroids-per-class");
        perClass.setShowTickLabels(true);
        perClass.setMajorTickUnit(Math.log(10));
        perClass.setMinorTickCount(0);
        perClass.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return Long.toString(Math.round(Math.exp(v)));
            }

            @Override
            public Double fromString(String text) {
                return Math.log(Double.parseDouble(text));
            }
        });
        perClass.setMaxWidth(Double.MAX_VALUE);
        perClassLabel.setId("asteroids-per-class-value");
        showPerClass();
        // The fit follows the slider when it is let go (or moved by keys), not on every pixel of a drag.
        perClass.valueProperty().addListener((obs, old, v) -> {
            showPerClass();
            if (!perClass.isValueChanging()) {
                applyPerClass();
            }
        });
        perClass.valueChangingProperty().addListener((obs, was, is) -> {
            if (!is) {
                applyPerClass();
            }
        });
        ppcNote.setId("asteroids-ppc-note");
        ppcNote.setWrapText(true);
        tryMixture.setId("asteroids-try-mixture");
        tryMixture.setMinWidth(Region.USE_PREF_SIZE);
        tryMixture.setOnAction(e -> modelBox.setValue("mixture"));
        compare.setId("asteroids-compare");
        compare.setOnAction(e -> compareModels());
        compareStatus.setId("asteroids-compare-status");
        compareStatus.setWrapText(true);
        looTable.setId("asteroids-loo-table");
        looTable.setPrefHeight(150);
        sharpen.setId("asteroids-sharpen");
        sharpen.setOnAction(e -> sharpen());
        sharpenStatus.setId("asteroids-sharpen-status");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label("model"), modelBox);
        grid.addRow(1, new Label("asteroids per class"), perClassLabel);
        Label subsampleNote = new Label("A seeded subsample (seed " + defaults.longValue(AsteroidsSettings.SUBSAMPLE_SEED)
                + "): at most this many asteroids of each class; the slider's right end keeps all 2,770.");
        subsampleNote.setWrapText(true);
        subsampleNote.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        root().setLeft(controls(List.of(compare), heading("Model"), grid, perClass, subsampleNote));
        views(figures);
        start();
    }

    private void views(AsteroidsFigures figures) {
        addView("Shrinkage", "view-shrinkage", ChartGrid.of(1, 1, 4, chart(AsteroidsFigures.ID + "-shrinkage")));
        List<String> codes = AsteroidsFigures.PPC_CLASSES;
        GridPane ppcGrid = ChartGrid.of(2, 2, 4, chart(AsteroidsFigures.ppcName(codes.get(0))),
                chart(AsteroidsFigures.ppcName(codes.get(1))), chart(AsteroidsFigures.ppcName(codes.get(2))),
                chart(AsteroidsFigures.ppcName(codes.get(3))));
        HBox offer = new HBox(8, ppcNote, tryMixture);
        HBox.setHgrow(ppcNote, Priority.ALWAYS);
        offer.setPadding(new Insets(4));
        VBox ppc = new VBox(4, offer, ppcGrid);
        VBox.setVgrow(ppcGrid, Priority.ALWAYS);
        addView("Class PPC", "view-class-ppc", ppc);
        org.shrinkagelab.ui.PointIntervalChooser forestChoice =
                new org.shrinkagelab.ui.PointIntervalChooser(AsteroidsFigures.ID);
        forestChoice.choiceProperty().addListener((obs, old, c) -> {
            figures().setPointInterval(c);
            setTableInterval(c);
        });
        VBox models = new VBox(4, forestChoice, chart(AsteroidsFigures.ID + "-forest"), compareStatus, looTable);
        VBox.setVgrow(models.getChildren().get(1), Priority.ALWAYS);
        models.setPadding(new Insets(4));
        addView("Three models", "view-models", models);
        VBox grow = new VBox(4, new HBox(8, sharpen, sharpenStatus), chart(AsteroidsFigures.ID + "-sharpening"));
        VBox.setVgrow(grow.getChildren().get(1), Priority.ALWAYS);
        grow.setPadding(new Insets(4));
        addView("Data grow", "view-sharpening", grow);
        addView("Diagnostics", "view-diagnostics", diagnosticsView(new Label("")));
        addView("Traces and ranks", "view-traces", tracesView());
    }

    private static String sizes() {
        StringBuilder b = new StringBuilder();
        for (int n : AsteroidsFigures.SHARPENING_SIZES) {
            b.append(b.length() == 0 ? "" : ", ").append(n);
        }
        return b.toString();
    }

    private void showPerClass() {
        perClassLabel.setText(Integer.toString(perClassValue()));
    }

    private void applyPerClass() {
        panel().set(AsteroidsSettings.PER_CLASS, (long) perClassValue());
    }

    private int perClassValue() {
        return (int) Math.round(Math.exp(perClass.getValue()));
    }

    /** Moves the per-class slider to {@code n} asteroids per class, as a user letting go of it there (for tests). */
    void setPerClass(int n) {
        perClass.setValue(Math.log(n));
    }

    /** The model choice, for tests. */
    ComboBox<String> modelChoice() {
        return modelBox;
    }

    /** The LOO comparison table, for tests. */
    LooComparisonTable looTable() {
        return looTable;
    }

    @Override
    protected RunPlan plan(Settings settings, boolean preview) {
        AsteroidsSettings s = AsteroidsSettings.from(settings);
        var sampler = preview ? SamplerOptions.preview(s.sampler()) : s.sampler();
        var declared = s.model().declare();
        // the mixture has no tau: its live trace follows its first reported parameter (mu_dark), not z_dark
        return new RunPlan(sampler, declared.outputNames(), AsteroidsAnalysis.label(s.model(), sampler),
                declared.reportedNames().get(0));
    }

    @Override
    protected AsteroidsAnalysis analyse(Settings settings, boolean preview, LiveDraws live, JobContext ctx) {
        AsteroidsSettings s = AsteroidsSettings.from(settings);
        var sampler = preview ? SamplerOptions.preview(s.sampler()) : s.sampler();
        return AsteroidsAnalysis.fit(s.model(), sampler, ctx, live, false);
    }

    @Override
    protected void showAnalysis(AsteroidsAnalysis a) {
        figures().update(a);
        ppcNote.setText(AsteroidsFigures.ppcNote(a.model().kind()));
        tryMixture.setVisible(a.model().kind() != AsteroidsModel.Kind.MIXTURE);
    }

    private AsteroidsSettings current(Label status) {
        try {
            return AsteroidsSettings.from(settings());
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
    }

    private void compareModels() {
        AsteroidsSettings s = current(compareStatus);
        if (s == null) {
            return;
        }
        compareStatus.setText("Fitting pooled, independent, hierarchical and mixture on " + s.model().data().size()
                + " asteroids…");
        setRunning(COMPARE_KEY, true);
        context().service().job(COMPARE_KEY, "Asteroid model comparison", ctx -> AsteroidsProblem.fitAll(s, ctx))
                .onSuccess(fits -> {
                    setRunning(COMPARE_KEY, false);
                    figures().updateComparison(fits);
                    List<LooComparison.Row> rows = LooComparison.compare(AsteroidsProblem.looByModel(fits));
                    looTable.show(rows);
                    compareStatus.setText("PSIS-LOO on " + s.model().data().size() + " asteroids; best: "
                            + rows.get(0).model() + ". The forest shows the class means of the pooled, independent"
                            + " and hierarchical fits.");
                })
                .onCancelled(() -> {
                    setRunning(COMPARE_KEY, false);
                    compareStatus.setText("Comparison cancelled.");
                })
                .onFailure(e -> {
                    setRunning(COMPARE_KEY, false);
                    compareStatus.setText("Comparison failed: " + ErrorReporter.message(e));
                })
                .submit();
    }

    private void sharpen() {
        AsteroidsSettings s = current(sharpenStatus);
        if (s == null) {
            return;
        }
        sharpenStatus.setText("Fitting the hierarchy at " + sizes() + " asteroids per class…");
        setRunning(SHARPENING_KEY, true);
        context().service().job(SHARPENING_KEY, "Asteroid class means as data grow",
                        ctx -> AsteroidsProblem.sharpening(s, ctx))
                .onSuccess((Map<Integer, AsteroidsAnalysis> fits) -> {
                    setRunning(SHARPENING_KEY, false);
                    figures().updateSharpening(fits);
                    sharpenStatus.setText("Done: the intervals narrow as each class contributes more asteroids.");
                })
                .onCancelled(() -> {
                    setRunning(SHARPENING_KEY, false);
                    sharpenStatus.setText("Cancelled.");
                })
                .onFailure(e -> {
                    setRunning(SHARPENING_KEY, false);
                    sharpenStatus.setText("Failed: " + ErrorReporter.message(e));
                })
                .submit();
    }
}
