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
}
