package org.shrinkagelab.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.FigureExporter;
import org.shrinkagelab.charts.FigureExporter.RenderedFigure;
import org.shrinkagelab.engine.SamplerService;
import org.shrinkagelab.problems.Problem;
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.StatusStrip;
import org.shrinkagelab.ui.TabContext;

/**
 * The window: menus, one tab per problem, and the status strip. A tab's content is built (and its first
 * computation submitted) only when the tab is first shown, so the window paints at once however many
 * problems there are; Export all figures draws the tabs never opened from their problems' defaults.
 */
public final class MainWindow {
    private final Stage stage;
    private final SamplerService service;
    private final StatusStrip status;
    private final FigureSaver saver;
    private final ErrorReporter errors;
    private final List<ProblemTab> tabs = new ArrayList<>();
    private final List<TabCatalog.Entry> entries;
    private final Map<Tab, TabCatalog.Entry> unopened = new LinkedHashMap<>();
    private final Map<Tab, ProblemTab> opened = new LinkedHashMap<>();
    private TabContext context;
    private final TabPane tabPane = new TabPane();
    private final Executor fxThread;
    private final BorderPane root = new BorderPane();

    /** Builds the window's content on the stage, with tabs from the catalog. */
    public MainWindow(Stage stage, SamplerService service, Preferences prefs, boolean dialogs, Executor fxThread) {
        this(stage, service, prefs, dialogs, fxThread, false);
    }

    /**
     * Builds the window on the stage; with {@code shellOnly} the tab area shows a note that the tabs are
     * being prepared until {@link #createTabs()} is called, so the window can paint before any tab exists.
     */
    public MainWindow(Stage stage, SamplerService service, Preferences prefs, boolean dialogs, Executor fxThread,
                      boolean shellOnly) {
        this(stage, service, prefs, dialogs, fxThread, shellOnly, TabCatalog.entries());
    }

    /** As above, with the given problems as tabs (tests use a few). */
    MainWindow(Stage stage, SamplerService service, Preferences prefs, boolean dialogs, Executor fxThread,
               boolean shellOnly, List<TabCatalog.Entry> entries) {
        this.entries = List.copyOf(entries);
        this.stage = stage;
        this.service = service;
        this.fxThread = fxThread;
        this.status = new StatusStrip(service);
        this.errors = new ErrorReporter(status::show, stage, dialogs);
        service.setDefaultFailureHandler(e -> errors.computeFailed("Computation", e));
        this.saver = new FigureSaver(prefs, service, errors, status::show);
        if (shellOnly) {
            Label preparing = new Label("Computing the first figures…");
            preparing.setId("tabs-preparing");
            root.setCenter(preparing);
        } else {
            createTabs();
        }
        root.setTop(menus());
        root.setBottom(status);
        Scene scene = new Scene(root);
        var css = MainWindow.class.getResource("/org/shrinkagelab/app/shrinkage-lab.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.setTitle("Shrinkage Lab");
    }

    /** Creates one tab per problem and opens the selected one (its first computation starts on the service). */
    public void createTabs() {
        if (context != null) {
            return;
        }
        context = new TabContext(service, saver, errors);
        for (TabCatalog.Entry e : entries) {
            Label opening = new Label("Opening " + e.title() + "…");
            Tab tab = new Tab(e.title(), opening);
            tab.setClosable(false);
            tab.setId("tab-" + e.id());
            unopened.put(tab, e);
            tabPane.getTabs().add(tab);
        }
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> open(tab));
        open(tabPane.getSelectionModel().getSelectedItem());
        root.setCenter(tabPane);
    }

    private void open(Tab tab) {
        TabCatalog.Entry e = unopened.remove(tab);
        if (e == null) {
            return;
        }
        ProblemTab built = e.tab().create(e.problem(), context);
        tabs.add(built);
        opened.put(tab, built);
        built.whenReadyToShow(() -> tab.setContent(built.content()));
    }

