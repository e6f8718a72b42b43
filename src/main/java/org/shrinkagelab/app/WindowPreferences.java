package org.shrinkagelab.app;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, position and maximized state between runs. */
final class WindowPreferences {
    private final Preferences prefs;

    WindowPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Puts the stage where it was last time, moved and shrunk as needed to lie wholly on a screen. */
    void restore(Stage stage) {
        double w = prefs.getDouble("width", 1320);
        double h = prefs.getDouble("height", 860);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D place = onScreen(x, y, w, h, screens, Screen.getPrimary().getVisualBounds());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /**
     * The saved bounds fitted to the screen they overlap most (the primary screen if none): no larger
     * than it, and moved so that no edge, status strip and Cancel button included, lies off it. A
     * position saved on a larger screen otherwise puts the bottom of the window out of reach.
     */
    static Rectangle2D onScreen(double x, double y, double w, double h, List<Rectangle2D> screens,
            Rectangle2D primary) {
        Rectangle2D best = primary;
        double bestArea = 0;
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            for (Rectangle2D s : screens) {
                double area = Math.max(0, Math.min(x + w, s.getMaxX()) - Math.max(x, s.getMinX()))
                        * Math.max(0, Math.min(y + h, s.getMaxY()) - Math.max(y, s.getMinY()));
                if (area > bestArea) {
                    bestArea = area;
                    best = s;
                }
            }
        }
        double width = Math.min(w, best.getWidth());
        double height = Math.min(h, best.getHeight());
        double left = Double.isNaN(x) ? best.getMinX() : Math.max(best.getMinX(), Math.min(x, best.getMaxX() - width));
        double top = Double.isNaN(y) ? best.getMinY() : Math.max(best.getMinY(), Math.min(y, best.getMaxY() - height));
        return new Rectangle2D(left, top, width, height);
    }

    /** Stores the stage's current place. */
    void store(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
    }
}
