package org.shrinkagelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPreferencesTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

    @Test
    void aPlaceSavedOnALargerScreenIsShrunkAndMovedOntoTheSmallerOne() {
        Rectangle2D r = WindowPreferences.onScreen(200, 150, 1600, 1000, List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(0, 0, 1366, 768), r);
    }

    @Test
    void aWindowHangingOffTheBottomRightIsPulledBackWhole() {
        Rectangle2D r = WindowPreferences.onScreen(900, 500, 800, 600, List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(566, 168, 800, 600), r);
    }

    @Test
    void aPlaceThatFitsIsKept() {
        Rectangle2D r = WindowPreferences.onScreen(100, 50, 800, 600, List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(100, 50, 800, 600), r);
    }

    @Test
    void theScreenTheWindowMostlyCoversIsTheOneItIsFittedTo() {
        Rectangle2D right = new Rectangle2D(1366, 0, 1920, 1080);
        Rectangle2D r = WindowPreferences.onScreen(1300, -40, 1000, 700, List.of(LAPTOP, right), LAPTOP);
        assertEquals(new Rectangle2D(1366, 0, 1000, 700), r);
    }

    @Test
    void aPlaceOnAScreenThatIsGoneLandsOnThePrimary() {
        Rectangle2D r = WindowPreferences.onScreen(3000, 100, 800, 600, List.of(LAPTOP), LAPTOP);
        assertEquals(new Rectangle2D(566, 100, 800, 600), r);
    }
}
