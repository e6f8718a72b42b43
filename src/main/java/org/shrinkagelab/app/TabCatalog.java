package org.shrinkagelab.app;

import java.util.List;
import org.shrinkagelab.problems.eightschools.exact.EightSchoolsExactTab;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcTab;
import org.shrinkagelab.problems.entropy.EntropyTab;
import org.shrinkagelab.problems.hemophilia.HemophiliaTab;
import org.shrinkagelab.problems.kl.KlTab;
import org.shrinkagelab.problems.tennis.TennisTab;
import org.shrinkagelab.problems.testscores.TestScoresTab;
import org.shrinkagelab.problems.eightschools.mcmc.EightSchoolsMcmcProblem;
import org.shrinkagelab.ui.ProblemTab;
import org.shrinkagelab.ui.TabContext;

/** Creates the tabs of the window, in order: one per implemented problem. */
public final class TabCatalog {
    private TabCatalog() {
    }

    /** A new instance of every tab, wired to the shared context. */
    public static List<ProblemTab> create(TabContext context) {
        return List.of(
                new EightSchoolsExactTab(context),
                new EightSchoolsMcmcTab(new EightSchoolsMcmcProblem(), context),
                new KlTab(context),
                new EntropyTab(context),
                new TennisTab(context),
                new HemophiliaTab(context),
                new TestScoresTab(context));
    }
}
