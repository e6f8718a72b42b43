package org.shrinkagelab.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.shrinkagelab.charts.Figure;
import org.shrinkagelab.charts.FigureExporter.Format;

/**
 * One chart in a tab with its save actions: a toolbar button, the context menu and Ctrl+S
 * (PNG) / Ctrl+Shift+S (SVG) when the chart has the focus.
 */
public final class ChartPane extends BorderPane {
    private static final KeyCombination SAVE_PNG = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_SVG =
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Figure figure;
    private final OnScreenChartViewer viewer;
    private java.util.function.BiConsumer<Format, javafx.stage.Window> saveHandler;

    /** Shows the figure's chart with save actions going through the saver. */
    public ChartPane(Figure figure, FigureSaver saver) {
        this.figure = figure;
        this.viewer = new OnScreenChartViewer(figure.chart());
        this.saveHandler = (format, window) -> saver.saveInteractively(figure, format, window);
        viewer.setMinSize(200, 150);
        viewer.setFocusTraversable(true);

        Button png = new Button("PNG…");
        LazyTooltips.install(png, "Save this chart as PNG (Ctrl+S)");
        png.setOnAction(e -> saveHandler.accept(Format.PNG, getScene().getWindow()));
        Button svg = new Button("SVG…");
        LazyTooltips.install(svg, "Save this chart as SVG (Ctrl+Shift+S)");
        svg.setOnAction(e -> saveHandler.accept(Format.SVG, getScene().getWindow()));
        png.getStyleClass().add("chart-save");
        svg.getStyleClass().add("chart-save");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, spacer, png, svg);
        bar.getStyleClass().add("chart-toolbar");
        setTop(bar);
        setCenter(viewer);

        ContextMenu menu = viewer.getContextMenu();
        MenuItem savePng = new MenuItem("Save as PNG…");
        savePng.setOnAction(e -> png.fire());
        MenuItem saveSvg = new MenuItem("Save as SVG…");
        saveSvg.setOnAction(e -> svg.fire());
        menu.getItems().setAll(savePng, saveSvg);

        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_SVG.match(e)) {
                svg.fire();
                e.consume();
            } else if (SAVE_PNG.match(e)) {
                png.fire();
                e.consume();
            }
        });
        viewer.setOnMouseClicked(e -> viewer.requestFocus());
        setMinSize(0, 0);
    }

    /** The figure shown, with its export name. */
    public Figure figure() {
        return figure;
    }

    /** Replaces what the save actions do (by default: ask for a file, then save); tests record the calls. */
    public void setSaveHandler(java.util.function.BiConsumer<Format, javafx.stage.Window> handler) {
        this.saveHandler = java.util.Objects.requireNonNull(handler);
    }

    /** The chart viewer, for tests. */
    public OnScreenChartViewer viewer() {
        return viewer;
    }
}
