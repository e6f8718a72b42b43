package org.shrinkagelab.app;

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

    /** Puts the stage where it was last time, if that place is still on a screen. */
    void restore(Stage stage) {
        double w = prefs.getDouble("width", 1320);
        double h = prefs.getDouble("height", 860);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, 50, 50).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
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
