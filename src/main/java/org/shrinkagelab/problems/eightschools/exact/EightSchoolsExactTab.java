package org.shrinkagelab.problems.eightschools.exact;

import java.awt.geom.Rectangle2D;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.ui.RectangleEdge;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.data.EightSchoolsData;
import org.shrinkagelab.data.UntrustedText;
import org.shrinkagelab.problems.Settings;
import org.shrinkagelab.ui.ChartGrid;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.CoalescedRequests;
import org.shrinkagelab.ui.CurrentEightSchoolsData;
import org.shrinkagelab.ui.FirstResultGate;
import org.shrinkagelab.ui.LazyTooltips;
import org.shrinkagelab.ui.NumbersGrid;
import org.shrinkagelab.ui.ParameterPanel;
import org.shrinkagelab.ui.PointIntervalChooser;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.SettingsControls;
import org.shrinkagelab.ui.TabContext;

/**
 * The Eight Schools — exact tab: the prior and grid settings on the left with the headline numbers
 * under them, the figures on three pages (posterior of tau, shrinkage, schools). Every change
 * recomputes on the sampler service, coalesced while one runs (the newest settings wait, the others are
 * dropped); the figures are updated in place.
 */
public final class EightSchoolsExactTab implements ProblemTab {
    /** The job key of the recomputations; reading a file has its own, so that neither cancels the other. */
    private static final String RECOMPUTE_KEY = "eight-schools-exact";
    private static final String LOAD_KEY = "eight-schools-exact-load";
    private final EightSchoolsExactProblem problem;
    private final TabContext context;
    private EightSchoolsExactCalculator calculator;
    private final Label dataSource = new Label();
    private final EightSchoolsExactFigures figures;
    private final ParameterPanel panel;
    private final SettingsControls settingsControls;
    /** Every figure, in export order; its on-screen pane is built with the page that shows it. */
    private final List<Figure> figureList;
    private final Map<String, ChartPane> panes = new HashMap<>();
    private final TableView<SchoolRow> table = new TableView<>();
    private final NumbersGrid numbers = new NumbersGrid(10, 3, l -> l.getStyleClass().add("headline-number"));
    private final Label verdict = NumbersGrid.note("num-verdict");
    private final VBox numberNotes = new VBox(4);
    private final BorderPane root = new BorderPane();
    /** Slider storms coalesced: at most one recomputation runs and one waits, with the newest settings. */
    private final CoalescedRequests<Settings> recomputations = new CoalescedRequests<>(this::startRecompute);
    private final FirstResultGate firstResult = new FirstResultGate();

    /**
     * One row of the per-school table.
     *
     * @param school   the school's name
     * @param effect   x_s
     * @param stderr   sigma_s
     * @param draws    the ancestral draws' summary
     * @param exactMean converged E[theta_s | X]
     * @param exactSd   converged Std[theta_s | X]
     */
    public record SchoolRow(String school, double effect, double stderr, SampleSummary draws, double exactMean,
                            double exactSd) {
    }

    /** Builds the tab on the bundled data and starts the first computation. */
    public EightSchoolsExactTab(TabContext context) {
        this(new EightSchoolsExactProblem(), context);
    }

    /**
     * Builds the tab for the problem and starts the first computation, on the context's current Eight
     * Schools data (which it follows when the other Eight Schools tab opens a file).
     */
    public EightSchoolsExactTab(EightSchoolsExactProblem problem, TabContext context) {
        this.problem = problem;
        this.context = context;
        CurrentEightSchoolsData.Source source = context.eightSchools().get();
        this.calculator = new EightSchoolsExactCalculator(source.data());
        dataSource.setText(source.description());
        this.figures = new EightSchoolsExactFigures(source.data().schools(), source.data().unit());
        this.figureList = figures.all();
        buildTable();
        buildNumbers();
        // submitted before the controls and pages are built, so that it runs meanwhile
        Settings initial = problem.defaults();
        recompute(initial);
        this.panel = new ParameterPanel(initial);
        this.settingsControls = SettingsControls.of(problem, panel, () -> recompute(panel.getSettings()));
        PointIntervalChooser forestChoice = new PointIntervalChooser(EightSchoolsExactProblem.ID);
        forestChoice.choiceProperty().addListener((obs, old, c) -> figures.setPointInterval(c));
        VBox left = new VBox(8, sectionTitle("Data"), dataControls(), sectionTitle("Prior and grid"), panel, settingsControls,
                sectionTitle("Forest plots"), forestChoice, sectionTitle("Numbers"), numbers, numberNotes);
        left.setPadding(new Insets(4, 8, 8, 4));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setPrefWidth(400);
        leftScroll.setMinWidth(330);
        root.setLeft(leftScroll);
        root.setCenter(pages());
        panel.settingsProperty().addListener((obs, old, now) -> recompute(now));
        context.eightSchools().sourceProperty().addListener((obs, old, now) -> follow(now));
    }

