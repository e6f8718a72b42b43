package org.shrinkagelab.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.shrinkagelab.ui.ChartPane;
import org.shrinkagelab.ui.ErrorReporter;
import org.shrinkagelab.ui.FigureSaver;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.StatusStrip;
import org.shrinkagelab.ui.TabContext;

/** The window: menus, one tab per problem, and the status strip. */
public final class MainWindow {
    private final Stage stage;
    private final SamplerService service;
    private final StatusStrip status;
    private final FigureSaver saver;
    private final ErrorReporter errors;
    private final List<ProblemTab> tabs = new ArrayList<>();
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

    /** Creates the catalog's tabs (each starts its first computation on the service) and shows them. */
    public void createTabs() {
        if (!tabs.isEmpty()) {
            return;
        }
        tabs.addAll(TabCatalog.create(new TabContext(service, saver, errors)));
        for (ProblemTab t : tabs) {
            Tab tab = new Tab(t.problem().title(), t.content());
            tab.setClosable(false);
            tab.setId("tab-" + t.problem().id());
            tabPane.getTabs().add(tab);
        }
        root.setCenter(tabPane);
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
        List<Figure> figures = new ArrayList<>();
        for (ProblemTab t : tabs) {
            for (ChartPane c : t.charts()) {
                figures.add(c.figure());
            }
        }
        service.job("export-all", "Exporting " + figures.size() + " figures", ctx -> {
            java.nio.file.Files.createDirectories(folder);
            for (int i = 0; i < figures.size(); i++) {
                ctx.checkCancelled();
                Figure f = figures.get(i);
                List<RenderedFigure> rendered = CompletableFuture.supplyAsync(() -> List.of(
                        FigureExporter.renderPng(f.chart(), FigureExporter.DEFAULT_WIDTH,
                                FigureExporter.DEFAULT_HEIGHT, 2),
                        FigureExporter.renderSvg(f.chart(), FigureExporter.DEFAULT_WIDTH,
                                FigureExporter.DEFAULT_HEIGHT)), fxThread).join();
                rendered.get(0).writeTo(folder.resolve(f.name() + ".png"));
                rendered.get(1).writeTo(folder.resolve(f.name() + ".svg"));
                ctx.progress((i + 1.0) / figures.size(), f.name());
            }
            return figures.size();
        }).onSuccess(n -> {
            saver.rememberDirectory(folder);
            status.show("Exported " + n + " figures to " + folder);
        }).onFailure(e -> errors.actionFailed("Export all figures failed", e)).submit();
    }

    /** The id of the problem whose tab is selected. */
    public String selectedProblemId() {
        return tabs.get(tabPane.getSelectionModel().getSelectedIndex()).problem().id();
    }

    /** The tabs, for tests. */
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
