package org.shrinkagelab.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.shrinkagelab.charts.LineFigure;

/**
 * Work the window's start would otherwise do first on the FX thread, done once on a thread of its own while
 * JavaFX starts, when a core is idle: the first chart drawn initialises AWT's fonts and fontconfig and runs
 * JFreeChart's code cold, and the first read of the preferences parses their XML files. Both results are
 * cached for the process (class initialisation, the font and preference caches), so the FX thread finds them
 * ready; with {@code bench/startup.sh} this took about a tenth of the FX thread's CPU time before the first
 * content. Nothing it makes is shown, and a failure only loses the head start.
 */
final class StartupWarmUp {
    private static final int WIDTH = 600;
    private static final int HEIGHT = 400;

    private StartupWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread and returns at once; the preferences are looked up there too, as
     * their first lookup starts the preference store, which took up to a tenth of a second on the main thread
     * before JavaFX could start.
     */
    static void startInBackground(String preferencesNode) {
        Thread t = new Thread(() -> run(Preferences.userRoot().node(preferencesNode)), "startup-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Reads every node of the preferences and draws one line chart offscreen; returns the drawn image. */
    static BufferedImage run(Preferences prefs) {
        readAll(prefs);
        LineFigure figure = new LineFigure("p(τ | X)", "τ (SAT points)", "density");
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.1;
            y[i] = x[i] * Math.exp(-x[i]);
        }
        figure.setLine(0, "grid", x, y);
        figure.setMarker(1.0, "mode", Color.GRAY);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            figure.chart().draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void readAll(Preferences node) {
        try {
            node.keys();
            for (String child : node.childrenNames()) {
                readAll(node.node(child));
            }
        } catch (BackingStoreException | IllegalStateException e) {
            // unreadable preferences are the window's to report when it reads them
        }
    }
}
