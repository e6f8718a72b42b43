package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start-up warm-up: it really draws a chart and leaves the preferences as they were. */
class StartupWarmUpTest {
    private final Preferences prefs = Preferences.userRoot().node("org/shrinkagelab/test/warm-up");

    @AfterEach
    void removePrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void drawsAChartAndChangesNoPreference() throws Exception {
        prefs.node("window").putInt("width", 800);
        BufferedImage image = StartupWarmUp.run(prefs);
        int background = image.getRGB(1, 1);
        int differing = 0;
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                if (image.getRGB(x, y) != background) {
                    differing++;
                }
            }
        }
        // a title, axes, a curve and a legend cover far more than a few pixels of the 600 x 400 image
        assertTrue(differing > 500, differing + " pixels differ from the background");
        assertEquals(800, prefs.node("window").getInt("width", -1));
        assertEquals(1, prefs.childrenNames().length);
    }
}
