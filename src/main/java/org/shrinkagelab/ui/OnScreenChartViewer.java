package org.shrinkagelab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.fx.ChartViewer;

/**
 * A chart viewer that draws only what a user can see, once per pulse. JFreeChart's own canvas redraws
 * synchronously on every change event and on every resize, hidden or not, so a tab that fills a dozen
 * charts (several series each) and lays out sub-tabs nobody has opened paid for dozens of full draws on
 * the FX thread before its first frame. Here a change marks the chart dirty and one draw follows on the
 * next pulse, and a chart that is not showing (its window hidden, or it or an ancestor invisible, as the
 * pages of a tab pane that are not selected) is neither resized nor drawn until it is shown.
 */
public final class OnScreenChartViewer extends ChartViewer {
    /** The style class every such viewer carries, to find them in a scene. */
    public static final String STYLE_CLASS = "on-screen-chart";

    private final ChartChangeListener onChange = e -> changed();
    private final InvalidationListener onShowingMaybeChanged = this::showingMaybeChanged;
    private final List<Observable> watched = new ArrayList<>();
    private boolean dirty;
    private boolean drawScheduled;

    /** Shows the chart, drawing it when it changes and is on screen. */
    public OnScreenChartViewer(JFreeChart chart) {
        super(chart);
        chart.removeChangeListener(getCanvas());
        chart.addChangeListener(onChange);
        sceneProperty().addListener(onShowingMaybeChanged);
        // ChartCanvas draws itself when resized (its listener came first): a change waiting then is drawn by that
        InvalidationListener drawnByResize = o -> {
            if (getCanvas().getWidth() > 0 && getCanvas().getHeight() > 0) {
                dirty = false;
            }
        };
        getCanvas().widthProperty().addListener(drawnByResize);
        getCanvas().heightProperty().addListener(drawnByResize);
        getStyleClass().add(STYLE_CLASS);
        baseStateOnBackground(chart);
    }

    /**
     * FXGraphics2D skips a paint equal to the last one it set, but ChartCanvas restores the canvas's state
     * after every frame, so a frame that ended on the background colour filled the next frame's background
     * with the canvas's default black (the tennis network's first frame lost its title that way). With the
     * background colour as the canvas's base state, that skip paints what was asked.
     */
    private void baseStateOnBackground(JFreeChart chart) {
        if (chart.getBackgroundPaint() instanceof java.awt.Color c) {
            Color base = Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
            GraphicsContext gc = getCanvas().getGraphicsContext2D();
            gc.setFill(base);
            gc.setStroke(base);
        }
    }

    /** Whether a change is waiting to be drawn on screen (the start-up log waits for none). */
    public boolean drawPending() {
        return dirty && isShowing();
    }

    @Override
    protected void layoutChildren() {
        if (isShowing()) {
            super.layoutChildren();
        } else {
            watchUntilShown();
        }
    }

    /** Whether the chart is in a showing window with it and all its ancestors visible. */
    boolean isShowing() {
        if (getScene() == null) {
            return false;
        }
        Window w = getScene().getWindow();
        if (w == null || !w.isShowing()) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void changed() {
        dirty = true;
        if (!drawScheduled) {
            drawScheduled = true;
            Platform.runLater(this::drawIfShowing);
        }
    }

    private void drawIfShowing() {
        drawScheduled = false;
        if (!dirty) {
            return;
        }
        if (isShowing()) {
            dirty = false;
            getCanvas().draw();
        } else {
            watchUntilShown();
        }
    }

    private void showingMaybeChanged(Observable o) {
        if (isShowing()) {
            unwatch();
            requestLayout();
            if (dirty) {
                changed();
            }
        } else {
            watchUntilShown();
        }
    }

    /** Listens to everything whose change could show this chart: window, visibility and parent of each ancestor. */
    private void watchUntilShown() {
        unwatch();
        if (getScene() != null) {
            watch(getScene().windowProperty());
            if (getScene().getWindow() != null) {
                watch(getScene().getWindow().showingProperty());
            }
        }
        for (Node n = this; n != null; n = n.getParent()) {
            watch(n.visibleProperty());
            watch(n.parentProperty());
        }
    }

    private void watch(Observable o) {
        o.addListener(onShowingMaybeChanged);
        watched.add(o);
    }

    private void unwatch() {
        watched.forEach(o -> o.removeListener(onShowingMaybeChanged));
        watched.clear();
    }
}