    /** The content is shown once the first computation ended, so its charts are first drawn with data. */
    @Override
    public void whenReadyToShow(Runnable show) {
        firstResult.whenOpen(show);
    }

    private Node dataControls() {
        Button open = new Button("Open CSV…");
        open.setId("eight-schools-exact-open");
        LazyTooltips.install(open, "A CSV with columns school, effect, stderr (stderr > 0, at least 2 schools)");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open parallel experiments (school, effect, stderr)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                loadData(file.toPath());
            }
        });
        Button bundled = new Button("Eight schools");
        LazyTooltips.install(bundled, "Back to the bundled eight schools data");
        bundled.setOnAction(e -> context.eightSchools().set(EightSchoolsData.bundled(),
                CurrentEightSchoolsData.BUNDLED_DESCRIPTION));
        dataSource.setId("eight-schools-exact-data");
        dataSource.setWrapText(true);
        return new VBox(4, new HBox(6, open, bundled), dataSource);
    }

    /** The calculator of newly read data and its first result, computed before the tab switches to them. */
    private record LoadedData(EightSchoolsExactCalculator calculator, EightSchoolsExactResult result) {
    }

    /**
     * Reads a user's data file and computes on it off the FX thread; only when both succeed does the tab
     * switch to the new data, so a bad file (or data the model cannot compute) leaves everything as it was.
     */
    public void loadData(Path file) {
        Settings settings = panel.getSettings();
        String name = UntrustedText.quote(String.valueOf(file.getFileName()));
        context.service().job(LOAD_KEY, "Reading " + name, ctx -> {
            EightSchoolsExactCalculator c = new EightSchoolsExactCalculator(EightSchoolsData.read(file));
            return new LoadedData(c, c.compute(settings, ctx));
        })
                .onSuccess(l -> {
                    calculator = l.calculator();
                    show(l.result());
                    if (!settings.equals(panel.getSettings())) {
                        // a slider moved while the file was read
                        recompute(panel.getSettings());
                    }
                    context.eightSchools().set(l.calculator().data(),
                            name + " (" + l.calculator().data().size() + " schools)");
                })
                .onFailure(e -> context.errors().actionFailed("Could not load " + name, e))
                .submit();
    }

    /** Shows the shared data's description and, unless this tab computed on them already, recomputes on them. */
    private void follow(CurrentEightSchoolsData.Source source) {
        dataSource.setText(source.description());
        if (calculator.data() != source.data()) {
            calculator = new EightSchoolsExactCalculator(source.data());
            recompute(panel.getSettings());
        }
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /**
     * The three pages; each is built when first selected, so the tab's first frame waits only for the charts
     * it shows (the figures of the others are kept up to date all the same, and drawn once their page opens).
     */
    private TabPane pages() {
        Map<Tab, Supplier<Node>> unbuilt = new HashMap<>();
        TabPane pages = new TabPane(page("Posterior of τ", this::tauPage, unbuilt),
                page("Shrinkage", this::shrinkagePage, unbuilt),
                page("Schools and pooling", this::schoolsPage, unbuilt));
        pages.setId("eight-schools-exact-pages");
        Consumer<Tab> build = t -> {
            Supplier<Node> content = unbuilt.remove(t);
            if (content != null) {
                t.setContent(content.get());
            }
        };
        pages.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> build.accept(t));
        build.accept(pages.getSelectionModel().getSelectedItem());
        return pages;
    }

    private static Tab page(String title, Supplier<Node> content, Map<Tab, Supplier<Node>> unbuilt) {
        Tab t = new Tab(title);
        t.setClosable(false);
        unbuilt.put(t, content);
        return t;
    }

    private Node tauPage() {
        GridPane tauPage = ChartGrid.of(2, 2, 6);
        tauPage.add(chart("-tau2-posterior"), 0, 0);
        tauPage.add(chart("-tau-posterior"), 1, 0);
        tauPage.add(chart("-mu-given-tau2"), 0, 1, 2, 1);
        return tauPage;
    }

    private Node shrinkagePage() {
        SplitPane shrinkPage = new SplitPane(chart("-shrinkage"), chart("-forest-at-tau"));
        shrinkPage.setDividerPositions(0.6);
        enableMarkerDragging(chart("-shrinkage"));
        return shrinkPage;
    }

    private Node schoolsPage() {
        table.setPrefHeight(270);
        table.setMinHeight(150);
        ChartPane pooling = chart("-pooling-comparison");
        VBox right = new VBox(6, table, pooling);
        VBox.setVgrow(pooling, Priority.ALWAYS);
        SplitPane schoolsPage = new SplitPane(chart("-ancestral-histograms"), right);
        schoolsPage.setDividerPositions(0.4);
        return schoolsPage;
    }

    private ChartPane chart(String suffix) {
        String name = EightSchoolsExactProblem.ID + suffix;
        return pane(figureList.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow());
    }

    /** The figure's pane, built on first use (with its page, or for export if the page was never opened). */
    private ChartPane pane(Figure figure) {
        return panes.computeIfAbsent(figure.name(), n -> new ChartPane(figure, context.saver()));
    }

    /** A press or drag with the primary button on the shrinkage chart moves the tau marker there. */
    private void enableMarkerDragging(ChartPane pane) {
        ChartCanvas canvas = pane.viewer().getCanvas();
        Tooltip.install(pane.viewer(), new Tooltip("Click or drag to move the τ marker"));
        javafx.event.EventHandler<MouseEvent> move = e -> {
            if (e.getButton() != MouseButton.PRIMARY || canvas.getRenderingInfo() == null) {
                return;
            }
            Rectangle2D area = canvas.getRenderingInfo().getPlotInfo().getDataArea();
            if (!area.contains(e.getX(), e.getY())) {
                return;
            }
            double tau = figures.shrinkageFigure().plot().getDomainAxis()
                    .java2DToValue(e.getX(), area, RectangleEdge.BOTTOM);
            double clamped = Math.max(0, Math.min(EightSchoolsExactCalculator.SHRINK_TAU_MAX, tau));
            panel.set("tau", Math.round(clamped * 100) / 100.0);
            e.consume();
        };
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, move);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, move);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
    }

    private void buildNumbers() {
        numbers.setId("eight-schools-exact-numbers");
        numbers.addRow("E[τ | X], grid (course)", "num-tau-mean-grid");
        numbers.addRow("Std[τ | X], grid (course)", "num-tau-sd-grid");
        numbers.addRow("E[τ | X], converged", "num-tau-mean-exact");
        numbers.addRow("Std[τ | X], converged", "num-tau-sd-exact");
        numbers.addRow("P(τ² > grid end | X)", "num-tail-mass");
        numbers.addRow("E[μ | X] ± Std, converged", "num-mu");
        numbers.addRow("complete pooling: mean ± sd", "num-pooled");
        numbers.addRow("χ² test of homogeneity", "num-chi2");
        numbers.addRow("F = χ² / (J − 1), df (J−1, ∞)", "num-f");
        numbers.addRow("p-value", "num-p");
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        // No combining characters (x-bar) here: JavaFX repeats words around them when wrapping.
        Label note = new Label("Known σₛ make the one-way ANOVA a χ² test: Q = Σ (xₛ − m)² / σₛ², m the "
                + "precision-weighted mean, is χ² with J − 1 df if all θₛ are equal; F = Q / (J − 1) has the same "
                + "p-value.");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setStyle("-fx-text-fill: #555555; -fx-font-size: 11px;");
        numberNotes.getChildren().addAll(verdict, note);
    }

    private void buildTable() {
        table.setId("school-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        org.shrinkagelab.ui.TableClipboard.install(table);
        table.getColumns().add(textColumn("school", SchoolRow::school));
        table.getColumns().add(numberColumn("xₛ", SchoolRow::effect, "%.0f"));
        table.getColumns().add(numberColumn("σₛ", SchoolRow::stderr, "%.0f"));
        TableColumn<SchoolRow, String> drawn = new TableColumn<>("ancestral draws");
        drawn.getColumns().add(numberColumn("mean", r -> r.draws().mean(), "%.2f"));
        drawn.getColumns().add(numberColumn("sd", r -> r.draws().sd(), "%.2f"));
        drawn.getColumns().add(numberColumn("5%", r -> r.draws().q5(), "%.2f"));
        drawn.getColumns().add(numberColumn("95%", r -> r.draws().q95(), "%.2f"));
        TableColumn<SchoolRow, String> converged = new TableColumn<>("converged");
        converged.getColumns().add(numberColumn("mean", SchoolRow::exactMean, "%.2f"));
        converged.getColumns().add(numberColumn("sd", SchoolRow::exactSd, "%.2f"));
        table.getColumns().add(drawn);
        table.getColumns().add(converged);
        LazyTooltips.install(table, "mean, sd, 5%, 95%: ancestral draws; exact: converged quadrature");
    }

    private static TableColumn<SchoolRow, String> textColumn(String title, Function<SchoolRow, String> value) {
        TableColumn<SchoolRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<SchoolRow, String> numberColumn(String title, Function<SchoolRow, Double> value,
                                                               String format) {
        TableColumn<SchoolRow, String> c = textColumn(title,
                r -> String.format(Locale.ROOT, format, value.apply(r)));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private void recompute(Settings settings) {
        recomputations.request(settings);
    }

    /** Runs one recomputation; whatever its end, the newest settings that came in meanwhile go next. */
    private void startRecompute(Settings settings) {
        EightSchoolsExactCalculator current = calculator;
        context.service().job(RECOMPUTE_KEY, "Eight Schools — exact", ctx -> current.compute(settings, ctx))
                .onSuccess(r -> {
                    try {
                        // data switched meanwhile (a file opened in either tab): the waiting request recomputes
                        if (r.data() == calculator.data()) {
                            show(r);
                        }
                    } finally {
                        recomputations.finished();
                    }
                })
                .onFailure(e -> {
                    try {
                        context.errors().computeFailed("Eight Schools — exact", e);
                    } finally {
                        recomputations.finished();
                        firstResult.open();
                    }
                })
                .onCancelled(() -> {
                    recomputations.finished();
                    firstResult.open();
                })
                .submit();
    }

    private void show(EightSchoolsExactResult r) {
        figures.update(r);
        GridPosterior g = r.grid();
        ExactPosterior e = r.exact();
        HomogeneityTest t = r.test();
        numbers.set("num-tau-mean-grid", fmt("%.2f", g.tauMean()));
        numbers.set("num-tau-sd-grid", fmt("%.2f", g.tauSd()));
        numbers.set("num-tau-mean-exact", fmt("%.4f", e.tauMean()));
        numbers.set("num-tau-sd-exact", fmt("%.4f", e.tauSd()));
        numbers.set("num-tail-mass", fmt("%.2g", r.tailMass()));
        numbers.set("num-mu", fmt("%.2f", e.muMean()) + " ± " + fmt("%.2f", e.muSd()));
        numbers.set("num-pooled", fmt("%.2f", t.pooledMean()) + " ± " + fmt("%.2f", t.pooledSd()));
        numbers.set("num-chi2", fmt("%.3f", t.chiSquare()) + " on " + t.df() + " df");
        numbers.set("num-f", fmt("%.3f", t.f()));
        numbers.set("num-p", fmt("%.3f", t.pValue()));
        verdict.setText("Verdict: " + t.verdict().replace("chi^2", "χ²") + ".");
        List<SchoolRow> rows = new ArrayList<>();
        double[] x = r.data().effects();
        double[] sigma = r.data().stderrs();
        for (int s = 0; s < x.length; s++) {
            rows.add(new SchoolRow(r.data().schools().get(s), x[s], sigma[s], r.draws().get(s), e.thetaMean(s),
                    e.thetaSd(s)));
        }
        table.setItems(FXCollections.observableArrayList(rows));
        firstResult.open();
    }

    private static String fmt(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }

    @Override
    public EightSchoolsExactProblem problem() {
        return problem;
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public List<ChartPane> charts() {
        return figureList.stream().map(this::pane).toList();
    }

    /** The parameter panel, for tests and keyboard users. */
    public ParameterPanel panel() {
        return panel;
    }

    /** Reset, Save and Load of the settings, for tests. */
    public SettingsControls settingsControls() {
        return settingsControls;
    }

    /** The figures shown, for tests. */
    public EightSchoolsExactFigures figures() {
        return figures;
    }

    /** The per-school table, for tests. */
    public TableView<SchoolRow> table() {
        return table;
    }
}