    private MenuBar menus() {
        MenuItem exportAll = new MenuItem("Export all figures…");
        exportAll.setId("menu-export-all");
        exportAll.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportAll.setOnAction(e -> chooseFolderAndExport());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, exportAll, quit);
        MenuItem about = new MenuItem("About Shrinkage Lab");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.initOwner(stage);
            a.setTitle("About Shrinkage Lab");
            a.setHeaderText("Shrinkage Lab 0.1.0");
            a.setContentText("Exploring Bayesian models by hand: hierarchical models, samplers and their "
                    + "diagnostics, checked against Stan, the posterior R package and exact quadrature.\n\n"
                    + "The same numbers are available headless: java -jar shrinkage-lab.jar --help");
            a.show();
        });
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, help);
    }

    private void chooseFolderAndExport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export all figures into folder");
        File last = saver.lastDirectory().toFile();
        if (last.isDirectory()) {
            chooser.setInitialDirectory(last);
        }
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            exportAll(dir.toPath());
        }
    }

    /**
     * Writes every chart of every tab as PNG and SVG into the folder. Each chart is drawn on the
     * FX thread one at a time (so the window stays responsive) and written in the background.
     */
    public void exportAll(Path folder) {
        List<Figure> shown = new ArrayList<>();
        for (ProblemTab t : tabs) {
            for (ChartPane c : t.charts()) {
                shown.add(c.figure());
            }
        }
        List<Problem> neverOpened = unopened.values().stream().map(TabCatalog.Entry::problem).toList();
        service.job("export-all", "Exporting all figures", ctx -> {
            java.nio.file.Files.createDirectories(folder);
            int written = 0;
            for (Figure f : shown) {
                ctx.checkCancelled();
                // a shown chart is drawn on the thread that owns it, then written here
                List<RenderedFigure> rendered = CompletableFuture.supplyAsync(() -> render(f), fxThread).join();
                write(folder, f, rendered);
                ctx.progress(++written / (double) (shown.size() + neverOpened.size()), f.name());
            }
            for (Problem p : neverOpened) {
                ctx.checkCancelled();
                // a tab never opened has no charts on screen: its problem draws them here, headless, at its defaults
                for (Figure f : p.figures(p.defaults(), ctx)) {
                    write(folder, f, render(f));
                    written++;
                }
                ctx.progress((shown.size() + neverOpened.indexOf(p) + 1.0) / (shown.size() + neverOpened.size()),
                        p.id());
            }
            return written;
        }).onSuccess(n -> {
            saver.rememberDirectory(folder);
            status.show("Exported " + n + " figures to " + folder);
        }).onFailure(e -> errors.actionFailed("Export all figures failed", e)).submit();
    }

    private static List<RenderedFigure> render(Figure f) {
        return List.of(FigureExporter.renderPng(f.chart(), FigureExporter.DEFAULT_WIDTH, FigureExporter.DEFAULT_HEIGHT, 2),
                FigureExporter.renderSvg(f.chart(), FigureExporter.DEFAULT_WIDTH, FigureExporter.DEFAULT_HEIGHT));
    }

    private static void write(Path folder, Figure f, List<RenderedFigure> rendered) throws Exception {
        rendered.get(0).writeTo(folder.resolve(f.name() + ".png"));
        rendered.get(1).writeTo(folder.resolve(f.name() + ".svg"));
    }

    /** The id of the problem whose tab is selected. */
    public String selectedProblemId() {
        Tab tab = tabPane.getSelectionModel().getSelectedItem();
        ProblemTab t = opened.get(tab);
        return t != null ? t.problem().id() : unopened.get(tab).id();
    }

    /** The tabs opened so far (the selected one and every one shown since), for tests. */
    public List<ProblemTab> tabs() {
        return tabs;
    }

    /** The status strip, for tests. */
    public StatusStrip status() {
        return status;
    }

    /** The tab pane, for tests and keyboard navigation. */
    public TabPane tabPane() {
        return tabPane;
    }
}
