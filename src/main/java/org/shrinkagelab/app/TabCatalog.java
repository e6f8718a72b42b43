package org.shrinkagelab.app;

import java.util.List;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.TabContext;

/** Creates the tabs of the window, in order: one per implemented problem. */
public final class TabCatalog {
    private TabCatalog() {
    }

    /** A new instance of every tab, wired to the shared context. */
    public static List<ProblemTab> create(TabContext context) {
        return List.of(
                new org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactTab(context),
                new org.shrinkagelab.problems.kl.KlTab(context),
                new org.shrinkagelab.problems.entropy.EntropyTab(context),
                new org.shrinkagelab.problems.tennis.TennisTab(context),
                new org.shrinkagelab.problems.hemophilia.HemophiliaTab(context),
                new org.shrinkagelab.problems.testscores.TestScoresTab(context)
        );
    }
}
