package org.shrinkagelab.ui;

import java.util.List;
import javafx.scene.Node;
import org.shrinkagelab.problems.Problem;

/** A problem's tab in the window: its controls, its charts, and the problem it shows. */
public interface ProblemTab {

    /** The compute side of this tab (the same one the command line uses). */
    Problem problem();

    /** The tab's content. */
    Node content();

    /** Every chart of the tab, for File > Export all figures. */
    List<ChartPane> charts();

    /**
     * Calls {@code show} when the content is worth putting on screen: at once by default. A tab whose first
     * computation takes a fraction of a second may wait for its first result, so that its charts are laid out
     * and drawn once, with data, rather than first empty and then again.
     */
    default void whenReadyToShow(Runnable show) {
        show.run();
    }
}
